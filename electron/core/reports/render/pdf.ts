import PDFDocument from 'pdfkit';
import type { ReportBlock, ReportDocument } from '../../../../shared/domain/report-document';
import { formatKeyFigure, formatReportDate, formatReportPeriod } from '../../../../shared/domain/report-format';
import { drawChart } from './pdf-chart';
import { COLOURS, CONTENT_WIDTH, drawWarningLine, ensureSpace, fitLine, FONT, loadPdfFonts, PAGE, type Pdf, type PdfFonts } from './pdf-kit';
import { drawTable } from './pdf-table';

// The PDF export: A4, DejaVu Sans embedded (so "CO₂e" prints), the report's details and problems
// first, then each section; "Page N of M" and, for sample data, a banner on every page. The same
// document always gives the same bytes (the dates inside come from the document, not the clock),
// so published reports can be compared byte for byte.

const kindNames: Record<ReportDocument['kind'], string> = {
  secr: 'Streamlined Energy and Carbon Reporting (SECR)',
  crp: 'Carbon Reduction Plan',
  ghg: 'Greenhouse gas inventory',
};

const SAMPLE_BANNER = 'SAMPLE DATA: made from the sample workspace. Do not publish or submit this report.';

function documentDate(document: ReportDocument): Date {
  const date = new Date(document.generatedAt);
  // A fixed date rather than "now" keeps the output reproducible even for a malformed timestamp.
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

function drawDetails(doc: Pdf, document: ReportDocument): void {
  doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.muted).text(kindNames[document.kind], PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.2);
  doc.font(FONT.bold).fontSize(20).fillColor(COLOURS.text).text(document.title, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
  const details: [string, string][] = [
    ['Organisation', document.organisationName],
    ...(document.companiesHouseNumber ? ([['Companies House number', document.companiesHouseNumber]] as [string, string][]) : []),
    ['Reporting period', formatReportPeriod(document.periodStart, document.periodEnd)],
    ['Calculation run', `Run ${document.runNumber} (${document.runId})`],
    ['Prepared', formatReportDate(document.generatedAt.slice(0, 10))],
    ['Inputs SHA-256', document.inputsSha256],
  ];
  const labelWidth = 160;
  for (const [label, value] of details) {
    const isHash = label === 'Inputs SHA-256';
    doc.font(isHash ? FONT.regular : FONT.bold).fontSize(isHash ? 7.5 : 10);
    const valueHeight = doc.heightOfString(value, { width: CONTENT_WIDTH - labelWidth });
    const height = Math.max(valueHeight, doc.font(FONT.regular).fontSize(10).heightOfString(label, { width: labelWidth - 8 }));
    ensureSpace(doc, height);
    const top = doc.y;
    doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.muted).text(label, PAGE.marginX, top, { width: labelWidth - 8 });
    doc.font(isHash ? FONT.regular : FONT.bold).fontSize(isHash ? 7.5 : 10).fillColor(COLOURS.text).text(value, PAGE.marginX + labelWidth, top, { width: CONTENT_WIDTH - labelWidth });
    doc.y = Math.max(doc.y, top + height) + 3;
  }
  doc.x = PAGE.marginX;
  doc.moveDown(0.6);
}

function drawWarnings(doc: Pdf, warnings: readonly string[]): void {
  if (warnings.length === 0) return;
  ensureSpace(doc, 60);
  const title = warnings.length === 1 ? 'One problem to fix before you publish this report' : `${warnings.length} problems to fix before you publish this report`;
  doc.font(FONT.bold).fontSize(11).fillColor(COLOURS.warning).text(title, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.3);
  for (const warning of warnings) drawWarningLine(doc, warning, null);
  doc.fillColor(COLOURS.text).moveDown(0.6);
}

function drawKeyFigures(doc: Pdf, items: Extract<ReportBlock, { kind: 'keyFigures' }>['items']): void {
  const perRow = 3;
  const gap = 10;
  const boxWidth = (CONTENT_WIDTH - gap * (perRow - 1)) / perRow;
  const inner = boxWidth - 16;
  for (let start = 0; start < items.length; start += perRow) {
    const row = items.slice(start, start + perRow);
    const parts = row.map((item) => {
      const value = formatKeyFigure(item.value, item.decimals, item.unit);
      doc.font(FONT.regular).fontSize(8.5);
      const labelHeight = doc.heightOfString(item.label, { width: inner });
      const noteHeight = item.note ? doc.fontSize(7.5).heightOfString(item.note, { width: inner }) : 0;
      doc.font(FONT.bold).fontSize(15);
      const valueHeight = doc.heightOfString(value, { width: inner });
      return { item, value, labelHeight, valueHeight, noteHeight };
    });
    const height = Math.max(...parts.map((p) => p.labelHeight + p.valueHeight + p.noteHeight)) + 18;
    ensureSpace(doc, height);
    const top = doc.y;
    parts.forEach((part, i) => {
      const left = PAGE.marginX + i * (boxWidth + gap);
      doc.save().roundedRect(left, top, boxWidth, height, 4).lineWidth(0.75).stroke(COLOURS.rule).restore();
      doc.font(FONT.regular).fontSize(8.5).fillColor(COLOURS.muted).text(part.item.label, left + 8, top + 7, { width: inner });
      doc.font(FONT.bold).fontSize(15).fillColor(COLOURS.text).text(part.value, left + 8, top + 9 + part.labelHeight, { width: inner });
      if (part.item.note) doc.font(FONT.regular).fontSize(7.5).fillColor(COLOURS.muted).text(part.item.note, left + 8, top + 11 + part.labelHeight + part.valueHeight, { width: inner });
    });
    doc.x = PAGE.marginX;
    doc.y = top + height + gap;
  }
  doc.fillColor(COLOURS.text);
}

