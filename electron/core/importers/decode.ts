// Bytes → text, before any CSV parsing: PapaParse does no encoding detection, and a wrong guess
// either fails loudly (good) or silently turns "£" into "Â£" (bad). Recipe from reliability.md §3.2.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Plain words for the import log ("UTF-8 with BOM (Excel 'CSV UTF-8')"). */
  description: string;
}

const DESCRIPTIONS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': "UTF-8 with byte-order mark (Excel 'CSV UTF-8')",
  'utf-16le': "UTF-16 little-endian (Excel 'Unicode Text')",
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': "Windows-1252 (Excel 'CSV (Comma delimited)' on a UK PC)",
};

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

// Windows-1252 bytes 0x80–0x9F (WHATWG index; the five unassigned bytes map to the C1 controls).
// Not TextDecoder('windows-1252'): Node 20.18.3+ and 22.13+ decode it as Latin-1, turning “ ” – €
// into invisible control characters (nodejs/node#60888, #56542).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

// Formats that are certainly not text. They are decoded byte for byte (never sniffed as UTF-16 from
// their NUL bytes) so that the table reader can say what the file is.
const BINARY_MAGIC: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip, .xlsx
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2, .xls
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x1f, 0x8b], // gzip
];

const isBinaryFormat = (bytes: Uint8Array) => BINARY_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b));

/** UTF-16 without a BOM: text in the Latin range has a NUL in every other byte. */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
  return null;
}

function result(text: string, encoding: TextEncodingName): DecodedText {
  return { text, encoding, description: DESCRIPTIONS[encoding] };
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (isBinaryFormat(bytes)) return result(decodeWindows1252(bytes), 'windows-1252');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return result(decodeWith('utf-8', bytes.subarray(3), false), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return result(decodeWith('utf-16le', bytes.subarray(2), false), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return result(decodeWith('utf-16be', bytes.subarray(2), false), 'utf-16be');
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return result(decodeWith(utf16, bytes, false), utf16);
  try {
    return result(decodeWith('utf-8', bytes, true), 'utf-8');
  } catch {
    // Not valid UTF-8: on UK Windows, Excel's plain "CSV" is the ANSI code page (0xA3 is "£").
    return result(decodeWindows1252(bytes), 'windows-1252');
  }
}
