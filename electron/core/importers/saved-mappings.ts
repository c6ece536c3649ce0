import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { savedMappings } from '../db/schema';
import { AppFailure } from '../errors';
import { mappedProfile, type ColumnMapping } from './mapping';
import type { ImportProfile } from './profiles/types';

export interface SavedMapping {
  id: string;
  name: string;
  headerSignature: string;
  mapping: ColumnMapping;
  createdAt: string;
}

export function listSavedMappings(db: WorkspaceDb): SavedMapping[] {
  return db
    .select()
    .from(savedMappings)
    .orderBy(asc(savedMappings.name))
    .all()
    .map(({ mappingJson, ...rest }) => ({ ...rest, mapping: JSON.parse(mappingJson) as ColumnMapping }));
}

/** Saved mappings as import profiles: a file with the same header is recognised next time. */
export function savedMappingProfiles(db: WorkspaceDb): ImportProfile[] {
  return listSavedMappings(db).map((m) => mappedProfile(m.mapping, { id: `mapping:${m.id}`, label: m.name, signature: m.headerSignature }));
}

export function saveMapping(db: WorkspaceDb, name: string, signature: string, mapping: ColumnMapping, now: Date, audit: (record: AuditRecord) => void): SavedMapping {
  const trimmed = name.trim();
  if (db.select({ id: savedMappings.id }).from(savedMappings).where(eq(savedMappings.headerSignature, signature)).get()) {
    throw new AppFailure('CONFLICT', 'A saved layout already recognises files with these columns. Delete it first to save a new one.');
  }
  const row = { id: randomUUID(), name: trimmed, headerSignature: signature, mappingJson: JSON.stringify(mapping), createdAt: now.toISOString() };
  db.insert(savedMappings).values(row).run();
  audit({ action: 'create', entity: 'import-layout', entityId: row.id, summary: `Saved import layout "${trimmed}"`, before: null, after: { name: trimmed, mapping } });
  return { id: row.id, name: trimmed, headerSignature: signature, mapping, createdAt: row.createdAt };
}

export function deleteMapping(db: WorkspaceDb, id: string, audit: (record: AuditRecord) => void): void {
  const row = db.select().from(savedMappings).where(eq(savedMappings.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That saved layout no longer exists.');
  db.delete(savedMappings).where(eq(savedMappings.id, id)).run();
  audit({ action: 'delete', entity: 'import-layout', entityId: id, summary: `Deleted import layout "${row.name}"`, before: { name: row.name }, after: null });
}
