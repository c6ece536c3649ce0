import { eq } from 'drizzle-orm';
import type { AuditRecord } from '../../audit/audit-repository';
import type { WorkspaceDb } from '../../db/connection';
import { workspaceMeta } from '../../db/schema';
import { AppFailure } from '../../errors';
import type { RecordAttributes } from '../../dashboard/rollups';
import { computeFigures, type CalculateFn, type FigureDraft, type FigureErrors, type RecordForCalculation } from './figures';
import { diffRuns, recordRestatement, type RunDiff } from './restatement';
import {
  claimedKwhByInstrument,
  currentRun,
  deleteFiguresOfRecords,
  insertFigures,
  insertRun,
  loadMarketInputs,
  loadRecordsForCalculation,
  recordFactorSets,
  type RunRow,
} from './run-repository';

type Audit = (record: AuditRecord) => void;

export interface EmissionsSettings {
  /** A factor year pinned for the whole workspace, instead of the DESNZ rule per period. */
  pinnedFactorYear: number | null;
  /** Base-year recalculation is flagged when a restatement moves the base year by at least this much. */
  significanceThresholdPct: number;
}

const DEFAULT_THRESHOLD_PCT = 5;

export function readEmissionsSettings(db: WorkspaceDb): EmissionsSettings {
  const meta = new Map(db.select().from(workspaceMeta).all().map((r) => [r.key, r.value]));
  const pinned = meta.get('pinned_factor_year');
  const threshold = meta.get('restatement_threshold_pct');
  return {
    pinnedFactorYear: pinned ? Number(pinned) : null,
    significanceThresholdPct: threshold ? Number(threshold) : DEFAULT_THRESHOLD_PCT,
  };
}

function setMeta(db: WorkspaceDb, key: string, value: string | null): void {
  if (value === null) db.delete(workspaceMeta).where(eq(workspaceMeta.key, key)).run();
  else db.insert(workspaceMeta).values({ key, value }).onConflictDoUpdate({ target: workspaceMeta.key, set: { value } }).run();
}

/** Changing these does not change any figure by itself: only an explicit recalculation does. */
export function updateEmissionsSettings(db: WorkspaceDb, next: EmissionsSettings, audit: Audit): EmissionsSettings {
  const before = readEmissionsSettings(db);
  setMeta(db, 'pinned_factor_year', next.pinnedFactorYear === null ? null : String(next.pinnedFactorYear));
  setMeta(db, 'restatement_threshold_pct', String(next.significanceThresholdPct));
  audit({ action: 'update', entity: 'emissions-settings', entityId: 'workspace', summary: 'Updated emissions calculation settings', before, after: next });
  return next;
}

function factorSetIdsOf(figures: readonly { factorSetId: string | null }[]): string[] {
  return [...new Set(figures.map((f) => f.factorSetId).filter((id): id is string => id !== null))];
}

export interface RecalculationOutcome {
  run: RunRow;
  diff: RunDiff | null;
  restatementId: string | null;
  baseYearRecalculationRequired: boolean;
  errors: FigureErrors[];
}

/**
 * The explicit recalculation: every activity record with today's factor sets and settings, as a new
 * run. The previous run is left exactly as it was; the difference is recorded as a restatement with
 * the user's reason. Runs inside the caller's transaction.
 */
export function recalculate(db: WorkspaceDb, makeCalculate: (pinnedYear: number | null) => CalculateFn, reason: string, now: Date, audit: Audit): RecalculationOutcome {
  const settings = readEmissionsSettings(db);
  const previous = currentRun(db);
  const { figures, errors } = computeFigures(loadRecordsForCalculation(db), { calculate: makeCalculate(settings.pinnedFactorYear), ...loadMarketInputs(db) });
  const run = insertRun(db, { reason, factorSetIds: factorSetIdsOf(figures), pinnedFactorYear: settings.pinnedFactorYear, previousRunId: previous?.id ?? null, now });
  insertFigures(db, run.id, figures);
  audit({ action: 'create', entity: 'calculation-run', entityId: run.id, summary: `Recalculated emissions (run ${run.number}): ${reason}`, before: null, after: { number: run.number, reason, figures: figures.length, errors: errors.length } });
  if (!previous) return { run, diff: null, restatementId: null, baseYearRecalculationRequired: false, errors };
  const diff = diffRuns(db, previous.id, run.id);
  const restatement = recordRestatement(db, diff, reason, settings.significanceThresholdPct, now);
  return { run, diff, restatementId: restatement.id, baseYearRecalculationRequired: restatement.baseYearRecalculationRequired, errors };
}

/**
 * New or changed activity records join the current run with that run's settings (factor-year
 * policy); starting a first run if there is none. Factor changes never happen here.
 */
/**
 * Records a caller has just written, with what the calculation and the rollups need of them, so
 * they are not read back (an import of a year of half-hourly data writes 20,000 records).
 */
export interface WrittenRecords {
  records: RecordForCalculation[];
  attributes: ReadonlyMap<string, RecordAttributes>;
}

export function calculateRecords(
  db: WorkspaceDb,
  makeCalculate: (pinnedYear: number | null) => CalculateFn,
  recordIds: readonly string[],
  now: Date,
  written?: WrittenRecords,
): { run: RunRow; errors: FigureErrors[]; figures: FigureDraft[] } {
  if (recordIds.length === 0) {
    const run = currentRun(db);
    if (!run) throw new AppFailure('NOT_FOUND', 'Nothing has been calculated yet.');
    return { run, errors: [], figures: [] };
  }
  let run = currentRun(db);
  if (!run) run = insertRun(db, { reason: 'First calculation', factorSetIds: [], pinnedFactorYear: readEmissionsSettings(db).pinnedFactorYear, previousRunId: null, now });
  deleteFiguresOfRecords(db, run.id, recordIds);
  const { figures, errors } = computeFigures(written?.records ?? loadRecordsForCalculation(db, recordIds), {
    calculate: makeCalculate(run.pinnedFactorYear),
    ...loadMarketInputs(db),
    alreadyClaimedKwh: claimedKwhByInstrument(db, run.id),
  });
  insertFigures(db, run.id, figures, written?.attributes);
  run = recordFactorSets(db, run, factorSetIdsOf(figures));
  return { run, errors, figures };
}
