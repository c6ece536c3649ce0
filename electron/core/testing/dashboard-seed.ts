import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { WorkspaceDb } from '../db/connection';
import { calculateRecords } from '../emissions/runs/calculation-service';
import { workspaceCalculator } from '../emissions/workspace-calculator';

/** A record as the dashboard tests seed it: straight into activity_records, then calculated into the current run. */
export interface SeedRecord {
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  dataQuality?: 'metered' | 'invoice' | 'estimate' | 'spend' | 'proxy';
  estimated?: boolean;
  meter?: string | null;
  source?: 'manual' | 'import' | 'connector' | 'sample';
  importId?: string | null;
}

/** An import_files row holding `content` as its evidence, for records to point at. */
export function seedImportFile(db: WorkspaceDb, fileName: string, content: string, at = '2026-01-01T00:00:00.000Z'): string {
  const id = randomUUID();
  db.$client
    .prepare(
      `INSERT INTO import_files (id, sha256, file_name, size_bytes, encoding, delimiter, profile_id, imported_at, status, rows_total, rows_imported, rows_rejected,
         rows_duplicate, intervals_imported, warnings_json, evidence_gzip) VALUES (?, ?, ?, ?, 'utf-8', ',', 'generic-activity', ?, 'imported', 0, 0, 0, 0, 0, '[]', ?)`,
    )
    .run(id, randomUUID().replace(/-/g, ''), fileName, Buffer.byteLength(content), at, gzipSync(Buffer.from(content)));
  return id;
}

/** Writes the records and calculates them with the real calculator; call inside a transaction. */
export function seedRecords(db: WorkspaceDb, records: readonly SeedRecord[], now = new Date('2026-01-01T00:00:00Z')): string[] {
  const insert = db.$client.prepare(
    `INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, source, data_quality, meter, import_id, estimated, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids = records.map((r) => {
    const id = randomUUID();
    insert.run(id, r.siteId, r.activityId, r.periodStart, r.periodEnd, r.quantity, r.unit, r.source ?? (r.importId ? 'import' : 'manual'), r.dataQuality ?? 'invoice',
      r.meter ?? null, r.importId ?? null, r.estimated ? 1 : 0, now.toISOString(), now.toISOString());
    return id;
  });
  const { errors } = calculateRecords(db, workspaceCalculator(db), ids, now);
  if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
  return ids;
}
