import type { ReportFile } from '../../../../shared/domain/reports';
import { downloadBase64 } from '../../lib/download';

/** Saves an exported report (PDF, XLSX, CSV or JSON, sent as base64) exactly as it was made. */
export function downloadReportFile(file: ReportFile): void {
  downloadBase64(file.fileName, file.base64, file.mimeType);
}
