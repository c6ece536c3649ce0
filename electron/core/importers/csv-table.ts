import Papa from 'papaparse';
import { parseCsvChunked } from './chunked';

// Text → a table with a known header, before any meaning is given to columns: the delimiter is
// chosen by checking field counts (never PapaParse's guess alone), supplier preamble lines above
// the header are skipped and reported, and blank or "Total" rows below the data are dropped and
// reported. Row numbers are spreadsheet row numbers (a record with a quoted line break is one row).

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface TableRow {
  /** 1-based, as the row number a spreadsheet shows for this record. */
  rowNumber: number;
  cells: string[];
}

export interface SkippedRow {
  rowNumber: number;
  reason: string;
}

export interface CsvTable {
  delimiter: Delimiter;
  /** 1-based row number of the header. */
  headerRowNumber: number;
  header: string[];
  rows: TableRow[];
  /** Lines above the header (supplier account details and the like). */
  preamble: string[];
  /** Blank and total rows after the data, left out on purpose. */
  skipped: SkippedRow[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

export const SAMPLE_RECORDS = 60;
export const MAX_FIELD_CHARS = 100_000;
/** No bill or meter export has a record this long: parsing stops there (bounded time and memory). */
export const MAX_RECORD_CHARS = 250_000;
/** The delimiter is chosen from at most this much text (and SAMPLE_RECORDS records). */
const SAMPLE_CHARS = MAX_RECORD_CHARS;
export const PARSE_CHUNK_CHARS = 1 << 18;

/**
 * The first line break outside a quoted value decides: a quoted note may hold a bare "\n" in a
 * "\r\n" file, or in an old Mac file whose lines end with "\r" alone.
 */
function detectNewline(text: string): Newline {
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
    } else if (c === '"' && fieldStart) inQuotes = true;
    else if (c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
    else if (c === '\n') return '\n';
    else fieldStart = c === ',' || c === ';' || c === '\t' || c === '|';
  }
  // No line break outside quotes (one record, or a quote that never closes): the first one at all.
  const firstLf = text.indexOf('\n');
  if (firstLf > 0 && text[firstLf - 1] === '\r') return '\r\n';
  if (firstLf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

export type Newline = '\r\n' | '\n' | '\r';

// Files that are not text at all, as decodeBytes leaves them (byte for byte as Windows-1252).
const BINARY_SIGNATURES: readonly (readonly [string, string])[] = [
  ['PK\u0003\u0004', 'a zip archive (an Excel .xlsx workbook is one): open it in Excel and save it as "CSV (comma delimited)"'],
  ['PK\u0005\u0006', 'an empty zip archive'],
  ['\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1', 'an old Excel workbook (.xls): open it in Excel and save it as "CSV (comma delimited)"'],
  ['%PDF-', 'a PDF document: download the data as CSV instead'],
  ['\u2030PNG\r\n\u001a\n', 'a PNG image'],
  ['\u00ff\u00d8\u00ff', 'a JPEG image'],
  ['\u001f\u2039', 'a gzip-compressed file: decompress it first'],
];

function binaryReason(text: string): string | null {
  const signature = BINARY_SIGNATURES.find(([prefix]) => text.startsWith(prefix));
  if (signature) return `This is not a CSV file: it is ${signature[1]}.`;
  const nul = text.indexOf('\u0000');
  if (nul < 0) return null;
  let line = 1;
  for (let i = 0; i < nul; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
  return `Line ${line} contains a NUL character (binary data): this is not a text CSV export, or the file is damaged. Export it again as CSV.`;
}

function parseAll(text: string, delimiter: Delimiter, newline: Newline, preview?: number): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter, newline, header: false, dynamicTyping: false, skipEmptyLines: false, ...(preview ? { preview } : {}) });
}

export const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** How well a delimiter explains the sample: most records share one field count greater than one. */
export function scoreDelimiter(records: string[][]): { fields: number; consistency: number } {
  const counts = new Map<number, number>();
  const nonBlank = records.filter((r) => !isBlank(r));
  for (const r of nonBlank) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let fields = 1;
  let best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > fields)) [fields, best] = [n, c];
  return { fields, consistency: nonBlank.length ? best / nonBlank.length : 0 };
}

