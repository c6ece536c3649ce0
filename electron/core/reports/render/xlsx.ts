import ExcelJS from 'exceljs';
import type { ReportChart, ReportDocument, ReportTable } from '../../../../shared/domain/report-document';
import { addChartSheet, addTableSheet, excelText, uniqueSheetName } from './xlsx-tables';

// The XLSX export: "Summary" (what the report is, its problems and key figures), "Read me" (what
// each sheet holds and how to check the figures), one sheet per table, and the chart figures.

const SUMMARY = 'Summary';
const READ_ME = 'Read me';
const CHART_FIGURES = 'Chart figures';

interface PlannedTable {
  table: ReportTable;
  sectionTitle: string;
  sheetName: string;
}

function planSheets(document: ReportDocument): { tables: PlannedTable[]; charts: ReportChart[] } {
  const taken = new Set([SUMMARY, READ_ME, CHART_FIGURES].map((n) => n.toLowerCase()));
  const tables: PlannedTable[] = [];
  const charts: ReportChart[] = [];
  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'table') tables.push({ table: block, sectionTitle: section.title, sheetName: uniqueSheetName(block.id, taken) });
      if (block.kind === 'chart') charts.push(block);
    }
  }
  return { tables, charts };
}

function labelled(sheet: ExcelJS.Worksheet, label: string, value: string | number | null): void {
  const row = sheet.addRow([label, typeof value === 'string' ? excelText(value) : value]);
  row.getCell(1).font = { bold: true };
}

function heading(sheet: ExcelJS.Worksheet, text: string): void {
  sheet.addRow([]);
  sheet.addRow([text]).font = { bold: true, size: 12 };
}

function addSummary(workbook: ExcelJS.Workbook, document: ReportDocument): void {
  const sheet = workbook.addWorksheet(SUMMARY);
  sheet.columns = [{ width: 34 }, { width: 60 }, { width: 18 }, { width: 22 }, { width: 40 }];
  sheet.addRow([excelText(document.title)]).font = { bold: true, size: 16 };
  if (document.sample) {
    const banner = sheet.addRow(['SAMPLE DATA', 'Made from the sample workspace: do not publish or submit this report.']);
    banner.font = { bold: true, color: { argb: 'FF7C2D12' } };
    banner.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE68A' } };
    });
  }
  labelled(sheet, 'Organisation', document.organisationName);
  labelled(sheet, 'Companies House number', document.companiesHouseNumber);
  labelled(sheet, 'Reporting year', document.reportingYear);
  labelled(sheet, 'Period start', document.periodStart);
  labelled(sheet, 'Period end', document.periodEnd);
  labelled(sheet, 'Calculation run', document.runNumber);
  labelled(sheet, 'Run id', document.runId);
  labelled(sheet, 'Inputs SHA-256', document.inputsSha256);
  labelled(sheet, 'Prepared', document.generatedAt);

  heading(sheet, document.warnings.length > 0 ? 'Problems to fix before you publish this report' : 'Problems to fix before you publish this report: none');
  for (const warning of document.warnings) sheet.addRow(['Problem', excelText(warning)]).getCell(2).alignment = { wrapText: true };

  const figures = document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'keyFigures' ? block.items.map((item) => ({ section: section.title, item })) : [])));
  if (figures.length > 0) {
    heading(sheet, 'Key figures');
    sheet.addRow(['Section', 'Figure', 'Value', 'Unit', 'Note']).font = { bold: true };
    for (const { section, item } of figures) {
      const row = sheet.addRow([excelText(section), excelText(item.label), item.value, excelText(item.unit), item.note === null ? null : excelText(item.note)]);
      row.getCell(3).numFmt = item.decimals > 0 ? `#,##0.${'0'.repeat(item.decimals)}` : '#,##0';
    }
  }

  const notes = document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'warning' ? [{ section: section.title, text: block.text }] : [])));
  if (notes.length > 0) {
    heading(sheet, 'Notes in the report');
    for (const note of notes) sheet.addRow([excelText(note.section), excelText(note.text)]);
  }

  for (const section of document.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'signOff') continue;
      heading(sheet, 'Approval');
      labelled(sheet, 'Statement', block.statement);
      labelled(sheet, 'Signed by', block.name ?? 'Not yet signed');
      labelled(sheet, 'Role', block.role);
      labelled(sheet, 'Date signed', block.date ?? 'Not yet signed');
    }
  }
}

function addReadMe(workbook: ExcelJS.Workbook, document: ReportDocument, tables: readonly PlannedTable[], hasCharts: boolean): void {
  const sheet = workbook.addWorksheet(READ_ME);
  sheet.columns = [{ width: 32 }, { width: 100 }];
  sheet.addRow(['About this workbook']).font = { bold: true, size: 14 };
  sheet.addRow([null, excelText(`${document.title}, ${document.organisationName}, run ${document.runNumber}. Made by CarbonRecycling Desktop from the same figures as the PDF report.`)]);
  if (document.sample) sheet.addRow(['SAMPLE DATA', 'Made from the sample workspace: the figures are examples, not real data.']).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(['Sheet', 'What it holds']).font = { bold: true };
  sheet.addRow([SUMMARY, 'The report details, the problems to fix before publishing, the key figures and the approval.']);
  for (const { table, sectionTitle, sheetName } of tables) {
    const recompute = table.recompute;
    const parts = [`${sectionTitle}: ${table.title}.`, `${table.rows.length} rows${table.totals ? ' and a total row' : ''}.`];
    if (recompute) {
      const result = table.columns.find((c) => c.key === recompute.resultKey)?.label ?? recompute.resultKey;
      const quantity = table.columns.find((c) => c.key === recompute.quantityKey)?.label ?? recompute.quantityKey;
      const factor = table.columns.find((c) => c.key === recompute.factorKey)?.label ?? recompute.factorKey;
      parts.push(`"${result}" is a live formula: ${quantity} × ${factor}${recompute.divisor === 1 ? '' : ` ÷ ${recompute.divisor}`}. Its saved value is the published figure; recalculating (F9) shows whether the inputs still give it.`);
    }
    if (table.footnote) parts.push(table.footnote);
    sheet.addRow([sheetName, excelText(parts.join(' '))]).getCell(2).alignment = { wrapText: true };
  }
  if (hasCharts) sheet.addRow([CHART_FIGURES, 'The figures drawn in each chart of the report.']);
  sheet.addRow([READ_ME, 'This sheet.']);
  sheet.addRow([]);
  sheet.addRow(['How the numbers are kept']).font = { bold: true };
  sheet.addRow([null, 'Numbers are stored unrounded; the cell format only changes how many decimals you see. Percentages are stored as fractions (0.25 shows as 25%).']);
  sheet.addRow([null, 'Text is always stored as text: a name starting with "=" is shown, never run as a formula.']);
  sheet.addRow([null, `Inputs SHA-256 ${document.inputsSha256}: the fingerprint of everything this report was built from. The same fingerprint means the same inputs.`]);
}

/** The report as an Excel workbook. */
export async function renderXlsx(document: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const generatedAt = new Date(document.generatedAt);
  workbook.creator = 'CarbonRecycling Desktop';
  workbook.title = excelText(document.title);
  workbook.company = excelText(document.organisationName);
  workbook.created = generatedAt;
  workbook.modified = generatedAt;

  const { tables, charts } = planSheets(document);
  addSummary(workbook, document);
  addReadMe(workbook, document, tables, charts.length > 0);
  for (const planned of tables) addTableSheet(workbook, planned.table, planned.sheetName);
  if (charts.length > 0) addChartSheet(workbook, charts, CHART_FIGURES);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
