import { asc, desc, eq, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { activityRecords, importFiles, importRejects, intervalDays, intervalReadings } from '../db/schema';
import { AppFailure } from '../errors';
import { removeRecords } from '../emissions/runs/run-repository';
import { FORMULA_START } from '../../../shared/domain/formula-safety';

export function listImports(db: WorkspaceDb) {
  return db
    .select({
      id: importFiles.id, fileName: importFiles.fileName, sha256: importFiles.sha256, sizeBytes: importFiles.sizeBytes, encoding: importFiles.encoding,
      profileId: importFiles.profileId, importedAt: importFiles.importedAt, status: importFiles.status, undoneAt: importFiles.undoneAt,
      rowsTotal: importFiles.rowsTotal, rowsImported: importFiles.rowsImported, rowsRejected: importFiles.rowsRejected,
      rowsDuplicate: importFiles.rowsDuplicate, intervalsImported: importFiles.intervalsImported, warningsJson: importFiles.warningsJson,
    })
    .from(importFiles)
    .orderBy(desc(importFiles.importedAt))
    .all()
    .map(({ warningsJson, ...rest }) => ({ ...rest, warnings: JSON.parse(warningsJson) as string[] }));
}

/**
 * Undo deletes exactly the records, readings and current-run figures this import produced (earlier
 * runs keep describing them), keeps the file and its rejects as history, and is audited.
 */
export function undoImport(db: WorkspaceDb, importId: string, now: Date, audit: (record: AuditRecord) => void): void {
  const file = db.select({ status: importFiles.status, fileName: importFiles.fileName }).from(importFiles).where(eq(importFiles.id, importId)).get();
  if (!file) throw new AppFailure('NOT_FOUND', 'That import does not exist.');
  if (file.status === 'undone') throw new AppFailure('CONFLICT', `${file.fileName} has already been undone.`);
  const recordIds = db.select({ id: activityRecords.id }).from(activityRecords).where(eq(activityRecords.importId, importId)).all().map((r) => r.id);
  removeRecords(db, recordIds);
  const packed = db.select({ n: sql<number>`coalesce(sum(${intervalDays.readings}), 0)` }).from(intervalDays).where(eq(intervalDays.importId, importId)).get()?.n ?? 0;
  db.delete(intervalDays).where(eq(intervalDays.importId, importId)).run();
  // Imports made before readings were packed per day still have them one per row.
  const readings = packed + db.delete(intervalReadings).where(eq(intervalReadings.importId, importId)).run().changes;
  db.update(importFiles).set({ status: 'undone', undoneAt: now.toISOString() }).where(eq(importFiles.id, importId)).run();
  audit({ action: 'delete', entity: 'import', entityId: importId, summary: `Undid import of ${file.fileName}: removed ${recordIds.length} records and ${readings} readings`, before: { records: recordIds.length, readings }, after: null });
}

/** Rejected rows as a CSV to fix and re-import; values are escaped so a spreadsheet never runs them as formulas. */
export function rejectsCsv(db: WorkspaceDb, importId: string): { fileName: string; csv: string } {
  const file = db.select({ fileName: importFiles.fileName }).from(importFiles).where(eq(importFiles.id, importId)).get();
  if (!file) throw new AppFailure('NOT_FOUND', 'That import does not exist.');
  const rows = db
    .select({ row: importRejects.rowNumber, column: importRejects.columnName, reason: importRejects.reason })
    .from(importRejects)
    .where(eq(importRejects.importId, importId))
    .orderBy(asc(importRejects.rowNumber), asc(importRejects.id))
    .all();
  const csv = Papa.unparse({ fields: ['row', 'column', 'reason'], data: rows.map((r) => [r.row, r.column ?? '', r.reason]) }, { escapeFormulae: FORMULA_START });
  return { fileName: `${file.fileName.replace(/\.[^.]+$/, '')}-rejected-rows.csv`, csv };
}
