import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import {
  emptyReportInputs,
  reportInputSchemas,
  type ReductionAction,
  type ReductionActionInput,
  type ReportInputKey,
  type ReportInputs,
} from '../../../shared/domain/reports';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { reductionActions, reportInputs } from '../db/schema';
import { AppFailure } from '../errors';
import { getSite } from '../workspaces/organisation-repository';

type Audit = (record: AuditRecord) => void;

const inputKeys = Object.keys(reportInputSchemas) as ReportInputKey[];

/**
 * Every report input, each key validated by its own schema. A stored value that no longer passes
 * (written by another version) reads as unset rather than breaking every report.
 */
export function readReportInputs(db: WorkspaceDb): ReportInputs {
  const stored = new Map(db.select().from(reportInputs).all().map((r) => [r.key, r.valueJson]));
  const result: Record<string, unknown> = { ...emptyReportInputs };
  for (const key of inputKeys) {
    const json = stored.get(key);
    if (json === undefined) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      continue;
    }
    const parsed = reportInputSchemas[key].safeParse(raw);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as ReportInputs;
}

/** Writes the keys given (others stay as they are), audited, in the caller's transaction. */
export function updateReportInputs(db: WorkspaceDb, patch: Partial<ReportInputs>, now: Date, audit: Audit): ReportInputs {
  const before = readReportInputs(db);
  const at = now.toISOString();
  const changed: ReportInputKey[] = [];
  for (const key of inputKeys) {
    if (!(key in patch) || patch[key] === undefined) continue;
    const valueJson = JSON.stringify(patch[key]);
    db.insert(reportInputs).values({ key, valueJson, updatedAt: at }).onConflictDoUpdate({ target: reportInputs.key, set: { valueJson, updatedAt: at } }).run();
    changed.push(key);
  }
  const after = readReportInputs(db);
  if (changed.length > 0) {
    audit({ action: 'update', entity: 'report-inputs', entityId: 'workspace', summary: `Updated report details: ${changed.join(', ')}`, before: pick(before, changed), after: pick(after, changed) });
  }
  return after;
}

function pick(inputs: ReportInputs, keys: readonly ReportInputKey[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, inputs[k]]));
}

export function listReductionActions(db: WorkspaceDb): ReductionAction[] {
  return db.select().from(reductionActions).orderBy(asc(reductionActions.status), asc(reductionActions.title)).all();
}

function checkAction(db: WorkspaceDb, input: ReductionActionInput): void {
  if (input.siteId !== null) getSite(db, input.siteId);
  if (input.status === 'completed' && input.completedOn === null) {
    throw new AppFailure('VALIDATION', 'A completed action needs the date it was completed.', { completedOn: 'Enter the date it was completed' });
  }
  if (input.startedOn && input.completedOn && input.completedOn < input.startedOn) {
    throw new AppFailure('VALIDATION', 'The completion date is before the start date.', { completedOn: 'Must be on or after the start date' });
  }
}

export function createReductionAction(db: WorkspaceDb, input: ReductionActionInput, now: Date, audit: Audit): ReductionAction {
  checkAction(db, input);
  const at = now.toISOString();
  const row = db.insert(reductionActions).values({ id: randomUUID(), ...input, createdAt: at, updatedAt: at }).returning().get();
  audit({ action: 'create', entity: 'reduction-action', entityId: row.id, summary: `Added energy-saving action "${row.title}" (${row.status})`, before: null, after: row });
  return row;
}

function getAction(db: WorkspaceDb, id: string): ReductionAction {
  const row = db.select().from(reductionActions).where(eq(reductionActions.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That energy-saving action no longer exists.');
  return row;
}

export function updateReductionAction(db: WorkspaceDb, id: string, input: ReductionActionInput, now: Date, audit: Audit): ReductionAction {
  const before = getAction(db, id);
  checkAction(db, input);
  const row = db.update(reductionActions).set({ ...input, updatedAt: now.toISOString() }).where(eq(reductionActions.id, id)).returning().get();
  audit({ action: 'update', entity: 'reduction-action', entityId: id, summary: `Updated energy-saving action "${row.title}"`, before, after: row });
  return row;
}

export function deleteReductionAction(db: WorkspaceDb, id: string, audit: Audit): void {
  const before = getAction(db, id);
  db.delete(reductionActions).where(eq(reductionActions.id, id)).run();
  audit({ action: 'delete', entity: 'reduction-action', entityId: id, summary: `Deleted energy-saving action "${before.title}"`, before, after: null });
}
