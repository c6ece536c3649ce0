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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return result(decodeWith('utf-8', bytes.subarray(3), false), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return result(decodeWith('utf-16le', bytes.subarray(2), false), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return result(decodeWith('utf-16be', bytes.subarray(2), false), 'utf-16be');
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return result(decodeWith(utf16, bytes, false), utf16);
  try {
    return result(decodeWith('utf-8', bytes, true), 'utf-8');
  } catch {
    // Not valid UTF-8: on UK Windows, Excel's plain "CSV" is the ANSI code page (0xA3 is "£").
    return result(decodeWith('windows-1252', bytes, false), 'windows-1252');
  }
}
