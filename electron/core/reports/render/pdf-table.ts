import type { ReportColumn, ReportTable } from '../../../../shared/domain/report-document';
import { columnHeading, formatReportCell, isNumericColumn } from '../../../../shared/domain/report-format';
import { CellText } from './pdf-cell-text';
import { COLOURS, CONTENT_WIDTH, ensureSpace, FONT, PAGE, pageBottom, type Pdf } from './pdf-kit';

// A report table in the PDF: header row repeated on every page the table runs onto, numbers
// right-aligned, the total row last in bold. Rows are laid out by hand: a cell that fits on one
// line (nearly all of them) goes through CellText, which is what lets a 20,000-row table render
// in well under a second; only a cell too long for its column wraps through pdfkit's text flow.

const BODY_PT = 8;
/** A table with many figure columns is set smaller, down to this, before any figure wraps. */
const SMALLEST_PT = 5.5;
const PAD_X = 3;
const PAD_Y = 2.5;
const SIZE_SAMPLE_ROWS = 300;
const MIN_TEXT_COLUMN_PT = 48;

interface Layout {
  columns: readonly ReportColumn[];
  widths: number[];
  lineHeight: number;
  /** How much wider than the page the figures and the narrowest text columns would be. */
  overflowPt: number;
}

/** Numbers and dates keep their width (a figure must never break across lines); text wraps. */
function isFixedWidth(column: ReportColumn | undefined): boolean {
  return column !== undefined && (isNumericColumn(column) || column.format === 'date');
}

/**
 * Width for the text columns, fairest first: a column narrower than an equal share gets all it
 * needs, and the rest split what is left, so one long name cannot squeeze every other column.
 */
function shareOut(natural: readonly number[], fixed: readonly boolean[], space: number): number[] {
  const widths = natural.map((w, i) => (fixed[i] ? w : 0));
  let open = natural.map((_, i) => i).filter((i) => !fixed[i]);
  let remaining = space;
  while (open.length > 0) {
    const share = remaining / open.length;
    const small = open.filter((i) => (natural[i] ?? 0) <= share);
    if (small.length === 0) {
      for (const i of open) widths[i] = Math.max(MIN_TEXT_COLUMN_PT, share);
      break;
    }
    for (const i of small) {
      widths[i] = natural[i] ?? 0;
      remaining -= natural[i] ?? 0;
    }
    open = open.filter((i) => !small.includes(i));
  }
  return widths;
}

function layoutOf(doc: Pdf, table: ReportTable, regular: CellText, bold: CellText, sizePt: number): Layout {
  const sample = table.rows.slice(0, SIZE_SAMPLE_ROWS);
  const natural = table.columns.map((column) => {
    const longestWord = Math.max(0, ...columnHeading(column).split(/\s+/).map((word) => bold.width(word)));
    const content = Math.max(0, ...sample.map((row) => regular.width(formatReportCell(row[column.key], column))));
    const total = table.totals ? bold.width(formatReportCell(table.totals[column.key], column)) : 0;
    return Math.max(longestWord, total, Math.min(content, 220)) + 2 * PAD_X + 1;
  });
  const total = natural.reduce((sum, w) => sum + w, 0);
  const fixed = table.columns.map(isFixedWidth);
  if (total <= CONTENT_WIDTH) {
    // Spare width goes to the text columns, so numbers stay close to their headings.
    const flexible = fixed.filter((f) => !f).length;
    const spare = CONTENT_WIDTH - total;
    const widths = natural.map((w, i) => (flexible === 0 ? w + spare / natural.length : fixed[i] ? w : w + spare / flexible));
    return { columns: table.columns, widths, lineHeight: lineHeightOf(doc, sizePt), overflowPt: 0 };
  }
  // Too wide: numbers and dates keep their width; text columns share what is left and wrap.
  const fixedWidth = natural.reduce((sum, w, i) => sum + (fixed[i] ? w : 0), 0);
  const flexibleMinimum = MIN_TEXT_COLUMN_PT * fixed.filter((f) => !f).length;
  const flexibleSpace = Math.max(CONTENT_WIDTH - fixedWidth, flexibleMinimum);
  let widths = shareOut(natural, fixed, flexibleSpace);
  const sum = widths.reduce((s, w) => s + w, 0);
  // Still too wide (very many columns): everything shrinks alike, and long figures wrap.
  if (sum > CONTENT_WIDTH) widths = widths.map((w) => (w / sum) * CONTENT_WIDTH);
  return { columns: table.columns, widths, lineHeight: lineHeightOf(doc, sizePt), overflowPt: Math.max(0, fixedWidth + flexibleMinimum - CONTENT_WIDTH) };
}

function lineHeightOf(doc: Pdf, sizePt: number): number {
  doc.font(FONT.regular).fontSize(sizePt);
  return doc.currentLineHeight(true);
}

interface Cell {
  text: string;
  numeric: boolean;
}

interface PreparedRow {
  /** Each cell as the lines it takes in its column. */
  lines: string[][];
  numeric: boolean[];
  height: number;
}

/** Each cell broken into the lines its column allows, and the row height that gives. */
function prepareRow(cells: readonly Cell[], layout: Layout, text: CellText): PreparedRow {
  let count = 1;
  const lines = cells.map((cell, i) => {
    const inner = (layout.widths[i] ?? 0) - 2 * PAD_X;
    const fits = !/[\r\n]/.test(cell.text) && text.width(cell.text) <= inner;
    const cellLines = fits ? [cell.text] : text.wrap(cell.text, inner);
    count = Math.max(count, cellLines.length);
    return cellLines;
  });
  return { lines, numeric: cells.map((c) => c.numeric), height: count * layout.lineHeight + 2 * PAD_Y };
}

