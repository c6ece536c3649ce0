import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START } from '../../../../shared/domain/formula-safety';
import type { ReportDocument } from '../../../../shared/domain/report-document';
import { reportFixture } from './fixture';
import { renderReport } from './index';

// Whatever text a report carries (site names and notes come from supplier files), no exported
// cell may become a formula: in the CSV every such text is escaped, in the XLSX it stays text.

const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', ''), fc.string({ unit: 'binary', maxLength: 40 })).map(([lead, rest]) => lead + rest);
const cellText = fc.oneof(formulaLike, fc.string({ unit: 'grapheme', maxLength: 30 }));

function documentWith(texts: readonly string[]): ReportDocument {
  const base = reportFixture();
  return {
    ...base,
    title: texts[0] ?? base.title,
    sections: [
      {
        id: 'hostile',
        title: texts[1] ?? 'Section',
        blocks: [
          {
            kind: 'table',
            id: 'hostile',
            title: 'Hostile cells',
            columns: [{ key: 'text', label: 'Text', unit: null, format: 'text', decimals: 0 }],
            rows: texts.map((text) => ({ text })),
            totals: null,
            footnote: null,
            recompute: null,
          },
        ],
      },
    ],
  };
}

/**
 * What a cell keeps of a string: XML 1.0 cannot carry most control characters (exceljs drops
 * them) and line breaks are stored as "\n".
 */
function asStored(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters being removed
  return text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, '');
}

describe('formula injection', () => {
  it('never leaves CSV text that a spreadsheet would run as a formula, and loses no text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 8 }), async (texts) => {
        const bytes = await renderReport(documentWith(texts), 'csv');
        const text = new TextDecoder().decode(bytes);
        const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
        const start = rows.findIndex((r) => r[0] === 'Table' && r[1] === 'Hostile cells');
        const cells = rows.slice(start + 2, start + 2 + texts.length).map((r) => r[0] ?? '');
        for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell)).toBe(false);
        texts.forEach((original, i) => expect(cells[i]).toBe(FORMULA_START.test(original) ? `'${original}` : original));
      }),
      { numRuns: 150 },
    );
  });

  it('never writes an XLSX cell as a formula unless it is a recompute column', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 6 }), async (texts) => {
        const bytes = await renderReport(documentWith(texts), 'xlsx');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes.slice().buffer);
        for (const ws of workbook.worksheets) {
          ws.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
        }
        const ws = workbook.getWorksheet('hostile');
        texts.forEach((original, i) => {
          const value = ws?.getCell(`A${i + 2}`).value ?? '';
          expect(value).toBe(asStored(original));
        });
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('any text', () => {
  it('renders to a PDF without failing, in titles, table cells and long unbroken words', async () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(fc.array(anyText, { minLength: 2, maxLength: 5 }), async (texts) => {
        const bytes = await renderReport(documentWith(texts), 'pdf');
        expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
