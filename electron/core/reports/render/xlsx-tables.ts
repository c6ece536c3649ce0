import type ExcelJS from 'exceljs';
import type { ReportCell, ReportChart, ReportColumn, ReportTable } from '../../../../shared/domain/report-document';
import { columnHeading } from '../../../../shared/domain/report-format';

// Table sheets for the XLSX export: one per report table, header frozen, stored numbers unrounded
// (the number format does the rounding), and live recompute formulas where the table asks.

/** Excel refuses longer text in a cell (and then calls the whole file corrupt). */
export const EXCEL_MAX_TEXT = 32_767;
const SHEET_NAME_MAX = 31;
/** Rows scanned to size a column: enough to see the shape, cheap for a 20,000-row table. */
const WIDTH_SAMPLE_ROWS = 500;

/**
 * Text as a cell can hold it: line breaks as "\n" (an XML reader turns a bare carriage return
 * into a line feed anyway, so we say so rather than let it happen), and no longer than Excel allows.
 */
export function excelText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n');
  return lines.length > EXCEL_MAX_TEXT ? `${lines.slice(0, EXCEL_MAX_TEXT - 1)}…` : lines;
}

/**
 * A valid, unique sheet name from a table id: at most 31 characters, none of [ ] : * ? / \, not
 * starting or ending with an apostrophe, not "History" (Excel reserves it), unique ignoring case.
 */
export function uniqueSheetName(stem: string, taken: Set<string>): string {
  let base = stem.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').trim() || 'Table';
  if (base.toLowerCase() === 'history') base = 'History table';
  base = base.slice(0, SHEET_NAME_MAX).trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, SHEET_NAME_MAX - suffix.length).trim()}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(index1: number): string {
  let letters = '';
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function numberFormatOf(column: ReportColumn): string | undefined {
  const decimals = column.decimals > 0 ? `.${'0'.repeat(column.decimals)}` : '';
  if (column.format === 'number') return `#,##0${decimals}`;
  if (column.format === 'percent') return `0${decimals}%`;
  if (column.format === 'date') return 'd mmm yyyy';
  return undefined;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored cell as an Excel value: dates become real dates, text is always text (never a formula). */
export function excelValue(cell: ReportCell | undefined, column: ReportColumn): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return cell;
  if (column.format === 'date') {
    const match = isoDate.exec(cell);
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  // exceljs writes a plain string as a shared string: Excel shows "=SUM(A1)" as those characters
  // and never evaluates it, so the stored text is kept exactly as the report has it.
  return excelText(cell);
}

function displayLength(cell: ReportCell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  return typeof cell === 'number' ? 14 : Math.min(cell.length, 80);
}

function columnWidths(table: ReportTable): number[] {
  return table.columns.map((column) => {
    let widest = columnHeading(column).length;
    for (const row of table.rows.slice(0, WIDTH_SAMPLE_ROWS)) widest = Math.max(widest, displayLength(row[column.key]));
    return Math.min(60, Math.max(10, widest + 2));
  });
}

/** The recompute formula for data row `rowNumber`, or null where the row lacks a number to use. */
function recomputeFormula(table: ReportTable, row: ReportTable['rows'][number], rowNumber: number): string | null {
  const recompute = table.recompute;
  if (!recompute) return null;
  const quantityAt = table.columns.findIndex((c) => c.key === recompute.quantityKey);
  const factorAt = table.columns.findIndex((c) => c.key === recompute.factorKey);
  if (quantityAt < 0 || factorAt < 0) return null;
  if (typeof row[recompute.quantityKey] !== 'number' || typeof row[recompute.factorKey] !== 'number') return null;
  const product = `${columnLetter(quantityAt + 1)}${rowNumber}*${columnLetter(factorAt + 1)}${rowNumber}`;
  return recompute.divisor === 1 ? product : `${product}/${recompute.divisor}`;
}

export function addTableSheet(workbook: ExcelJS.Workbook, table: ReportTable, sheetName: string): void {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(table);
  sheet.columns = table.columns.map((column, i) => ({
    key: column.key,
    width: widths[i] ?? 12,
    style: numberFormatOf(column) ? { numFmt: numberFormatOf(column) } : {},
  }));
  const headerRow = sheet.addRow(table.columns.map((column) => excelText(columnHeading(column))));
  headerRow.font = { bold: true };

  const resultKey = table.recompute?.resultKey;
  table.rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const values = table.columns.map((column) => {
      const stored = row[column.key];
      if (column.key === resultKey && typeof stored === 'number') {
        const formula = recomputeFormula(table, row, rowNumber);
        // The stored figure is the formula's cached result: a reader sees the published number,
        // and Excel's recalculation shows at once whether quantity × factor still gives it.
        if (formula) return { formula, result: stored };
      }
      return excelValue(stored, column);
    });
    sheet.addRow(values);
  });

  if (table.totals) {
    const totals = table.totals;
    const totalRow = sheet.addRow(table.columns.map((column, i) => (i === 0 && (totals[column.key] ?? null) === null ? 'Total' : excelValue(totals[column.key], column))));
    totalRow.font = { bold: true };
    totalRow.eachCell((cell) => {
      cell.border = { top: { style: 'thin' } };
    });
  }
}

/** Every chart's figures on one sheet, chart after chart, so the numbers behind a bar are there too. */
export function addChartSheet(workbook: ExcelJS.Workbook, charts: readonly ReportChart[], sheetName: string): void {
  const sheet = workbook.addWorksheet(sheetName);
  sheet.getColumn(1).width = 28;
  for (const chart of charts) {
    sheet.addRow([excelText(`${chart.title} (${chart.unit})`)]).font = { bold: true, size: 12 };
    sheet.addRow(['Category', ...chart.series.map((s) => excelText(`${s.name} (${chart.unit})`))]).font = { bold: true };
    chart.categories.forEach((category, i) => {
      const row = sheet.addRow([excelText(category), ...chart.series.map((s) => s.values[i] ?? null)]);
      for (let c = 2; c <= chart.series.length + 1; c += 1) row.getCell(c).numFmt = '#,##0.00';
    });
    sheet.addRow([]);
  }
  for (let c = 2; c <= Math.max(1, ...charts.map((chart) => chart.series.length)) + 1; c += 1) sheet.getColumn(c).width = 22;
}
