import { MAX_IMPORT_BYTES } from '../../../../shared/domain/imports';

/** A file the person chose, read into memory as the contract carries it. */
export interface LoadedFile {
  fileName: string;
  sizeBytes: number;
  contentBase64: string;
}

export const ACCEPTED_FILE_TYPES = '.csv,.txt,text/csv';

export const TOO_LARGE_MESSAGE = 'The file is larger than 25 MB: import it with the command line (carbonrecycling import)';

/** Why a file cannot be imported here, before reading a byte of it; null when it can. */
export function refuseFile(file: { name: string; size: number }): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.sqlite')) return `"${file.name}" is a workspace file. Open workspaces from the Workspace menu at the top of the window.`;
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/.test(name)) {
    return `"${file.name}" is a spreadsheet workbook. Open it in your spreadsheet program, save it as CSV (for example “CSV UTF-8” in Excel) and import that file.`;
  }
  if (name.endsWith('.pdf')) return `"${file.name}" is a PDF. The app cannot read bills as PDFs: download the CSV export from your supplier, or enter the bill on the Activity data page.`;
  if (!/\.(csv|txt|tsv)$/.test(name)) return `"${file.name}" is not a CSV or text file. Export the data as CSV and import that file.`;
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > MAX_IMPORT_BYTES) return TOO_LARGE_MESSAGE;
  return null;
}

/** The file's bytes as base64, read by the browser (a data: URL is base64 already). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('The file could not be read. It may have been moved, or be open in another program.'));
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
