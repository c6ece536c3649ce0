import Papa from 'papaparse';
import { FORMULA_START } from '../../../../shared/domain/formula-safety';
import type { ReportBlock, ReportChart, ReportColumn, ReportDocument, ReportTable } from '../../../../shared/domain/report-document';

// The CSV is one file of plain records, read top to bottom like the report: a few "label, value"
// records about the report, then for each section a "Section" record and its blocks. A table is
// a "Table" record, its header row, its rows and a "Total" row, then an empty line. Every line is
// an ordinary CSV record (a title with a comma is quoted like any cell), so any CSV reader takes
// the file whole, and a person scrolling it in Excel sees the same order as the PDF. We chose
// this over one long `section,table,row,column,value` list because accountants read these files
// by eye; a program can still find each table by its "Table" record and read until the blank.
//
// Numbers are written unrounded with "." decimals; percentages as the stored fraction.

type Row = (string | number | null)[];

const BOM = '\uFEFF';

function header(column: ReportColumn): string {
  if (column.format === 'percent') return `${column.label} (fraction: 0.25 = 25%)`;
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

function tableRows(table: ReportTable): Row[] {
  const out: Row[] = [['Table', table.title], table.columns.map(header)];
  for (const row of table.rows) out.push(table.columns.map((c) => row[c.key] ?? null));
  if (table.totals) {
    const totals = table.totals;
    out.push(table.columns.map((c, i) => totals[c.key] ?? (i === 0 ? 'Total' : null)));
  }
  if (table.footnote) out.push(['Note', table.footnote]);
  return out;
}

function chartRows(chart: ReportChart): Row[] {
  return [
    ['Chart', `${chart.title} (${chart.unit})`],
    ['Category', ...chart.series.map((s) => `${s.name} (${chart.unit})`)],
    ...chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]),
  ];
}

function blockRows(block: ReportBlock): Row[] {
  switch (block.kind) {
    case 'paragraph':
      return [['Text', block.text]];
    case 'keyFigures':
      return [['Key figure', 'Value', 'Unit', 'Note'], ...block.items.map((item) => [item.label, item.value, item.unit, item.note])];
    case 'table':
      return tableRows(block);
    case 'chart':
      return chartRows(block);
    case 'warning':
      return [['Warning', block.text]];
    case 'signOff':
      return [
        ['Sign-off', block.statement],
        ['Signed by', block.name ?? 'Not yet signed'],
        ['Role', block.role],
        ['Date signed', block.date ?? 'Not yet signed'],
      ];
  }
}

function documentRows(document: ReportDocument): Row[] {
  const rows: Row[] = [
    ['Report', document.title],
    ['Organisation', document.organisationName],
    ['Companies House number', document.companiesHouseNumber],
    ['Reporting year', document.reportingYear],
    ['Period start', document.periodStart],
    ['Period end', document.periodEnd],
    ['Calculation run', document.runNumber],
    ['Run id', document.runId],
    ['Inputs SHA-256', document.inputsSha256],
    ['Prepared', document.generatedAt],
  ];
  if (document.sample) rows.unshift(['SAMPLE DATA', 'Made from the sample workspace: do not publish or submit it.']);
  for (const warning of document.warnings) rows.push(['Problem', warning]);
  for (const section of document.sections) {
    rows.push([], ['Section', section.title]);
    section.blocks.forEach((block, index) => {
      // A blank line before each table and chart, so each reads as its own block in a spreadsheet.
      if (index > 0 && (block.kind === 'table' || block.kind === 'chart' || block.kind === 'keyFigures')) rows.push([]);
      rows.push(...blockRows(block));
    });
  }
  return rows;
}

/** The report as a UTF-8 CSV with a byte-order mark (Excel reads UTF-8 only with it) and CRLF lines. */
export function renderCsv(document: ReportDocument): Uint8Array {
  const csv = Papa.unparse(documentRows(document), { newline: '\r\n', escapeFormulae: FORMULA_START, skipEmptyLines: false });
  return new TextEncoder().encode(`${BOM}${csv}\r\n`);
}
