import type { ReportDocument, ReportKind } from '../../../shared/domain/report-document';
import type { WorkspaceDb } from '../db/connection';
import { buildCrp } from './crp';
import { buildGhg } from './ghg';
import { loadReportData } from './report-data';
import { buildSecr } from './secr';

export const reportTitles: Record<ReportKind, string> = {
  secr: 'Streamlined Energy and Carbon Reporting (SECR)',
  crp: 'Carbon Reduction Plan',
  ghg: 'Greenhouse gas inventory (GHG Protocol)',
};

/**
 * Builds a report from the current calculation run. Nothing is stored: publishing freezes the
 * document this returns. Numbers are left unrounded; the renderers round for display.
 */
export function buildReport(db: WorkspaceDb, kind: ReportKind, year: number, now: Date): ReportDocument {
  const data = loadReportData(db, kind, year);
  const built = kind === 'secr' ? buildSecr(db, data) : kind === 'crp' ? buildCrp(data, now) : buildGhg(data);
  return {
    kind,
    title: `${reportTitles[kind]} ${year}`,
    organisationName: data.organisation.name,
    companiesHouseNumber: data.organisation.companiesHouseNumber,
    reportingYear: year,
    periodStart: data.current.start,
    periodEnd: data.current.end,
    generatedAt: now.toISOString(),
    runId: data.run.id,
    runNumber: data.run.number,
    inputsSha256: data.inputsSha256,
    sample: data.sample,
    warnings: built.warnings,
    sections: built.sections,
  };
}
