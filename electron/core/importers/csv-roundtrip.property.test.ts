import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, readCsvTable, type Delimiter } from './csv-table';
import { decodeBytes, decodeWindows1252, type TextEncodingName } from './decode';

// (a) Any table written as CSV — any delimiter, any line ending, any encoding a UK export uses —
// decodes and reads back to the same header and rows. The tables are ones a real export could hold:
// distinct, non-numeric header names without surrounding spaces; rows with the header's width, not
// blank, not starting with "Total"; cells with quotes, delimiters, tabs, CR/LF, £ and non-ASCII.

const EOLS = ['\r\n', '\n', '\r'] as const;
const CELL_CHARS = ['a', 'Z', 'k', '0', '7', ' ', '"', ',', ';', '\t', '|', '\r', '\n', '.', '-', '=', '(', '£', '€', 'é', '–', '“', '’', '\u00a0', 'ŵ', '中', '😀'];
/** The characters of CELL_CHARS that Windows-1252 can write. */
const CP1252_CHARS = CELL_CHARS.filter((c) => c.length === 1 && (c.charCodeAt(0) < 0x80 || (c.charCodeAt(0) >= 0xa0 && c.charCodeAt(0) <= 0xff) || '€–“’'.includes(c)));
const LOOKS_NUMERIC = /^[-+£$€(]?[\d.,\s]+\)?$/;
const TOTAL_ROW = /^\s*(grand\s+)?totals?\b|^\s*sum\b/i;

interface Table {
  header: string[];
  rows: string[][];
}

function tableArbitrary(chars: readonly string[]): fc.Arbitrary<Table> {
  const text = (max: number) => fc.array(fc.constantFrom(...chars), { maxLength: max }).map((cs) => cs.join(''));
  const cell = fc.oneof(
    { weight: 4, arbitrary: text(10) },
    { weight: 1, arbitrary: fc.stringMatching(/^0\d{1,12}$/) }, // MPAN-like ids with leading zeros
    { weight: 1, arbitrary: fc.constantFrom('713752e1', '1,234.56', '£1,234.56', '(12.34)', '12.34 CR', '5,58199E+12', '=HYPERLINK("x")', '') },
  );
  const name = text(8).filter((n) => n !== '' && n.trim() === n && !LOOKS_NUMERIC.test(n));
  return fc.uniqueArray(name, { minLength: 2, maxLength: 6, selector: (n) => n.toLowerCase() }).chain((header) =>
    fc
      .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { minLength: 1, maxLength: 6 })
      .filter((rows) => rows.every((r) => r.some((c) => c.trim() !== '')) && !TOTAL_ROW.test(rows.at(-1)?.[0] ?? ''))
      .map((rows) => ({ header, rows })),
  );
}

interface Style {
  delimiter: Delimiter;
  eol: (typeof EOLS)[number];
  /** Quote every cell holding any candidate delimiter (as careful writers do), or only the real one. */
  quoteAllDelimiters: boolean;
  quoteEverything: boolean;
  trailingEol: boolean;
}

const styleArbitrary: fc.Arbitrary<Style> = fc.record({
  delimiter: fc.constantFrom(...DELIMITERS),
  eol: fc.constantFrom(...EOLS),
  quoteAllDelimiters: fc.boolean(),
  quoteEverything: fc.boolean(),
  trailingEol: fc.boolean(),
});

