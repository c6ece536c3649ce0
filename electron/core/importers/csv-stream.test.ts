import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvStreamFallback, openCsvStream } from './csv-stream';
import { readCsvTable, type TableRow } from './csv-table';

// The stream must give exactly the whole-file reader's rows, row numbers and skipped rows, for any
// chunk size; whatever it cannot vouch for goes back to readCsvTable (null, or a fallback mid-pass).

const RUNS = Number(process.env.PROPERTY_RUNS) || 300;

function streamed(text: string, chunkChars: number): { header: string[]; preamble: string[]; rows: TableRow[]; skipped: unknown[] } | 'fallback' {
  const stream = openCsvStream(text, { chunkChars });
  if (!stream) return 'fallback';
  const rows: TableRow[] = [];
  try {
    const pass = stream.forEachBatch((batch) => void rows.push(...batch));
    expect(pass.rows).toBe(rows.length);
    return { header: stream.head.header, preamble: stream.head.preamble, rows, skipped: pass.skipped };
  } catch (error) {
    if (error instanceof CsvStreamFallback) return 'fallback';
    throw error;
  }
}

const cell = fc.oneof(
  fc.constantFrom('', ' ', 'Total', 'total', 'Grand total', '12.5', '2024-01-31', 'a,b', '"q"', 'x\ny', '£1,234.56'),
  fc.string({ unit: fc.constantFrom('a', '1', '"', ',', '\n', ' ', '.') , maxLength: 6 }),
);
const textArbitrary = fc
  .tuple(
    fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 3 }),
    fc.array(fc.oneof(fc.array(cell, { minLength: 3, maxLength: 3 }), fc.constant([]), fc.constant(['Total', '', '9'])), { maxLength: 30 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([preamble, body, newline, trailing]) => {
    const quote = (c: string) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const lines = [...preamble.map((r) => r.map(quote).join(',')), 'Date,Meter,kWh', ...body.map((r) => r.map(quote).join(','))];
    return lines.join(newline) + (trailing ? newline : '');
  });

describe('openCsvStream', () => {
  it('gives readCsvTable’s rows, numbers and skipped rows for any text and chunk size', () => {
    let compared = 0;
    fc.assert(
      fc.property(textArbitrary, fc.integer({ min: 1, max: 64 }), (text, chunkChars) => {
        const whole = readCsvTable(text);
        const stream = streamed(text, chunkChars);
        if (stream === 'fallback') return;
        expect(whole.ok).toBe(true);
        if (!whole.ok) return;
        expect(stream).toEqual({ header: whole.table.header, preamble: whole.table.preamble, rows: whole.table.rows, skipped: whole.table.skipped });
        compared++;
      }),
      { numRuns: RUNS },
    );
    // Most generated files are clean enough to stream: the property is not met by falling back.
    expect(compared).toBeGreaterThan(RUNS / 3);
  });

  it('streams a clean file, blank and total rows included, the same on every pass', () => {
    const text = 'Account 123\nDate,Meter,kWh\n2024-01-01,A,1\n\nTotal,,1\n2024-01-02,A,2\n\nTotal,,3\n\n';
    const stream = openCsvStream(text, { chunkChars: 5 });
    expect(stream?.head).toEqual({ delimiter: ',', headerRowNumber: 2, header: ['Date', 'Meter', 'kWh'], preamble: ['Account 123'] });
    const pass = () => {
      const rows: TableRow[] = [];
      const { skipped } = stream?.forEachBatch((batch) => void rows.push(...batch)) ?? { skipped: [] };
      return { rows: rows.map((r) => [r.rowNumber, r.cells.join('|')]), skipped };
    };
    const first = pass();
    // The "Total" row between data rows is data (the profile rejects it); the last one is furniture.
    expect(first).toEqual({
      rows: [[3, '2024-01-01|A|1'], [5, 'Total||1'], [6, '2024-01-02|A|2']],
      skipped: [{ rowNumber: 4, reason: 'blank row' }, { rowNumber: 7, reason: 'blank row' }, { rowNumber: 8, reason: 'total row after the data ("Total, 3")' }, { rowNumber: 9, reason: 'blank row' }],
    });
    expect(pass()).toEqual(first);
    expect(readCsvTable(text)).toMatchObject({ ok: true, table: { skipped: first.skipped } });
  });

  it('hands files it cannot vouch for back to the whole-file reader', () => {
    expect(openCsvStream('')).toBeNull();
    expect(openCsvStream('Date,kWh\n"2024-01-01,1\n')).toBeNull();
    // Below the rows the header is looked for in, so only the pass meets it.
    const badQuoteLater = openCsvStream(`Date,kWh\n${'2024-01-01,1\n'.repeat(1_500)}"a"b,1\n`, { chunkChars: 64 });
    expect(badQuoteLater).not.toBeNull();
    expect(() => badQuoteLater?.forEachBatch(() => undefined)).toThrow(CsvStreamFallback);
    const extraValues = openCsvStream('Date,kWh\n2024-01-01,1\n2024-01-02,1,5\n');
    expect(() => extraValues?.forEachBatch(() => undefined)).toThrow(CsvStreamFallback);
    const headerOnly = openCsvStream('Date,kWh\n\n');
    expect(() => headerOnly?.forEachBatch(() => undefined)).toThrow(CsvStreamFallback);
  });
});
