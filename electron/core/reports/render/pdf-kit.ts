import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAppRoot } from '../../paths';

// What every part of the PDF shares: the page geometry, the colours, the embedded fonts, and the
// "start a new page when this will not fit" rule.

export type Pdf = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, marginX: 50, marginTop: 58, marginBottom: 58 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const COLOURS = {
  text: '#1a2420',
  muted: '#55635c',
  rule: '#c9d3ce',
  faintRule: '#e3e9e6',
  headerFill: '#eef3f0',
  accent: '#1d7348',
  warning: '#b45309',
  warningFill: '#fff4e0',
  sample: '#7c2d12',
  sampleFill: '#fde68a',
} as const;

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

/** The fonts folder shipped with the app (resources/fonts), found the way the factor library finds resources/factors. */
export function fontsDirOf(appRoot: string): string {
  return join(appRoot, 'resources', 'fonts');
}

const loaded = new Map<string, PdfFonts>();

/**
 * DejaVu Sans from resources/fonts, read once per folder. Helvetica, the PDF standard font,
 * cannot draw "₂", so every report embeds these instead.
 */
export function loadPdfFonts(fontsDir: string = fontsDirOf(findAppRoot())): PdfFonts {
  let fonts = loaded.get(fontsDir);
  if (!fonts) {
    try {
      fonts = { regular: readFileSync(join(fontsDir, 'DejaVuSans.ttf')), bold: readFileSync(join(fontsDir, 'DejaVuSans-Bold.ttf')) };
    } catch (error) {
      throw new Error(`The report fonts are missing from ${fontsDir} (DejaVuSans.ttf and DejaVuSans-Bold.ttf): reinstall the app.`, { cause: error });
    }
    loaded.set(fontsDir, fonts);
  }
  return fonts;
}

/** The lowest y that content may reach on this page. */
export function pageBottom(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `heightPt` more fits on this one. Returns true when it did. */
export function ensureSpace(doc: Pdf, heightPt: number): boolean {
  if (doc.y + heightPt <= pageBottom(doc)) return false;
  doc.addPage();
  return true;
}

/** Text cut to fit `widthPt` on one line, ending in "…" when it had to be cut. */
export function fitLine(doc: Pdf, text: string, widthPt: number): string {
  if (doc.widthOfString(text) <= widthPt) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= widthPt) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}

/** A warning in the report's amber: a bar on the left, then the text, moved to a new page whole if needed. */
export function drawWarningLine(doc: Pdf, text: string, lead: string | null): void {
  doc.font(FONT.regular).fontSize(10);
  const full = lead ? `${lead}${text}` : text;
  const textWidth = CONTENT_WIDTH - 20;
  const height = doc.heightOfString(full, { width: textWidth }) + 10;
  ensureSpace(doc, height);
  const top = doc.y;
  doc.save().rect(PAGE.marginX, top, CONTENT_WIDTH, height).fill(COLOURS.warningFill).rect(PAGE.marginX, top, 4, height).fill(COLOURS.warning).restore();
  doc.fillColor(COLOURS.text);
  if (lead) {
    doc.font(FONT.bold).text(lead, PAGE.marginX + 12, top + 5, { width: textWidth, continued: true });
    doc.font(FONT.regular).text(text);
  } else {
    doc.text(text, PAGE.marginX + 12, top + 5, { width: textWidth });
  }
  doc.x = PAGE.marginX;
  doc.y = top + height + 4;
}
