import Papa from 'papaparse';

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

const SAMPLE_RECORDS = 60;
const MAX_FIELD_CHARS = 100_000;

function detectNewline(text: string): Newline {
  const firstLf = text.indexOf('\n');
  if (firstLf > 0 && text[firstLf - 1] === '\r') return '\r\n';
  if (firstLf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

type Newline = '\r\n' | '\n' | '\r';

function parseAll(text: string, delimiter: Delimiter, newline: Newline, preview?: number): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter, newline, header: false, dynamicTyping: false, skipEmptyLines: false, ...(preview ? { preview } : {}) });
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** How well a delimiter explains the sample: most records share one field count greater than one. */
function scoreDelimiter(records: string[][]): { fields: number; consistency: number } {
  const counts = new Map<number, number>();
  const nonBlank = records.filter((r) => !isBlank(r));
  for (const r of nonBlank) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let fields = 1;
  let best = 0;
  for (const [n, c] of counts) if (c > best || (c === best && n > fields)) [fields, best] = [n, c];
  return { fields, consistency: nonBlank.length ? best / nonBlank.length : 0 };
}

export function chooseDelimiter(text: string, newline: Newline): { delimiter: Delimiter; fields: number } {
  let choice: { delimiter: Delimiter; fields: number; score: number } = { delimiter: ',', fields: 1, score: -1 };
  for (const delimiter of DELIMITERS) {
    const { fields, consistency } = scoreDelimiter(parseAll(text, delimiter, newline, SAMPLE_RECORDS).data);
    // More columns break ties: "a;b" parsed on "," is one column everywhere, perfectly consistent.
    const score = fields > 1 ? consistency * 1000 + fields : 0;
    if (score > choice.score) choice = { delimiter, fields, score };
  }
  return { delimiter: choice.delimiter, fields: choice.fields };
}

const TOTAL_ROW = /^\s*(grand\s+)?totals?\b|^\s*sum\b/i;

function looksLikeHeader(cells: readonly string[], fields: number): boolean {
  if (cells.length !== fields) return false;
  const filled = cells.filter((c) => c.trim() !== '');
  // A header names its columns: mostly non-empty, mostly not numbers.
  return filled.length >= Math.ceil(fields / 2) && filled.filter((c) => /^[-+£$€(]?[\d.,\s]+\)?$/.test(c.trim())).length <= filled.length / 4;
}

export function readCsvTable(text: string, options: { delimiter?: Delimiter } = {}): CsvTableResult {
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  const newline = detectNewline(text);
  const detected = options.delimiter ? { delimiter: options.delimiter, fields: 0 } : chooseDelimiter(text, newline);
  const parsed = parseAll(text, detected.delimiter, newline);
  const unterminated = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unterminated) {
    return { ok: false, reason: `Row ${(unterminated.row ?? 0) + 1}: a quote (") opens a value that never closes, so the rest of the file cannot be read. Check that row in a spreadsheet.` };
  }
  const records = parsed.data;
  const longField = records.findIndex((r) => r.some((c) => c.length > MAX_FIELD_CHARS));
  if (longField >= 0) return { ok: false, reason: `Row ${longField + 1} has a value over ${MAX_FIELD_CHARS.toLocaleString('en-GB')} characters: this is not a bill or meter export.` };
  const fields = detected.fields || scoreDelimiter(records.slice(0, SAMPLE_RECORDS)).fields;
  if (fields <= 1) {
    return {
      ok: false,
      reason: 'Every row has only one column, so the separator between columns could not be found (tried comma, semicolon, tab and |). Open the file in a spreadsheet and save it as "CSV (comma delimited)".',
    };
  }
  const headerIndex = records.findIndex((r) => looksLikeHeader(r, fields));
  if (headerIndex < 0) return { ok: false, reason: `No header row was found: expected a row naming ${fields} columns.` };
  const header = (records[headerIndex] ?? []).map((h) => h.trim());
  const preamble = records.slice(0, headerIndex).map((r) => r.join(detected.delimiter)).filter((l) => l.trim() !== '');

  const rows: TableRow[] = [];
  const skipped: SkippedRow[] = [];
  const body = records.slice(headerIndex + 1);
  // Trailing blank and total rows are furniture; blank rows between data rows are skipped too.
  let lastData = body.length - 1;
  while (lastData >= 0 && (isBlank(body[lastData] ?? []) || TOTAL_ROW.test((body[lastData] ?? [])[0] ?? ''))) lastData--;
  body.forEach((cells, i) => {
    const rowNumber = headerIndex + 2 + i;
    if (isBlank(cells)) {
      skipped.push({ rowNumber, reason: 'blank row' });
      return;
    }
    if (i > lastData) {
      skipped.push({ rowNumber, reason: `total row after the data ("${cells.filter((c) => c.trim()).join(', ').slice(0, 60)}")` });
      return;
    }
    rows.push({ rowNumber, cells });
  });
  // A trailing newline makes one empty record: not worth reporting.
  if (skipped.at(-1)?.rowNumber === headerIndex + 1 + body.length && isBlank(body.at(-1) ?? [])) skipped.pop();
  if (rows.length === 0) return { ok: false, reason: 'The file has a header but no data rows.' };
  return { ok: true, table: { delimiter: detected.delimiter, headerRowNumber: headerIndex + 1, header, rows, preamble, skipped } };
}
