import { desc, eq, sql } from 'drizzle-orm';
import type { RunSummary } from '../../../../shared/domain/calculations';
import type { WorkspaceDb } from '../../db/connection';
import { calculationRuns, emissionFigures, restatements } from '../../db/schema';
import type { RunRow } from './run-repository';

/** A run as the UI shows it: what it used and its headline totals (Scope 2 both ways). */
export function summariseRun(db: WorkspaceDb, run: RunRow): RunSummary {
  const totals = db
    .select({
      scope1: sql<number>`coalesce(sum(CASE WHEN ${emissionFigures.scope} = 1 THEN ${emissionFigures.co2eKg} END), 0)`,
      scope2Location: sql<number>`coalesce(sum(CASE WHEN ${emissionFigures.scope} = 2 AND ${emissionFigures.method} = 'location-based' THEN ${emissionFigures.co2eKg} END), 0)`,
      scope2Market: sql<number>`coalesce(sum(CASE WHEN ${emissionFigures.scope} = 2 AND ${emissionFigures.method} = 'market-based' THEN ${emissionFigures.co2eKg} END), 0)`,
      scope3: sql<number>`coalesce(sum(CASE WHEN ${emissionFigures.scope} = 3 THEN ${emissionFigures.co2eKg} END), 0)`,
      figures: sql<number>`count(*)`,
    })
    .from(emissionFigures)
    .where(eq(emissionFigures.runId, run.id))
    .get();
  return {
    id: run.id,
    number: run.number,
    createdAt: run.createdAt,
    reason: run.reason,
    factorSetIds: JSON.parse(run.factorSetIdsJson) as string[],
    pinnedFactorYear: run.pinnedFactorYear,
    previousRunId: run.previousRunId,
    figureCount: totals?.figures ?? 0,
    totals: {
      scope1Co2eKg: totals?.scope1 ?? 0,
      scope2LocationCo2eKg: totals?.scope2Location ?? 0,
      scope2MarketCo2eKg: totals?.scope2Market ?? 0,
      scope3Co2eKg: totals?.scope3 ?? 0,
    },
  };
}

export function listRunSummaries(db: WorkspaceDb): RunSummary[] {
  return db.select().from(calculationRuns).orderBy(desc(calculationRuns.number)).all().map((run) => summariseRun(db, run));
}

export function listRestatementViews(db: WorkspaceDb) {
  const numbers = new Map(db.select({ id: calculationRuns.id, number: calculationRuns.number }).from(calculationRuns).all().map((r) => [r.id, r.number]));
  return db
    .select()
    .from(restatements)
    .orderBy(desc(restatements.createdAt))
    .all()
    .map((r) => ({ ...r, fromRunNumber: numbers.get(r.fromRunId) ?? 0, toRunNumber: numbers.get(r.toRunId) ?? 0 }));
}
