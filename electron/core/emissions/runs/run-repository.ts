import { randomUUID } from 'node:crypto';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { WorkspaceDb } from '../../db/connection';
import { idBatches } from '../../db/id-batches';
import { activityRecords, calculationRuns, emissionFigures, residualMixFactors, scope2Instruments } from '../../db/schema';
import { marketOfPostcode, type MarketInstrument, type ResidualMix } from '../scope2/market-based';
import type { FigureDraft, RecordForCalculation } from './figures';
import { addFigureRollups, removeFigureRollups, type RecordAttributes } from '../../dashboard/rollups';

export type RunRow = typeof calculationRuns.$inferSelect;

/** A row of RECORDS_FOR_CALCULATION_SQL: the record as stored, with its site's market inputs. */
type RecordRowForCalculation = Omit<RecordForCalculation, 'options' | 'market'> & { optionsJson: string | null; country: string; postcode: string };

// Plain SQL: an import calculates tens of thousands of records it has just written, and the
// query builder's row mapping was a tenth of the import's write time.
const RECORDS_FOR_CALCULATION_SQL = `SELECT r.id AS id, r.site_id AS siteId, r.activity_id AS activityId, r.period_start AS periodStart, r.period_end AS periodEnd,
    r.quantity AS quantity, r.unit AS unit, r.options_json AS optionsJson, s.country AS country, s.postcode AS postcode
  FROM activity_records r JOIN sites s ON s.id = r.site_id`;

