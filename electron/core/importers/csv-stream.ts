import { parseCsvChunked } from './chunked';
import {
  duplicateColumnReason,
  hasExtraValues,
  isBlank,
  looksLikeHeader,
  MAX_FIELD_CHARS,
  MAX_RECORD_CHARS,
  PARSE_CHUNK_CHARS,
  SAMPLE_RECORDS,
  scoreDelimiter,
  textShape,
  TOTAL_ROW,
  totalRowReason,
  type Delimiter,
  type CsvTable,
  type Newline,
  type SkippedRow,
  type TableRow,
} from './csv-table';

// A big export read a batch of rows at a time, so a profile can map it without a million row arrays
// ever being alive together (the whole-file table of a year of half-hourly data is ~200 MB of small
// objects, and collecting them is a good part of the import's time). The rows, their numbers and the
// skipped blank and total rows are exactly readCsvTable's; a file the clean path cannot vouch for
// (a quote problem, an overlong value, a header far down, no data rows) is handed back to
// readCsvTable, whose reasons explain it. csv-stream.test.ts holds the two to the same rows.

/** The header is looked for in this many records at the top (supplier preambles are a few lines). */
const HEAD_RECORDS = 1_000;

export interface CsvHead {
  delimiter: Delimiter;
  /** 1-based row number of the header. */
  headerRowNumber: number;
  header: string[];
  /** Lines above the header. */
  preamble: string[];
}

/** The data rows of a file, delivered in order a batch at a time; a second pass reads the text again. */
export interface RowBatches {
  header: readonly string[];
  forEachBatch(onBatch: (rows: readonly TableRow[]) => void): void;
}

/** A table already in memory, as batches (one): how small files and tests feed a streaming profile. */
export function tableBatches(table: Pick<CsvTable, 'header' | 'rows'>): RowBatches {
  return { header: table.header, forEachBatch: (onBatch) => onBatch(table.rows) };
}

/** Thrown during a pass when the file needs the whole-file reader to say what is wrong with it. */
export class CsvStreamFallback extends Error {
  constructor(what: string) {
    super(`The file needs the whole-file reader: ${what}`);
  }
}

export interface CsvPass {
  /** Data rows delivered. */
  rows: number;
  skipped: SkippedRow[];
}

export interface CsvStream extends RowBatches {
  head: CsvHead;
  /**
   * One pass over the data rows; `charsRead` of `textLength` is how far into the text the batch ends.
   * Throws CsvStreamFallback when the file is not clean (nothing delivered before then may be kept).
   */
  forEachBatch(onBatch: (rows: readonly TableRow[], charsRead: number) => void): CsvPass;
  textLength: number;
}

/** The head of a clean file and a way to read its rows in batches, or null: use readCsvTable. */
export function openCsvStream(text: string, options: { delimiter?: Delimiter; chunkChars?: number } = {}): CsvStream | null {
  const shaped = textShape(text, options);
  if (!shaped.ok) return null;
  const { newline, delimiter } = shaped.shape;
  const chunkChars = options.chunkChars ?? PARSE_CHUNK_CHARS;
  const top: string[][] = [];
  const headParse = parseCsvChunked(text, delimiter, newline, chunkChars, (rows) => {
    for (const row of rows) if (top.length < HEAD_RECORDS) top.push(row);
    return top.length < HEAD_RECORDS;
  }, { maxRecordChars: MAX_RECORD_CHARS, maxErrors: 1 });
  if (headParse.errorCount > 0 || (headParse.stopped !== null && headParse.stopped.reason !== 'callback')) return null;
  const fields = shaped.shape.fields || scoreDelimiter(top.slice(0, SAMPLE_RECORDS)).fields;
  if (fields <= 1) return null;
  const headerIndex = top.findIndex((r) => looksLikeHeader(r, fields));
  if (headerIndex < 0 || top.slice(0, headerIndex + 1).some((r) => r.some((c) => c.length > MAX_FIELD_CHARS))) return null;
  const header = (top[headerIndex] ?? []).map((h) => h.trim());
  if (duplicateColumnReason(header)) return null;
  const head: CsvHead = {
    delimiter,
    headerRowNumber: headerIndex + 1,
    header,
    preamble: top.slice(0, headerIndex).map((r) => r.join(delimiter)).filter((l) => l.trim() !== ''),
  };
  return { head, header, textLength: text.length, forEachBatch: (onBatch) => readPass(text, newline, head, chunkChars, onBatch) };
}

function readPass(text: string, newline: Newline, head: CsvHead, chunkChars: number, onBatch: (rows: readonly TableRow[], charsRead: number) => void): CsvPass {
  const columns = head.header.length;
  const skipped: SkippedRow[] = [];
  // Blank and total-looking rows wait for what follows: before more data they are a skipped blank
  // row or an ordinary row; at the end of the file they are furniture.
  let pending: { rowNumber: number; cells: string[]; blank: boolean }[] = [];
  let dataRows = 0;
  const parsed = parseCsvChunked(text, head.delimiter, newline, chunkChars, (records, firstRow, charsRead) => {
    const batch: TableRow[] = [];
    const take = (rowNumber: number, cells: string[]) => {
      if (hasExtraValues(cells, columns)) throw new CsvStreamFallback(`row ${rowNumber} has more values than columns`);
      batch.push({ rowNumber, cells });
    };
    for (let i = 0; i < records.length; i++) {
      const rowNumber = firstRow + i + 1;
      const cells = records[i] ?? [];
      if (rowNumber <= head.headerRowNumber) continue;
      for (const cell of cells) if (cell.length > MAX_FIELD_CHARS) throw new CsvStreamFallback(`row ${rowNumber} has an overlong value`);
      const blank = isBlank(cells);
      if (blank || TOTAL_ROW.test(cells[0] ?? '')) {
        pending.push({ rowNumber, cells, blank });
        continue;
      }
      for (const p of pending) {
        if (p.blank) skipped.push({ rowNumber: p.rowNumber, reason: 'blank row' });
        else take(p.rowNumber, p.cells);
      }
      pending = [];
      take(rowNumber, cells);
    }
    if (batch.length > 0) {
      dataRows += batch.length;
      onBatch(batch, charsRead);
    }
  }, { maxRecordChars: MAX_RECORD_CHARS, maxErrors: 1 });
  if (parsed.stopped !== null || parsed.errorCount > 0) throw new CsvStreamFallback('a quote or record problem');
  for (const p of pending) {
    skipped.push({ rowNumber: p.rowNumber, reason: p.blank ? 'blank row' : totalRowReason(p.cells) });
  }
  // A trailing newline makes one empty record: not worth reporting.
  const last = pending.at(-1);
  if (last?.blank && last.rowNumber === parsed.rows) skipped.pop();
  if (dataRows === 0) throw new CsvStreamFallback('no data rows');
  return { rows: dataRows, skipped };
}
