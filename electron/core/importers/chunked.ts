import Papa from 'papaparse';

// The streaming path for big files: PapaParse's own parser fed `chunkSize` characters at a time, the
// unfinished last record carried over to the next chunk, as Papa's ChunkStreamer does, but:
// - no recursion per chunk (Papa's StringStreamer recurses once per chunk: a deep stack for small chunks);
// - errors PapaParse reports for the unfinished record at the end of a chunk are dropped: they are
//   artefacts of the cut (#1103: a chunk ending on the "\r" of "\r\n" after a closing quote raises a
//   bogus InvalidQuotes), and that record is parsed again, whole, with the next chunk;
// - the line ending is given, never guessed from a truncated first chunk (PR #1134);
// - row numbers in errors are absolute (Papa's count from the start of each chunk);
// - an unfinished record longer than `maxRecordChars` stops the parse (a bounded refusal, instead of
//   buffering a never-closing quote to the end of a huge file).
// For any text and any chunk size the rows are those of one whole-string Papa.parse (proved by
// chunked.property.test.ts).

export type ChunkNewline = '\r\n' | '\n' | '\r';

export interface ChunkedParseError {
  /** PapaParse's code: MissingQuotes (a quote never closes) or InvalidQuotes (text after a closing quote). */
  code: string;
  message: string;
  /** 0-based index of the record, counted from the start of the text. */
  row: number;
}

export interface ChunkedParseSummary {
  /** Records delivered to onRows. */
  rows: number;
  /** The first `maxErrors` errors, in order. */
  errors: ChunkedParseError[];
  errorCount: number;
  /** 0-based record index where a quote opens a value that never closes (MissingQuotes), or null. */
  missingQuoteRow: number | null;
  /**
   * Set when parsing stopped early: onRows returned false, or a record grew past maxRecordChars
   * (`openQuote`: the record ends inside a quoted value, so a quote may never close).
   */
  stopped: null | { reason: 'callback' } | { reason: 'record-too-long'; row: number; chars: number; openQuote: boolean };
}

export interface ChunkedParseOptions {
  /** Stop when one record (still unfinished at a chunk's end) is longer than this. Default: no limit. */
  maxRecordChars?: number;
  /** How many errors to keep (all are counted). Default 100. */
  maxErrors?: number;
}

interface PapaErrorLike {
  code?: string;
  message?: string;
  row?: number;
}

/**
 * Parses `text` in chunks of `chunkSize` characters; `onRows` receives each chunk's complete records
 * with the 0-based index of the first one and how many characters of the text have been read (for
 * progress). Return false from onRows to stop.
 */
export function parseCsvChunked(
  text: string,
  delimiter: string,
  newline: ChunkNewline,
  chunkSize: number,
  onRows: (rows: string[][], firstRow: number, charsRead: number) => void | boolean,
  options: ChunkedParseOptions = {},
): ChunkedParseSummary {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer, not ${chunkSize}`);
  const maxErrors = options.maxErrors ?? 100;
  const summary: ChunkedParseSummary = { rows: 0, errors: [], errorCount: 0, missingQuoteRow: null, stopped: null };
  // Papa.parse strips a BOM from string input; so does this, to give the same rows.
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', header: false, dynamicTyping: false });
  let carried = '';
  for (let at = 0; at < input.length; ) {
    const end = Math.min(at + chunkSize, input.length);
    const last = end === input.length;
    const aggregate = carried + input.slice(at, end);
    at = end;
    const result = parser.parse(aggregate, 0, !last) as { data: string[][]; errors: PapaErrorLike[]; meta: { cursor: number } };
    const rows = result.data;
    for (const error of result.errors) {
      const row = error.row ?? rows.length;
      // An error in the record still unfinished at the end of this chunk belongs to the cut.
      if (!last && row >= rows.length) continue;
      summary.errorCount++;
      if (error.code === 'MissingQuotes') summary.missingQuoteRow ??= summary.rows + row;
      if (summary.errors.length < maxErrors) summary.errors.push({ code: error.code ?? 'Unknown', message: error.message ?? '', row: summary.rows + row });
    }
    const firstRow = summary.rows;
    summary.rows += rows.length;
    if (rows.length > 0 && onRows(rows, firstRow, at) === false) {
      summary.stopped = { reason: 'callback' };
      return summary;
    }
    carried = last ? '' : aggregate.slice(result.meta.cursor);
    if (options.maxRecordChars !== undefined && carried.length > options.maxRecordChars) {
      summary.stopped = { reason: 'record-too-long', row: summary.rows, chars: carried.length, openQuote: endsInsideQuotes(carried, delimiter, newline) };
      return summary;
    }
  }
  return summary;
}

/**
 * Whether an unfinished record ends inside a quoted value, judged as Papa's parser does: a quote
 * opens a value only at the start of a field, and closes it only before a delimiter or line break
 * ("" is an escaped quote; any other quote inside is literal).
 */
function endsInsideQuotes(record: string, delimiter: string, newline: string): boolean {
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < record.length; i++) {
    if (inQuotes) {
      const close = record.indexOf('"', i);
      if (close < 0) return true;
      i = close;
      if (record[close + 1] === '"') {
        i++;
        continue;
      }
      let next = close + 1;
      while (next < record.length && /\s/.test(record[next] ?? '') && !record.startsWith(delimiter, next) && !record.startsWith(newline, next)) next++;
      if (next === record.length || record.startsWith(delimiter, next) || record.startsWith(newline, next)) inQuotes = false;
      continue;
    }
    if (record[i] === '"' && fieldStart) inQuotes = true;
    else fieldStart = record.startsWith(delimiter, i) || record.startsWith(newline, i);
  }
  return inQuotes;
}
