import { reportDocumentSchema, type ReportDocument, type ReportFormat } from '../../../../shared/domain/report-document';
import { AppFailure } from '../../errors';
import { renderCsv } from './csv';
import type { PdfOptions } from './pdf';

export { reportFileName, reportMimeType } from './file-names';

/**
 * One report document as a file: PDF, XLSX, CSV or JSON. The document is checked against its
 * schema first, so a malformed one fails here with the reason instead of as a broken file.
 */
export async function renderReport(document: ReportDocument, format: ReportFormat, options: PdfOptions = {}): Promise<Uint8Array> {
  const checked = reportDocumentSchema.safeParse(document);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new AppFailure('VALIDATION', `The report could not be exported: it is not a valid report document (${issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'unknown problem'}).`);
  }
  // The PDF and spreadsheet libraries are loaded on the first export, not with the app: together
  // they are ~50 MB of memory and 0.2 s of start-up that most sessions never use.
  switch (format) {
    case 'pdf': {
      const { renderPdf } = await import('./pdf');
      return renderPdf(checked.data, options);
    }
    case 'xlsx': {
      const { renderXlsx } = await import('./xlsx');
      return renderXlsx(checked.data);
    }
    case 'csv':
      return renderCsv(checked.data);
    case 'json':
      return new TextEncoder().encode(`${JSON.stringify(checked.data, null, 2)}\n`);
  }
}