export function loadRecordsForCalculation(db: WorkspaceDb, recordIds?: readonly string[]): RecordForCalculation[] {
  const all = () => db.$client.prepare(RECORDS_FOR_CALCULATION_SQL).all() as RecordRowForCalculation[];
  const some = (ids: readonly string[]) => db.$client.prepare(`${RECORDS_FOR_CALCULATION_SQL} WHERE r.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as RecordRowForCalculation[];
  const rows = recordIds ? idBatches(recordIds).flatMap(some) : all();
  return rows.map(({ optionsJson, country, postcode, ...record }) => ({
    ...record,
    options: optionsJson ? (JSON.parse(optionsJson) as Record<string, unknown>) : null,
    market: marketOfPostcode(country, postcode),
  }));
}

export function loadMarketInputs(db: WorkspaceDb): { instruments: MarketInstrument[]; residualMixes: ResidualMix[] } {
  return { instruments: db.select().from(scope2Instruments).all(), residualMixes: db.select().from(residualMixFactors).all() };
}

export function currentRun(db: WorkspaceDb): RunRow | null {
  return db.select().from(calculationRuns).orderBy(desc(calculationRuns.number)).limit(1).get() ?? null;
}

export function getRun(db: WorkspaceDb, id: string): RunRow | undefined {
  return db.select().from(calculationRuns).where(eq(calculationRuns.id, id)).get();
}

export function insertRun(
  db: WorkspaceDb,
  run: { reason: string; factorSetIds: readonly string[]; pinnedFactorYear: number | null; previousRunId: string | null; now: Date },
): RunRow {
  const number = (db.select({ n: sql<number>`coalesce(max(${calculationRuns.number}), 0)` }).from(calculationRuns).get()?.n ?? 0) + 1;
  return db
    .insert(calculationRuns)
    .values({
      id: randomUUID(),
      number,
      createdAt: run.now.toISOString(),
      reason: run.reason,
      factorSetIdsJson: JSON.stringify([...new Set(run.factorSetIds)].sort()),
      pinnedFactorYear: run.pinnedFactorYear,
      previousRunId: run.previousRunId,
    })
    .returning()
    .get();
}

/** Bulk path: prepared statements, called inside the caller's transaction. */
/** `attributes`: the records' rollup attributes when the caller has them in hand (else they are read). */
export function insertFigures(db: WorkspaceDb, runId: string, figures: readonly FigureDraft[], attributes?: ReadonlyMap<string, RecordAttributes>): void {
  const insert = db.$client.prepare(
    `INSERT INTO emission_figures (run_id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method,
       co2e_kg, co2_kg, ch4_kg, n2o_kg, quantity, quantity_unit, factor_set_id, factor_id, factor_row_number, factor_value, factor_unit, factor_year,
       market_step, market_source_id, detail_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const detailId = figureDetailIds(db);
  // The ids go into the factor rollups, whose (count, largest id) pairs stand for the figures in report hashes.
  const figureIds: number[] = [];
  for (const f of figures) {
    const { lastInsertRowid } = insert.run(
      runId, f.activityRecordId, f.siteId, f.activityId, f.periodStart, f.periodEnd, f.role, f.scope, f.scope3Category, f.method,
      f.co2eKg, f.co2Kg, f.ch4Kg, f.n2oKg, f.quantity, f.quantityUnit, f.factorSetId, f.factorId, f.factorRowNumber, f.factorValue, f.factorUnit, f.factorYear,
      f.marketStep, f.marketSourceId, detailId(f.provenance, f.notes),
    );
    figureIds.push(Number(lastInsertRowid));
  }
  // The dashboard's monthly sums are kept in step with every figure written.
  addFigureRollups(db, runId, figures, figureIds, attributes);
}

// The calculator reuses one provenance object per factor plan, and figures share their notes
// arrays (figures.ts), so each JSON is worked out once.
const provenanceJsonOf = new WeakMap<object, string>();
const notesJsonOf = new WeakMap<readonly string[], string>();

/**
 * The id of a provenance/notes pair in figure_details, adding it the first time: one lookup per
 * distinct pair per call, since a batch of figures shares a handful of factor rows.
 */
export function figureDetailIds(db: WorkspaceDb): (provenance: FigureDraft['provenance'], notes: readonly string[]) => number {
  const find = db.$client.prepare('SELECT id FROM figure_details WHERE provenance_json = ? AND notes_json = ?').pluck();
  const add = db.$client.prepare('INSERT INTO figure_details (provenance_json, notes_json) VALUES (?, ?)');
  const known = new Map<string, Map<string, number>>();
  return (provenance, notes) => {
    let provenanceJson = provenanceJsonOf.get(provenance);
    if (provenanceJson === undefined) {
      provenanceJson = JSON.stringify(provenance);
      provenanceJsonOf.set(provenance, provenanceJson);
    }
    let notesJson = notesJsonOf.get(notes);
    if (notesJson === undefined) {
      notesJson = notes.length ? JSON.stringify(notes) : '[]';
      notesJsonOf.set(notes, notesJson);
    }
    let byNotes = known.get(provenanceJson);
    if (!byNotes) {
      byNotes = new Map();
      known.set(provenanceJson, byNotes);
    }
    let id = byNotes.get(notesJson);
    if (id === undefined) {
      id = (find.get(provenanceJson, notesJson) as number | undefined) ?? Number(add.run(provenanceJson, notesJson).lastInsertRowid);
      byNotes.set(notesJson, id);
    }
    return id;
  };
}

/** kWh each instrument already covers in a run, so appended records never claim it twice. */
export function claimedKwhByInstrument(db: WorkspaceDb, runId: string): Map<string, number> {
  const rows = db
    .select({ id: emissionFigures.marketSourceId, kwh: sql<number>`sum(${emissionFigures.quantity})` })
    .from(emissionFigures)
    .where(sql`${emissionFigures.runId} = ${runId} AND ${emissionFigures.marketStep} IN ('instrument', 'supplier-mix')`)
    .groupBy(emissionFigures.marketSourceId)
    .all();
  return new Map(rows.filter((r): r is { id: string; kwh: number } => r.id !== null).map((r) => [r.id, r.kwh]));
}

export function deleteFiguresOfRecords(db: WorkspaceDb, runId: string, recordIds: readonly string[]): void {
  removeFigureRollups(db, runId, recordIds);
  for (const ids of idBatches(recordIds)) {
    db.delete(emissionFigures).where(sql`${emissionFigures.runId} = ${runId} AND ${inArray(emissionFigures.activityRecordId, ids)}`).run();
  }
}

/**
 * Deletes activity records and their figures in the current run. Earlier runs keep describing the
 * records (their totals, and reports published from them, never change). Call in a transaction.
 */
export function removeRecords(db: WorkspaceDb, recordIds: readonly string[]): void {
  const run = currentRun(db);
  if (run) deleteFiguresOfRecords(db, run.id, recordIds);
  for (const ids of idBatches(recordIds)) db.delete(activityRecords).where(inArray(activityRecords.id, ids)).run();
}

/** Adds factor sets used by figures appended to a run to the run's list. */
export function recordFactorSets(db: WorkspaceDb, run: RunRow, setIds: readonly string[]): RunRow {
  const known: string[] = JSON.parse(run.factorSetIdsJson);
  const merged = [...new Set([...known, ...setIds])].sort();
  if (merged.length === known.length) return run;
  return db.update(calculationRuns).set({ factorSetIdsJson: JSON.stringify(merged) }).where(eq(calculationRuns.id, run.id)).returning().get();
}
