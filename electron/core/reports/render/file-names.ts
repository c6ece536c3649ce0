import type { ReportDocument, ReportFormat } from '../../../../shared/domain/report-document';

const kindStems: Record<ReportDocument['kind'], string> = { secr: 'SECR', crp: 'Carbon-Reduction-Plan', ghg: 'GHG-Inventory' };

const mimeTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

/**
 * Letters, digits and single hyphens only: safe on Windows, macOS and Linux, in e-mail
 * attachments and in URLs ("Café & Co. Ltd" → "Cafe-Co-Ltd").
 */
function safeStem(text: string, maxLength: number): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const stem = ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return stem.slice(0, maxLength).replace(/-+$/, '');
}

/** "SECR-2024-Acme-Widgets-Ltd.pdf"; a sample report says so in its name too. */
export function reportFileName(document: ReportDocument, format: ReportFormat): string {
  const organisation = safeStem(document.organisationName, 60) || 'Organisation';
  const sample = document.sample ? '-SAMPLE' : '';
  return `${kindStems[document.kind]}-${document.reportingYear}-${organisation}${sample}.${format}`;
}

export function reportMimeType(format: ReportFormat): string {
  return mimeTypes[format];
}
