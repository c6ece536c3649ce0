import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../../../../shared/domain/report-document';
import { HOSTILE_SITE, activityTable, reportFixture } from './fixture';
import { renderReport } from './index';

const BOM = [0xef, 0xbb, 0xbf];

async function csvOf(document: ReportDocument): Promise<{ bytes: Uint8Array; text: string; rows: string[][] }> {
  const bytes = await renderReport(document, 'csv');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return { bytes, text, rows: parsed.data };
}

/** The rows of the table titled `title`: from its header to the line before the next blank. */
function tableRows(rows: string[][], title: string): string[][] {
  const start = rows.findIndex((r) => r[0] === 'Table' && r[1] === title);
  if (start < 0) throw new Error(`No table "${title}"`);
  const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
  return rows.slice(start + 1, end < 0 ? undefined : end);
}

describe('renderReport to CSV', () => {
  it('is UTF-8 with a byte-order mark and CRLF line endings', async () => {
    const { bytes, text } = await csvOf(reportFixture({}, 6));
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain('t CO₂e');
    expect(text).toContain('Café £ store');
  });

  it('starts with the report details and problems, then each section and table in order', async () => {
    const { rows } = await csvOf(reportFixture({ sample: true }));
    expect(rows[0]).toEqual(['SAMPLE DATA', 'Made from the sample workspace: do not publish or submit it.']);
    expect(rows).toContainEqual(['Report', 'Streamlined Energy and Carbon Report 2024–25']);
    expect(rows).toContainEqual(['Organisation', 'Acme Widgets Ltd']);
    expect(rows).toContainEqual(['Inputs SHA-256', 'a3f1c9e2b4d6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4']);
    expect(rows).toContainEqual(['Problem', 'Two gas bills were estimated by the supplier.']);
    const sections = rows.filter((r) => r[0] === 'Section').map((r) => r[1]);
    expect(sections).toEqual(['Summary', 'Methodology', 'Approval']);
    expect(rows).toContainEqual(['Total emissions', '39.7508', 't CO₂e', 'Scopes 1 and 2, location-based']);
    expect(rows).toContainEqual(['Warning', 'Scope 3 business travel is not yet recorded.']);
    expect(rows).toContainEqual(['Signed by', 'Not yet signed']);
  });

  it('writes numbers unrounded with "." decimals, so they read back exactly', async () => {
    const table = activityTable(4);
    const { rows } = await csvOf(reportFixture());
    const [header, ...data] = tableRows(rows, 'Activity rows and factors');
    expect(header).toEqual(['Date', 'Site', 'Activity', 'Quantity (kWh)', 'Factor (kg CO₂e/kWh)', 'Emissions (t CO₂e)', 'Factor source']);
    table.rows.forEach((row, i) => {
      expect(Number(data[i]?.[3])).toBe(row['quantityKwh']);
      expect(Number(data[i]?.[5])).toBe(row['co2eT']);
      expect(data[i]?.[0]).toBe(row['date']);
    });
    expect(data[4]?.[0]).toBe('Total');
    expect(Number(data[4]?.[5])).toBe(table.totals?.['co2eT']);
    const scope = tableRows(rows, 'Emissions by scope');
    expect(scope[0]?.[3]).toBe('Share (fraction: 0.25 = 25%)');
    expect(scope[1]).toEqual(['Scope 1: gas and company vehicles', '81000.5', '14.8012', '0.37235']);
    expect(scope[3]).toEqual(['Scope 3: business travel in employee cars', '', '', '']);
  });

  it("escapes text a spreadsheet would run as a formula with a leading ', but leaves negative numbers alone", async () => {
    const negative: ReportTable = {
      ...activityTable(1),
      id: 'credits',
      title: 'Credits',
      rows: [{ date: '2024-05-01', site: '+44 depot', activity: '\tTabbed', quantityKwh: -12.5, factorKgPerKwh: 0.2, co2eT: -0.0025, factorRow: '=1+1\nsecond line' }],
      totals: null,
      footnote: null,
    };
    const document = reportFixture();
    document.sections[1]?.blocks.push(negative);
    const { rows } = await csvOf(document);
    const sites = tableRows(rows, 'Activity rows and factors').map((r) => r[1]);
    expect(sites).toContain(`'${HOSTILE_SITE}`);
    expect(sites).toContain("'-Unit 4 (basement)");
    const [, credit] = tableRows(rows, 'Credits');
    expect(credit).toEqual(['2024-05-01', "'+44 depot", "'\tTabbed", '-12.5', '0.2', '-0.0025', "'=1+1\nsecond line"]);
  });
});
