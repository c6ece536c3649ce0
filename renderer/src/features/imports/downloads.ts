import { escapeFormulaText } from '../../../../shared/domain/formula-safety';
import type { ImportOutcomeView } from '../../../../shared/domain/imports';
import { downloadBlob } from '../../lib/download';

// Excel on Windows reads a CSV as UTF-8 only when it starts with a byte-order mark; without one,
// "£" and curly quotes in reasons turn into "Â£" and worse. The importer reads the mark back.
const BOM = '\uFEFF';

/** Saves text as a file through the browser's download (a Blob URL; nothing leaves the computer). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, [BOM, text], type);
}

/**
 * One CSV cell. A value that starts with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula: rejected rows
 * quote the file's own cells, and the file may be hostile.
 */
export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = typeof value === 'string' ? escapeFormulaText(text) : text;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The same columns as imports.rejectsCsv, for outcomes that wrote nothing (so have no import id). */
export function rejectsCsv(rejects: ImportOutcomeView['rejects']): string {
  const rows = rejects.map((r) => [csvCell(r.rowNumber), csvCell(r.column ?? ''), csvCell(r.reason)].join(','));
  return ['row,column,reason', ...rows].join('\r\n') + '\r\n';
}

/** "bills.csv" → "bills-rejected-rows.csv", as the backend names it. */
export function rejectsFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]+$/, '')}-rejected-rows.csv`;
}
