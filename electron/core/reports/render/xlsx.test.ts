import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ELECTRICITY_FACTOR_2024, HOSTILE_SITE, activityTable, bigReportFixture, reportFixture } from './fixture';
import { renderReport } from './index';
import { columnLetter, uniqueSheetName } from './xlsx-tables';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer (an ArrayBuffer); a fresh copy's buffer is exactly the file.
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet "${name}" in ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** Column values of a sheet keyed by the label in column A (the Summary layout). */
function labelledValues(ws: ExcelJS.Worksheet): Map<string, ExcelJS.CellValue> {
  const values = new Map<string, ExcelJS.CellValue>();
  ws.eachRow((row) => {
    const label = row.getCell(1).value;
    if (typeof label === 'string') values.set(label, row.getCell(2).value);
  });
  return values;
}

describe('renderReport to XLSX', () => {
  it('has a Summary, a Read me, one sheet per table and the chart figures', async () => {
    const workbook = await workbookOf(await renderReport(reportFixture(), 'xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Summary', 'Read me', 'emissions-by-scope', 'activity-rows', 'Chart figures']);
    const summary = labelledValues(sheet(workbook, 'Summary'));
    expect(sheet(workbook, 'Summary').getCell('A1').value).toBe('Streamlined Energy and Carbon Report 2024–25');
    expect(summary.get('Organisation')).toBe('Acme Widgets Ltd');
    expect(summary.get('Period start')).toBe('2024-04-01');
    expect(summary.get('Calculation run')).toBe(7);
    expect(summary.get('Inputs SHA-256')).toBe('a3f1c9e2b4d6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4');
    expect(summary.get('SAMPLE DATA')).toBeUndefined();
    const problems: ExcelJS.CellValue[] = [];
    sheet(workbook, 'Summary').eachRow((row) => {
      if (row.getCell(1).value === 'Problem') problems.push(row.getCell(2).value);
    });
    expect(problems).toEqual(reportFixture().warnings);
    const readMe = JSON.stringify(sheet(workbook, 'Read me').getSheetValues());
    expect(readMe).toContain('activity-rows');
    expect(readMe).toContain('live formula');
  });

  it('keeps key figures unrounded with a number format of their decimals', async () => {
    const workbook = await workbookOf(await renderReport(reportFixture(), 'xlsx'));
    const ws = sheet(workbook, 'Summary');
    let found: ExcelJS.Row | null = null;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'Total emissions') found = row;
    });
    expect(found).not.toBeNull();
    const row = found as unknown as ExcelJS.Row;
    expect(row.getCell(3).value).toBe(39.7508);
    expect(row.getCell(3).numFmt).toBe('#,##0.0');
    expect(row.getCell(4).value).toBe('t CO₂e');
  });

  it('writes tables with a bold frozen header, units, number formats, dates and a bold total row', async () => {
    const workbook = await workbookOf(await renderReport(reportFixture(), 'xlsx'));
    const ws = sheet(workbook, 'emissions-by-scope');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, 'Scope', 'Energy use (kWh)', 'Emissions (t CO₂e)', 'Share']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(81_000.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0');
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('D2').value).toBe(0.37235);
    expect(ws.getCell('D2').numFmt).toBe('0.0%');
    expect(ws.getCell('B4').value).toBeNull();
    expect(ws.getCell('A5').value).toBe('Total');
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.getCell('C5').value).toBe(39.7508);
    const rows = sheet(workbook, 'activity-rows');
    expect(rows.getCell('A2').value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(rows.getCell('A2').numFmt).toBe('d mmm yyyy');
  });

  it('writes each recomputable figure as quantity × factor ÷ divisor, cached at the stored value', async () => {
    const table = activityTable(4);
    const workbook = await workbookOf(await renderReport(reportFixture(), 'xlsx'));
    const ws = sheet(workbook, 'activity-rows');
    table.rows.forEach((row, i) => {
      const r = i + 2;
      const cell = ws.getCell(`F${r}`);
      expect(cell.formula).toBe(`D${r}*E${r}/1000`);
      expect(cell.result).toBe(row['co2eT']);
      const quantity = ws.getCell(`D${r}`).value as number;
      const factor = ws.getCell(`E${r}`).value as number;
      expect(factor).toBe(ELECTRICITY_FACTOR_2024);
      // What Excel computes on recalculation equals the published figure.
      expect((quantity * factor) / 1000).toBeCloseTo(cell.result as number, 12);
    });
    // The total stays the stored figure, not a formula.
    expect(ws.getCell('F6').formula).toBeUndefined();
    expect(ws.getCell('F6').value).toBeCloseTo(table.totals?.['co2eT'] as number, 12);
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const workbook = await workbookOf(await renderReport(reportFixture({ organisationName: '=cmd|"/c calc"!A1' }), 'xlsx'));
    const ws = sheet(workbook, 'activity-rows');
    const hostile = ws.getCell('B4');
    expect(hostile.value).toBe(HOSTILE_SITE);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.formula).toBeUndefined();
    expect(ws.getCell('B5').value).toBe('-Unit 4 (basement)');
    expect(ws.getCell('B5').type).toBe(ExcelJS.ValueType.String);
    const organisation = labelledValues(sheet(workbook, 'Summary')).get('Organisation');
    expect(organisation).toBe('=cmd|"/c calc"!A1');
  });

  it('marks a sample report on the Summary sheet', async () => {
    const workbook = await workbookOf(await renderReport(reportFixture({ sample: true }), 'xlsx'));
    expect(labelledValues(sheet(workbook, 'Summary')).get('SAMPLE DATA')).toMatch(/do not publish/);
  });

  it('writes a 20,000-row table whole', async () => {
    const workbook = await workbookOf(await renderReport(bigReportFixture(20_000), 'xlsx'));
    const ws = sheet(workbook, 'activity-rows');
    expect(ws.rowCount).toBe(1 + 20_000 + 1);
    expect(ws.getCell('F20001').formula).toBe('D20001*E20001/1000');
  }, 60_000);
});

describe('sheet names', () => {
  it('are at most 31 characters, without the characters Excel forbids, and unique ignoring case', () => {
    const taken = new Set(['summary']);
    expect(uniqueSheetName('Summary', taken)).toBe('Summary (2)');
    expect(uniqueSheetName('scope-2/market:based[2024]*?', taken)).toBe('scope-2-market-based-2024---');
    const long = 'a-very-long-table-identifier-that-goes-on-and-on';
    const first = uniqueSheetName(long, taken);
    const second = uniqueSheetName(long.toUpperCase(), taken);
    expect(first).toHaveLength(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(uniqueSheetName("'quoted'", taken)).toBe('quoted');
    expect(uniqueSheetName('History', taken)).toBe('History table');
    expect(uniqueSheetName('', taken)).toBe('Table');
  });

  it('letters columns as Excel does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