function drawRow(row: PreparedRow, layout: Layout, top: number, text: CellText): void {
  let x = PAGE.marginX;
  row.lines.forEach((cellLines, i) => {
    const width = layout.widths[i] ?? 0;
    cellLines.forEach((line, n) => {
      const left = row.numeric[i] ? x + width - PAD_X - text.width(line) : x + PAD_X;
      text.add(line, left, top + PAD_Y + n * layout.lineHeight);
    });
    x += width;
  });
}

function headerCells(layout: Layout): Cell[] {
  return layout.columns.map((column) => ({ text: columnHeading(column), numeric: isNumericColumn(column) }));
}

function flush(doc: Pdf, ...writers: CellText[]): void {
  doc.fillColor(COLOURS.text);
  for (const writer of writers) writer.flush();
}

function drawHeader(doc: Pdf, table: ReportTable, layout: Layout, bold: CellText, continued: boolean): void {
  const header = prepareRow(headerCells(layout), layout, bold);
  const height = header.height;
  doc.font(FONT.bold).fontSize(10);
  const titleHeight = doc.currentLineHeight(true) + 3;
  ensureSpace(doc, titleHeight + height + layout.lineHeight + 2 * PAD_Y);
  doc.fillColor(COLOURS.text).text(continued ? `${table.title} (continued)` : table.title, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  doc.y += 3;
  const top = doc.y;
  doc.save().rect(PAGE.marginX, top, CONTENT_WIDTH, height).fill(COLOURS.headerFill).restore();
  drawRow(header, layout, top, bold);
  flush(doc, bold);
  doc.save().moveTo(PAGE.marginX, top + height).lineTo(PAGE.marginX + CONTENT_WIDTH, top + height).lineWidth(0.75).stroke(COLOURS.rule).restore();
  doc.y = top + height;
}

export function drawTable(doc: Pdf, table: ReportTable): void {
  let sizePt = BODY_PT;
  let regular = new CellText(doc, FONT.regular, sizePt);
  let bold = new CellText(doc, FONT.bold, sizePt);
  let layout = layoutOf(doc, table, regular, bold, sizePt);
  if (layout.overflowPt > 0) {
    // Text widths scale with the size; the padding does not, hence the small extra margin.
    sizePt = Math.max(SMALLEST_PT, Math.floor(BODY_PT * (CONTENT_WIDTH / (CONTENT_WIDTH + layout.overflowPt)) * 0.97 * 4) / 4);
    regular = new CellText(doc, FONT.regular, sizePt);
    bold = new CellText(doc, FONT.bold, sizePt);
    layout = layoutOf(doc, table, regular, bold, sizePt);
  }
  drawHeader(doc, table, layout, bold, false);

  if (table.rows.length === 0) {
    doc.font(FONT.regular).fontSize(BODY_PT).fillColor(COLOURS.muted).text('No rows: nothing was recorded for this table in the period.', PAGE.marginX + PAD_X, doc.y + PAD_Y, { width: CONTENT_WIDTH });
    doc.y += PAD_Y;
  }

  // Thin rules between rows, stroked once per page as one path rather than once per row.
  let rules: number[] = [];
  const finishPage = () => {
    flush(doc, regular);
    if (rules.length === 0) return;
    doc.save().lineWidth(0.25);
    for (const y of rules) doc.moveTo(PAGE.marginX, y).lineTo(PAGE.marginX + CONTENT_WIDTH, y);
    doc.stroke(COLOURS.faintRule).restore();
    rules = [];
  };

  for (const row of table.rows) {
    const prepared = prepareRow(
      layout.columns.map((column) => ({ text: formatReportCell(row[column.key], column), numeric: isNumericColumn(column) })),
      layout,
      regular,
    );
    if (doc.y + prepared.height > pageBottom(doc)) {
      finishPage();
      doc.addPage();
      drawHeader(doc, table, layout, bold, true);
    }
    const top = doc.y;
    drawRow(prepared, layout, top, regular);
    doc.y = top + prepared.height;
    rules.push(doc.y);
  }
  finishPage();

  if (table.totals) {
    const totals = table.totals;
    const cells = layout.columns.map((column, i) => {
      const cell = totals[column.key];
      const empty = cell === null || cell === undefined;
      return { text: empty ? (i === 0 ? 'Total' : '') : formatReportCell(cell, column), numeric: isNumericColumn(column) };
    });
    const prepared = prepareRow(cells, layout, bold);
    if (doc.y + prepared.height > pageBottom(doc)) {
      doc.addPage();
      drawHeader(doc, table, layout, bold, true);
    }
    const top = doc.y;
    doc.save().moveTo(PAGE.marginX, top).lineTo(PAGE.marginX + CONTENT_WIDTH, top).lineWidth(1).stroke(COLOURS.text).restore();
    drawRow(prepared, layout, top, bold);
    flush(doc, bold);
    doc.y = top + prepared.height;
  }

  if (table.footnote) {
    doc.font(FONT.regular).fontSize(8).fillColor(COLOURS.muted);
    doc.y += 3;
    ensureSpace(doc, doc.heightOfString(table.footnote, { width: CONTENT_WIDTH }));
    doc.text(table.footnote, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  }
  doc.fillColor(COLOURS.text);
  doc.x = PAGE.marginX;
  doc.y += 10;
}
