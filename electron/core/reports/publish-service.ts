import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { reportDocumentSchema, type ReportDocument, type ReportFormat, type ReportKind } from '../../../shared/domain/report-document';
import type { PublishedReportSummary, ReportFile } from '../../../shared/domain/reports';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { publishedReports } from '../db/schema';
import { AppFailure } from '../errors';
import { buildReport } from './build';
import { renderReport, reportFileName, reportMimeType } from './render';

type Audit = (record: AuditRecord) => void;

const KIND_NAMES: Record<ReportKind, string> = { secr: 'SECR report', crp: 'Carbon Reduction Plan', ghg: 'GHG inventory' };

function toSummary(row: typeof publishedReports.$inferSelect): PublishedReportSummary {
  const { documentJson: _document, ...summary } = row;
  void _document;
  return summary;
}

/** Freezes the document as built now: every number, table and text, with its run and inputs hash. */
export function publishReport(db: WorkspaceDb, kind: ReportKind, year: number, now: Date, actor: string, audit: Audit): PublishedReportSummary {
  const document = buildReport(db, kind, year, now);
  const row = db
    .insert(publishedReports)
    .values({
      id: randomUUID(),
      kind,
      reportingYear: year,
      title: document.title,
      runId: document.runId,
      inputsSha256: document.inputsSha256,
      documentJson: JSON.stringify(document),
      publishedAt: now.toISOString(),
      publishedBy: actor,
    })
    .returning()
    .get();
  const summary = toSummary(row);
  audit({ action: 'create', entity: 'published-report', entityId: row.id, summary: `Published ${KIND_NAMES[kind]} ${year}, inputs ${document.inputsSha256}`, before: null, after: { ...summary, runNumber: document.runNumber, warnings: document.warnings } });
  return summary;
}

export function listPublishedReports(db: WorkspaceDb): PublishedReportSummary[] {
  return db.select().from(publishedReports).orderBy(desc(publishedReports.publishedAt)).all().map(toSummary);
}

/** The frozen document exactly as published, whatever has been recalculated since. */
export function getPublishedReport(db: WorkspaceDb, id: string): ReportDocument {
  const row = db.select().from(publishedReports).where(eq(publishedReports.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That published report does not exist in this workspace.');
  const parsed = reportDocumentSchema.safeParse(JSON.parse(row.documentJson));
  if (!parsed.success) throw new AppFailure('WORKSPACE_CORRUPT', `The published report "${row.title}" could not be read: it was stored by an incompatible version.`);
  return parsed.data;
}

/** A file made from a preview rather than a published report says so in its name. */
function fileNameOf(document: ReportDocument, format: ReportFormat, published: boolean): string {
  const name = reportFileName(document, format);
  return published ? name : name.replace(/\.([a-z]+)$/, '-draft.$1');
}

export type ExportTarget = { id: string } | { kind: ReportKind; year: number };

/**
 * Renders a published report (its frozen document) or, given kind and year, a fresh preview
 * marked as a draft in its file name.
 */
export async function exportReport(db: WorkspaceDb, target: ExportTarget, format: ReportFormat, now: Date): Promise<{ file: ReportFile; document: ReportDocument; published: boolean }> {
  const published = 'id' in target;
  const document = published ? getPublishedReport(db, target.id) : buildReport(db, target.kind, target.year, now);
  const bytes = await renderReport(document, format);
  const file = { fileName: fileNameOf(document, format, published), mimeType: reportMimeType(format), base64: Buffer.from(bytes).toString('base64') };
  return { file, document, published };
}

export function auditExport(audit: Audit, exported: { file: ReportFile; document: ReportDocument; published: boolean }, target: ExportTarget, format: ReportFormat): void {
  const { document, file } = exported;
  audit({
    action: 'create',
    entity: 'report-export',
    entityId: 'id' in target ? target.id : `${document.kind}-${document.reportingYear}`,
    summary: `Exported ${KIND_NAMES[document.kind]} ${document.reportingYear} as ${format.toUpperCase()}${exported.published ? '' : ' (draft)'}, inputs ${document.inputsSha256}`,
    before: null,
    after: { fileName: file.fileName, format, runId: document.runId, inputsSha256: document.inputsSha256 },
  });
}
