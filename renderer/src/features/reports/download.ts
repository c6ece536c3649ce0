import type { ReportFile } from '../../../../shared/domain/reports';

/**
 * Saves an exported report (PDF, XLSX, CSV or JSON, sent as base64) through the browser's
 * download: a Blob URL, so nothing leaves the computer. The bytes are written as they are.
 */
export function downloadReportFile(file: ReportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