function drawSignOff(doc: Pdf, block: Extract<ReportBlock, { kind: 'signOff' }>): void {
  doc.font(FONT.regular).fontSize(10);
  ensureSpace(doc, doc.heightOfString(block.statement, { width: CONTENT_WIDTH }) + 110);
  doc.fillColor(COLOURS.text).text(block.statement, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
  const lines: [string, string | null][] = [
    ['Name', block.name],
    ['Role', block.role],
    ['Date', block.date ? formatReportDate(block.date) : null],
    ['Signature', null],
  ];
  for (const [label, value] of lines) {
    const top = doc.y;
    doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.muted).text(label, PAGE.marginX, top, { width: 80 });
    if (value) doc.font(FONT.bold).fillColor(COLOURS.text).text(value, PAGE.marginX + 80, top, { width: CONTENT_WIDTH - 80 });
    else doc.save().moveTo(PAGE.marginX + 80, top + 11).lineTo(PAGE.marginX + 300, top + 11).lineWidth(0.5).stroke(COLOURS.text).restore();
    doc.y = top + 22;
  }
  doc.x = PAGE.marginX;
  doc.fillColor(COLOURS.text);
}

function drawBlock(doc: Pdf, block: ReportBlock): void {
  switch (block.kind) {
    case 'paragraph':
      doc.font(FONT.regular).fontSize(10).fillColor(COLOURS.text).text(block.text, PAGE.marginX, doc.y, { width: CONTENT_WIDTH, lineGap: 1.5 });
      doc.moveDown(0.6);
      return;
    case 'keyFigures':
      drawKeyFigures(doc, block.items);
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'chart':
      drawChart(doc, block);
      return;
    case 'warning':
      drawWarningLine(doc, block.text, 'Please note: ');
      doc.moveDown(0.4);
      return;
    case 'signOff':
      drawSignOff(doc, block);
      return;
  }
}

/** Footer on every page, and the sample banner: drawn once all pages exist, so "of M" is known. */
function drawPageFurniture(doc: Pdf, document: ReportDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the margins would make pdfkit start a new page; open them while we draw.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const footerY = doc.page.height - 36;
    doc.save().moveTo(PAGE.marginX, footerY - 6).lineTo(PAGE.marginX + CONTENT_WIDTH, footerY - 6).lineWidth(0.5).stroke(COLOURS.rule).restore();
    doc.font(FONT.regular).fontSize(8).fillColor(COLOURS.muted);
    const pageText = `Page ${i - range.start + 1} of ${range.count}`;
    const pageWidth = doc.widthOfString(pageText);
    doc.text(fitLine(doc, `${document.organisationName} · ${document.title} · Run ${document.runNumber}`, CONTENT_WIDTH - pageWidth - 20), PAGE.marginX, footerY, { lineBreak: false });
    doc.text(pageText, PAGE.marginX + CONTENT_WIDTH - pageWidth, footerY, { lineBreak: false });
    if (document.sample) {
      doc.save().rect(PAGE.marginX, 16, CONTENT_WIDTH, 24).fill(COLOURS.sampleFill).restore();
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOURS.sample);
      const banner = fitLine(doc, SAMPLE_BANNER, CONTENT_WIDTH - 16);
      doc.text(banner, PAGE.marginX + (CONTENT_WIDTH - doc.widthOfString(banner)) / 2, 23, { lineBreak: false });
    }
    doc.page.margins = margins;
  }
}

export interface PdfOptions {
  /** Where DejaVuSans.ttf and DejaVuSans-Bold.ttf are; resources/fonts of the app unless given. */
  fontsDir?: string;
}

function createDocument(document: ReportDocument, fonts: PdfFonts): Pdf {
  const date = documentDate(document);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginX, right: PAGE.marginX },
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: document.title,
      Author: document.organisationName,
      Subject: `${kindNames[document.kind]}, ${formatReportPeriod(document.periodStart, document.periodEnd)}, run ${document.runNumber}`,
      Creator: 'CarbonRecycling Desktop',
      Producer: 'CarbonRecycling Desktop (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  return doc;
}

/** The report as an A4 PDF. */
export function renderPdf(document: ReportDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = loadPdfFonts(options.fontsDir);
  return new Promise((resolve, reject) => {
    const doc = createDocument(document, fonts);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    try {
      doc.font(FONT.regular);
      drawDetails(doc, document);
      drawWarnings(doc, document.warnings);
      for (const section of document.sections) {
        ensureSpace(doc, 80);
        doc.font(FONT.bold).fontSize(14).fillColor(COLOURS.accent).text(section.title, PAGE.marginX, doc.y, { width: CONTENT_WIDTH });
        const ruleY = doc.y + 2;
        doc.save().moveTo(PAGE.marginX, ruleY).lineTo(PAGE.marginX + CONTENT_WIDTH, ruleY).lineWidth(0.75).stroke(COLOURS.accent).restore();
        doc.y = ruleY + 8;
        doc.fillColor(COLOURS.text);
        for (const block of section.blocks) drawBlock(doc, block);
        doc.moveDown(0.5);
      }
      drawPageFurniture(doc, document);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
