import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActivityRecordView, activityRecordInputSchema, FigureView } from '../../../shared/domain/calculations';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { activityRecords, emissionFigures, figureDetails } from '../db/schema';
import { AppFailure } from '../errors';
import { calculateRecords } from '../emissions/runs/calculation-service';
import type { CalculateFn } from '../emissions/runs/figures';
import { currentRun, removeRecords } from '../emissions/runs/run-repository';
import { getSite } from '../workspaces/organisation-repository';

type RecordFields = z.output<typeof activityRecordInputSchema>;

// Which form field a calculator refusal belongs under.
const FIELD_OF_ERROR: Record<string, string> = { BAD_UNIT: 'unit', BAD_INPUT: 'quantity', UNKNOWN_ACTIVITY: 'activityId', NO_FACTOR: 'activityId', NO_FACTOR_SET: 'periodStart' };
type Audit = (record: AuditRecord) => void;
type Source = ActivityRecordView['source'];

function toView(row: typeof activityRecords.$inferSelect): ActivityRecordView {
  const { optionsJson, ...rest } = row;
  return { ...rest, options: optionsJson ? (JSON.parse(optionsJson) as ActivityRecordView['options']) : null };
}

/**
 * Adds one activity record and calculates it into the current run, in the caller's transaction: a
 * record that cannot be calculated (unknown activity, unit it does not accept, no factor) is
 * refused with the calculator's reason and nothing is written.
 */
export function createRecord(db: WorkspaceDb, input: RecordFields, source: Source, now: Date, audit: Audit, makeCalculate: (pinned: number | null) => CalculateFn): ActivityRecordView {
  const site = getSite(db, input.siteId);
  const at = now.toISOString();
  const { options, ...fields } = input;
  const row = db
    .insert(activityRecords)
    .values({ id: randomUUID(), ...fields, optionsJson: options ? JSON.stringify(options) : null, source, createdAt: at, updatedAt: at })
    .returning()
    .get();
  const { errors } = calculateRecords(db, makeCalculate, [row.id], now);
  const failure = errors[0];
  if (failure) throw new AppFailure('VALIDATION', failure.message, { [FIELD_OF_ERROR[failure.code ?? ''] ?? 'activityId']: failure.message });
  const record = toView(row);
  audit({ action: 'create', entity: 'activity-record', entityId: row.id, summary: `Added ${input.quantity} ${input.unit} of ${input.activityId} at ${site.name} (${input.periodStart} to ${input.periodEnd})`, before: null, after: record });
  return record;
}

export function listRecords(db: WorkspaceDb, query: { siteId?: string | undefined; limit: number; offset: number }): { records: ActivityRecordView[]; total: number } {
  const where = query.siteId ? eq(activityRecords.siteId, query.siteId) : undefined;
  const rows = db.select().from(activityRecords).where(where).orderBy(desc(activityRecords.periodStart), activityRecords.id).limit(query.limit).offset(query.offset).all();
  const total = db.select({ n: count() }).from(activityRecords).where(where).get()?.n ?? 0;
  return { records: rows.map(toView), total };
}

/** Deletes a record and its figures in the current run; earlier runs keep describing it. */
export function deleteRecord(db: WorkspaceDb, id: string, audit: Audit): void {
  const row = db.select().from(activityRecords).where(eq(activityRecords.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That activity record no longer exists.');
  removeRecords(db, [id]);
  audit({ action: 'delete', entity: 'activity-record', entityId: id, summary: `Deleted ${row.quantity} ${row.unit} of ${row.activityId} (${row.periodStart} to ${row.periodEnd})`, before: toView(row), after: null });
}

/** Every figure of one record in a run (the current one by default), with how each was made. */
export function figuresForRecord(db: WorkspaceDb, recordId: string, runId?: string): FigureView[] {
  const run = runId ?? currentRun(db)?.id;
  if (!run) return [];
  return db
    .select({ figure: emissionFigures, provenanceJson: figureDetails.provenanceJson, notesJson: figureDetails.notesJson })
    .from(emissionFigures)
    .innerJoin(figureDetails, eq(figureDetails.id, emissionFigures.detailId))
    .where(and(eq(emissionFigures.runId, run), eq(emissionFigures.activityRecordId, recordId)))
    .orderBy(emissionFigures.id)
    .all()
    .map(({ figure: { siteId: _site, activityId: _activity, periodStart: _start, periodEnd: _end, marketSourceId: _source, detailId: _detail, ...rest }, provenanceJson, notesJson }) => ({
      ...rest,
      provenance: JSON.parse(provenanceJson) as Record<string, unknown>,
      notes: JSON.parse(notesJson) as string[],
    }));
}