function writeCsv({ header, rows }: Table, style: Style): string {
  const special = style.quoteAllDelimiters ? /[",;\t|\r\n]/ : new RegExp(`["\\r\\n${style.delimiter === '|' ? '\\|' : style.delimiter}]`);
  const field = (c: string) => (style.quoteEverything || special.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const text = [header, ...rows].map((r) => r.map(field).join(style.delimiter)).join(style.eol);
  return style.trailingEol ? text + style.eol : text;
}

const CP1252_HIGH: Record<string, number> = { '€': 0x80, '–': 0x96, '“': 0x93, '’': 0x92 };
const encoders: Record<Exclude<TextEncodingName, 'utf-16be'>, (text: string) => Uint8Array> = {
  'utf-8': (text) => new TextEncoder().encode(text),
  'utf-8-bom': (text) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
  'utf-16le': (text) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
  'windows-1252': (text) => Uint8Array.from([...text].map((c) => CP1252_HIGH[c] ?? c.charCodeAt(0))),
};

const isValidUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

function readBack(bytes: Uint8Array, delimiter?: Delimiter) {
  const decoded = decodeBytes(bytes);
  const read = readCsvTable(decoded.text, delimiter ? { delimiter } : {});
  if (!read.ok) throw new Error(`refused: ${read.reason}`);
  return { encoding: decoded.encoding, text: decoded.text, header: read.table.header, rows: read.table.rows.map((r) => r.cells), rowNumbers: read.table.rows.map((r) => r.rowNumber) };
}

// PROPERTY_RUNS=20000 for a longer (nightly) hunt.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 150 };

describe('a table written as CSV reads back the same (round trip)', () => {
  it.each(['utf-8', 'utf-8-bom', 'utf-16le'] as const)('%s, any delimiter and line ending, delimiter detected', (encoding) => {
    fc.assert(
      fc.property(tableArbitrary(CELL_CHARS), styleArbitrary, (table, style) => {
        const back = readBack(encoders[encoding](writeCsv(table, { ...style, quoteAllDelimiters: true })));
        expect(back.encoding).toBe(encoding);
        expect(back.header).toEqual(table.header);
        expect(back.rows).toEqual(table.rows);
        expect(back.rowNumbers).toEqual(table.rows.map((_, i) => i + 2));
      }),
      RUNS,
    );
  });

  it('utf-8, quoting only the real delimiter, when the delimiter is given', () => {
    fc.assert(
      fc.property(tableArbitrary(CELL_CHARS), styleArbitrary, (table, style) => {
        const back = readBack(encoders['utf-8'](writeCsv(table, { ...style, quoteAllDelimiters: false })), style.delimiter);
        expect(back.header).toEqual(table.header);
        expect(back.rows).toEqual(table.rows);
      }),
      RUNS,
    );
  });

  it('Windows-1252 (Excel ANSI) when the content fits it: strict UTF-8 first, else 1252, never mojibake', () => {
    fc.assert(
      fc.property(tableArbitrary(CP1252_CHARS), styleArbitrary, (table, style) => {
        const text = writeCsv(table, { ...style, quoteAllDelimiters: true });
        const bytes = encoders['windows-1252'](text);
        const back = readBack(bytes);
        if (isValidUtf8(bytes)) {
          // Pure ASCII (or, rarely, 1252 bytes that also spell valid UTF-8: the recipe reads UTF-8).
          expect(back.encoding).toBe('utf-8');
          if (![...text].some((c) => c.charCodeAt(0) > 0x7f)) expect([back.header, back.rows]).toEqual([table.header, table.rows]);
          return;
        }
        expect(back.encoding).toBe('windows-1252');
        expect(back.text).toBe(text);
        expect(back.header).toEqual(table.header);
        expect(back.rows).toEqual(table.rows);
      }),
      RUNS,
    );
  });
});

describe('delimiter detection: counterexamples fast-check found (each once read wrongly or refused)', () => {
  const found: [Table, Delimiter][] = [
    [{ header: ['7£ŵ;', ',('], rows: [['00', ',']] }, '|'],
    [{ header: ['中a', '|7\n="', ';.Z"', ';0Z\r\r““', '-"中', '"é’中'], rows: [['', '00', '00', '"', '', '|'], ['', '|a', '', '', '00', '']] }, ','],
    [{ header: ['a', '0";', '|a " \t–', 'a7Za', '€\t,é', '|'], rows: [['', '', '|a"', '713752e1', '', '"']] }, ','],
    [{ header: ['’£', '-中’ ’’;'], rows: [['', ';a']] }, ','],
    [{ header: ['Z', '-=–";\t\t7'], rows: [['00', ';a']] }, '\t'],
    [{ header: ['– éké', '0;,'], rows: [['', ',a']] }, ';'],
  ];
  it.each(found)('%j with %j', (table, delimiter) => {
    const text = writeCsv(table, { delimiter, eol: '\r\n', quoteAllDelimiters: true, quoteEverything: false, trailingEol: false });
    const read = readCsvTable(text);
    expect(read).toMatchObject({ ok: true, table: { delimiter, header: table.header, rows: table.rows.map((cells, i) => ({ rowNumber: i + 2, cells })) } });
  });
});

describe('Windows-1252 decoding', () => {
  // WHATWG index-windows-1252 for 0x80–0x9F; every other byte is its own code point.
  const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

  it('maps all 256 bytes as the WHATWG Encoding Standard does (Node 20.18.3+ TextDecoder does not: nodejs/node#60888)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    const expected = [...all].map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b))).join('');
    expect(decodeWindows1252(all)).toBe(expected);
    expect(decodeBytes(Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x80, 0x35, 0xa3])).text).toBe('“A” €5£');
  });

  it('decodes long files in pieces without losing bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8000, maxLength: 20_000 }), (bytes) => {
        const text = decodeWindows1252(bytes);
        expect(text.length).toBe(bytes.length);
        expect(text.charCodeAt(bytes.length - 1)).toBe(decodeWindows1252(bytes.subarray(-1)).charCodeAt(0));
      }),
      { numRuns: 20 },
    );
  });
});
