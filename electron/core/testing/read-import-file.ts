import { createHash } from 'node:crypto';
import type { CsvTable } from '../importers/csv-table';
import { decodeBytes, type DecodedText } from '../importers/decode';
import { tableOf } from '../importers/import-service';

/**
 * For tests: a file read the whole-file way (bytes → decoded text → table, or the refusal an import
 * gives), to check the reader itself and to hold the stream and the preview to it.
 */
export function readImportFile(bytes: Uint8Array): { sha256: string; decoded: DecodedText; table: CsvTable } {
  const decoded = decodeBytes(bytes);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), decoded, table: tableOf(decoded.text) };
}