/** Lexicographic comparison; equal ranks keep the earlier delimiter. */
function outranks(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The delimiter that best explains the sample, its field count, and how many whole records the sample held. */
export function chooseDelimiter(text: string, newline: Newline): { delimiter: Delimiter; fields: number; sampled: number } {
  let choice: { delimiter: Delimiter; fields: number; rank: number[] } | null = null;
  let sampled = 0;
  // A bounded sample: a huge first record costs one bounded parse per delimiter, not four of the whole file.
  const cut = text.length > SAMPLE_CHARS;
  const sample = cut ? text.slice(0, SAMPLE_CHARS) : text;
  for (const delimiter of DELIMITERS) {
    const parsed = parseAll(sample, delimiter, newline, SAMPLE_RECORDS);
    const records = parsed.data;
    // The last record of a cut sample may itself be cut.
    if (cut && records.length < SAMPLE_RECORDS) records.pop();
    sampled = Math.max(sampled, records.length);
    const { fields, consistency } = scoreDelimiter(records);
    if (fields <= 1) continue;
    // The most consistent field count wins. On a tie, the quotes decide: a wrong delimiter breaks
    // the quoted values that hold the right one (#600) into quote errors or quote characters left
    // inside values (the right one leaves only the halves of doubled ""), and quotes open and close
    // next to the right delimiter. Then more columns ("a;b" on "," is one column everywhere).
    const quoteErrors = parsed.errors.filter((e) => (e.row ?? 0) < records.length).length;
    let quotesInValues = 0;
    for (const record of records) for (const cell of record) if (cell.includes('"')) quotesInValues += cell.split('"').length - 1;
    const quotesAtDelimiter = sample.split(`${delimiter}"`).length + sample.split(`"${delimiter}`).length - 2;
    const rank = [consistency, quoteErrors > 0 ? 0 : 1, -quotesInValues, quotesAtDelimiter, fields];
    if (!choice || outranks(rank, choice.rank)) choice = { delimiter, fields, rank };
  }
  return choice ? { delimiter: choice.delimiter, fields: choice.fields, sampled } : { delimiter: ',', fields: 1, sampled };
}

export const TOTAL_ROW = /^\s*(grand\s+)?totals?\b|^\s*sum\b/i;

export function looksLikeHeader(cells: readonly string[], fields: number): boolean {
  if (cells.length !== fields) return false;
  const filled = cells.filter((c) => c.trim() !== '');
  // A header names its columns: mostly non-empty, mostly not numbers.
  return filled.length >= Math.ceil(fields / 2) && filled.filter((c) => /^[-+£$€(]?[\d.,\s]+\)?$/.test(c.trim())).length <= filled.length / 4;
}

const ONE_COLUMN =
  'Every row has only one column, so the separator between columns could not be found (tried comma, semicolon, tab and |). Open the file in a spreadsheet and save it as "CSV (comma delimited)".';

/** Values beyond the header's columns cannot be matched to a column: the row would be misread. */
export const hasExtraValues = (cells: readonly string[], columns: number): boolean => cells.length > columns && cells.slice(columns).some((c) => c.trim() !== '');

/** Why a "Total…" row below the data is left out, quoting it. */
export const totalRowReason = (cells: readonly string[]): string => `total row after the data ("${cells.filter((c) => c.trim()).join(', ').slice(0, 60)}")`;

const tooManyValues = (rowNumber: number, values: number, columns: number) =>
  `Row ${rowNumber} has ${values} values but the header names ${columns} columns, so its values cannot be matched to columns (is a value such as £1,234.56 missing its quotes?). Fix that row and import again.`;

export interface TextShape {
  newline: Newline;
  delimiter: Delimiter;
  /** Field count of the sample's records (0 when the delimiter was given, not detected). */
  fields: number;
}

/** What can be told before reading the records: empty, binary, one column, else the line ending and delimiter. */
export function textShape(text: string, options: { delimiter?: Delimiter } = {}): { ok: true; shape: TextShape } | { ok: false; reason: string } {
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const binary = binaryReason(text);
  if (binary) return { ok: false, reason: binary };
  const newline = detectNewline(text);
  const detected = options.delimiter ? { delimiter: options.delimiter, fields: 0, sampled: 0 } : chooseDelimiter(text, newline);
  // Decided from whole records of the sample: no need to hold millions of one-cell rows to say so.
  if (detected.fields === 1 && detected.sampled >= 2) return { ok: false, reason: ONE_COLUMN };
  return { ok: true, shape: { newline, delimiter: detected.delimiter, fields: detected.fields } };
}

/** Two columns with one name: a layout would silently read the first and ignore the other. */
export function duplicateColumnReason(header: readonly string[]): string | null {
  const seen = new Map<string, number>();
  for (const [i, name] of header.entries()) {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (name !== '' && first !== undefined) {
      return `Columns ${first + 1} and ${i + 1} are both called "${name.slice(0, 60)}", so it is not clear which one to read. Rename one of them and import again.`;
    }
    seen.set(key, i);
  }
  return null;
}

export function readCsvTable(text: string, options: { delimiter?: Delimiter } = {}): CsvTableResult {
  const shaped = textShape(text, options);
  if (!shaped.ok) return shaped;
  const { newline, ...detected } = shaped.shape;
  // The same rows as one Papa.parse of the whole text, read in chunks so that a quote that never
  // closes or a giant record stops at MAX_RECORD_CHARS instead of being buffered to the end.
  const records: string[][] = [];
  const parsed = parseCsvChunked(text, detected.delimiter, newline, PARSE_CHUNK_CHARS, (rows) => {
    for (const row of rows) records.push(row);
  }, { maxRecordChars: MAX_RECORD_CHARS, maxErrors: 1 });
  const tooLong = parsed.stopped?.reason === 'record-too-long' ? parsed.stopped : null;
  if (tooLong && !tooLong.openQuote) {
    return { ok: false, reason: `Row ${tooLong.row + 1} is over ${MAX_RECORD_CHARS.toLocaleString('en-GB')} characters long: this is not a bill or meter export.` };
  }
  const unterminated = tooLong ? tooLong.row : parsed.missingQuoteRow;
  if (unterminated !== null) {
    return { ok: false, reason: `Row ${unterminated + 1}: a quote (") opens a value that never closes, so the rest of the file cannot be read. Check that row in a spreadsheet.` };
  }
  // A quote inside a quoted value that is not doubled: PapaParse guesses where the value ends, and a
  // wrong guess merges the following rows into that value.
  const badQuote = parsed.errors.find((e) => e.code === 'InvalidQuotes');
  if (badQuote) {
    return { ok: false, reason: `Row ${badQuote.row + 1}: a quote (") inside a quoted value is not doubled (""), so where the value ends is unclear and rows could run together. Check that row in a spreadsheet.` };
  }
  const longField = records.findIndex((r) => r.some((c) => c.length > MAX_FIELD_CHARS));
  if (longField >= 0) return { ok: false, reason: `Row ${longField + 1} has a value over ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters: this is not a bill or meter export.` };
  const fields = detected.fields || scoreDelimiter(records.slice(0, SAMPLE_RECORDS)).fields;
  if (fields <= 1) return { ok: false, reason: ONE_COLUMN };
  const headerIndex = records.findIndex((r) => looksLikeHeader(r, fields));
  if (headerIndex < 0) {
    // Typically a header naming N columns over rows split into more by an unquoted "£1,234.56".
    const first = records.findIndex((r) => !isBlank(r));
    const firstRecord = records[first] ?? [];
    const wider = records.findIndex((r, i) => i > first && r.length > firstRecord.length);
    if (firstRecord.length > 1 && wider > 0 && looksLikeHeader(firstRecord, firstRecord.length)) return { ok: false, reason: tooManyValues(wider + 1, (records[wider] ?? []).length, firstRecord.length) };
    return { ok: false, reason: `No header row was found: expected a row naming ${fields} columns.` };
  }
  const header = (records[headerIndex] ?? []).map((h) => h.trim());
  const duplicate = duplicateColumnReason(header);
  if (duplicate) return { ok: false, reason: duplicate };
  const preamble = records.slice(0, headerIndex).map((r) => r.join(detected.delimiter)).filter((l) => l.trim() !== '');

  const rows: TableRow[] = [];
  const skipped: SkippedRow[] = [];
  const body = records.slice(headerIndex + 1);
  // Trailing blank and total rows are furniture; blank rows between data rows are skipped too.
  let lastData = body.length - 1;
  while (lastData >= 0 && (isBlank(body[lastData] ?? []) || TOTAL_ROW.test((body[lastData] ?? [])[0] ?? ''))) lastData--;
  let extraValues: { rowNumber: number; count: number } | undefined;
  body.forEach((cells, i) => {
    const rowNumber = headerIndex + 2 + i;
    if (isBlank(cells)) {
      skipped.push({ rowNumber, reason: 'blank row' });
      return;
    }
    if (i > lastData) {
      skipped.push({ rowNumber, reason: totalRowReason(cells) });
      return;
    }
    if (hasExtraValues(cells, header.length)) {
      extraValues ??= { rowNumber, count: cells.length };
      return;
    }
    rows.push({ rowNumber, cells });
  });
  if (extraValues) return { ok: false, reason: tooManyValues(extraValues.rowNumber, extraValues.count, header.length) };
  // A trailing newline makes one empty record: not worth reporting.
  if (skipped.at(-1)?.rowNumber === headerIndex + 1 + body.length && isBlank(body.at(-1) ?? [])) skipped.pop();
  if (rows.length === 0) return { ok: false, reason: 'The file has a header but no data rows.' };
  return { ok: true, table: { delimiter: detected.delimiter, headerRowNumber: headerIndex + 1, header, rows, preamble, skipped } };
}
