import type { Pdf } from './pdf-kit';

// Table cells drawn without pdfkit's text layout. doc.text() shapes every new string with
// fontkit and caches the result per string: for 100,000 distinct numbers that took seconds and
// most of the memory. A cell needs no shaping (no ligatures, no kerning worth having in a column
// of figures), so each character is encoded once through the font's own encoder (which also adds
// the glyph to the embedded subset and to the text-extraction map) and a page's cells are written
// as one text object. This reaches into pdfkit internals (the current font object and the page's
// font resources) that are stable in the pinned 0.20.2; the PDF tests read every cell back.

/** Glyph ids as 4-digit hex, and their advances in thousandths of the font size. */
type EncodedGlyphs = [string[], { xAdvance: number }[]];

interface EmbeddedFontInternals {
  id: string;
  ascender: number;
  encode(text: string): EncodedGlyphs;
  ref(): unknown;
}

interface DocumentInternals {
  _font: EmbeddedFontInternals | undefined;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

function internalsOf(doc: Pdf): DocumentInternals {
  const internals = doc as unknown as DocumentInternals;
  const font = internals._font;
  if (!font || typeof font.encode !== 'function' || typeof font.ref !== 'function' || typeof internals.addContent !== 'function') {
    throw new Error('This version of pdfkit does not expose the font encoder the PDF report tables use (written for pdfkit 0.20.2).');
  }
  return internals;
}

interface Glyph {
  hex: string;
  /** In thousandths of the font size. */
  advance: number;
}

/** Cells in one font and size: measured and queued, then written once per page. */
export class CellText {
  private readonly font: EmbeddedFontInternals;
  private readonly glyphs = new Map<string, Glyph>();
  private queued: string[] = [];

  constructor(
    private readonly doc: Pdf,
    fontName: string,
    private readonly sizePt: number,
  ) {
    doc.font(fontName);
    this.font = internalsOf(doc)._font as EmbeddedFontInternals;
  }

  private glyph(ch: string): Glyph {
    let glyph = this.glyphs.get(ch);
    if (!glyph) {
      const [hex, positions] = this.font.encode(ch);
      glyph = { hex: hex.join(''), advance: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
      this.glyphs.set(ch, glyph);
    }
    return glyph;
  }

  /** Width in points, as drawn. */
  width(text: string): number {
    let advance = 0;
    for (const ch of text) advance += this.glyph(ch).advance;
    return (advance * this.sizePt) / 1000;
  }

  /**
   * Lines of at most `maxWidthPt`: broken at spaces, and inside a word only when the word alone is
   * too wide (a long reference number); line breaks in the text are kept.
   */
  wrap(text: string, maxWidthPt: number): string[] {
    const lines: string[] = [];
    const space = this.width(' ');
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/[ \t]+/)) {
        const wordWidth = this.width(word);
        if (line !== '' && lineWidth + space + wordWidth <= maxWidthPt) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== '') lines.push(line);
        if (wordWidth <= maxWidthPt) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        line = '';
        lineWidth = 0;
        for (const ch of word) {
          const chWidth = this.width(ch);
          if (line !== '' && lineWidth + chWidth > maxWidthPt) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += chWidth;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Queues one line of text with its top-left corner at (x, top) in page points. */
  add(text: string, x: number, top: number): void {
    if (text === '') return;
    let hex = '';
    for (const ch of text) hex += this.glyph(ch).hex;
    const page = this.doc.page;
    // pdfkit's page space runs down from the top; PDF text space runs up from the baseline.
    const baseline = page.height - top - (this.font.ascender / 1000) * this.sizePt;
    this.queued.push(`1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm <${hex}> Tj`);
  }

  /** Writes the queued cells to the current page, in the current fill colour. */
  flush(): void {
    if (this.queued.length === 0) return;
    const internals = internalsOf(this.doc);
    internals.page.fonts[this.font.id] ??= this.font.ref();
    const height = internals.page.height.toFixed(2);
    internals.addContent(`q 1 0 0 -1 0 ${height} cm BT /${this.font.id} ${this.sizePt} Tf\n${this.queued.join('\n')}\nET Q`);
    this.queued = [];
  }
}
