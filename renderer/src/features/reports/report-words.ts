import type { ReportFormat, ReportKind } from '../../../../shared/domain/report-document';

export const reportKindLabels: Record<ReportKind, string> = {
  secr: 'SECR (Streamlined Energy and Carbon Reporting)',
  crp: 'Carbon Reduction Plan (PPN 006)',
  ghg: 'Greenhouse gas inventory (GHG Protocol)',
};

export const reportKindShort: Record<ReportKind, string> = { secr: 'SECR', crp: 'Carbon Reduction Plan', ghg: 'GHG inventory' };

export const downloadFormats: ReadonlyArray<{ format: Exclude<ReportFormat, 'json'>; label: string }> = [
  { format: 'pdf', label: 'Download PDF' },
  { format: 'xlsx', label: 'Download Excel' },
  { format: 'csv', label: 'Download CSV' },
];

/** "2024" with an April start → "April 2024 – March 2025". */
export function reportingYearLabel(year: number, startMonth: number): string {
  const start = new Date(Date.UTC(year, startMonth - 1, 1));
  const end = new Date(Date.UTC(year + 1, startMonth - 1, 0));
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return startMonth === 1 ? String(year) : `${month.format(start)} – ${month.format(end)}`;
}

/** The reporting years worth offering: from before the base year up to the one in progress. */
export function reportingYearChoices(baseYear: number, currentYear: number): number[] {
  const first = Math.min(baseYear, currentYear - 1) - 1;
  const years: number[] = [];
  for (let y = currentYear; y >= first; y--) years.push(y);
  return years;
}
