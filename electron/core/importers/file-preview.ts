import { createHash } from 'node:crypto';
import type { ImportPreview } from '../../../shared/domain/imports';
import { CsvStreamFallback, openCsvStream } from './csv-stream';
import type { TableRow } from './csv-table';
import { decodeBytes } from './decode';
import { tableOf } from './import-service';

// What the Import page shows of a dropped file before it is imported. A clean file is read as a
// stream, keeping only its first rows (a 25 MB meter export previewed from a whole table held
// ~170 MB for half a second); anything else goes through the whole-file reader, which explains it.

/** The file's part of the preview (the workspace's part, layout and earlier import, is added by the caller). */
export type FilePreview = Omit<ImportPreview, 'fileName' | 'sizeBytes' | 'profile' | 'previousImport'>;

const SAMPLE_ROWS = 20;

export function previewFile(bytes: Uint8Array): FilePreview {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeBytes(bytes);
  const stream = openCsvStream(decoded.text);
  if (stream) {
    try {
      const sampleRows: TableRow[] = [];
      const pass = stream.forEachBatch((rows) => {
        for (const row of rows.slice(0, SAMPLE_ROWS - sampleRows.length)) sampleRows.push(row);
      });
      const { delimiter, headerRowNumber, header, preamble } = stream.head;
      return { sha256, encoding: decoded.description, delimiter, headerRowNumber, header, sampleRows, rowsTotal: pass.rows, preamble, skipped: pass.skipped };
    } catch (error) {
      if (!(error instanceof CsvStreamFallback)) throw error;
    }
  }
  const { delimiter, headerRowNumber, header, rows, preamble, skipped } = tableOf(decoded.text);
  return { sha256, encoding: decoded.description, delimiter, headerRowNumber, header, sampleRows: rows.slice(0, SAMPLE_ROWS), rowsTotal: rows.length, preamble, skipped };
}
