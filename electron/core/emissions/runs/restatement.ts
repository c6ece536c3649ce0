import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { WorkspaceDb } from '../../db/connection';
import { emissionFigures, restatements, sites } from '../../db/schema';
import { AppFailure } from '../../errors';
import { getOrganisation } from '../../workspaces/organisation-repository';
import { reportingYearWindow } from './reporting-year';
import { getRun, type RunRow } from './run-repository';

export interface DiffRow {
  scope: number;
  scope3Category: number | null;
  siteId: string;
  siteName: string;
  method: string;
  beforeCo2eKg: number;
  afterCo2eKg: number;
  changeCo2eKg: number;
  /** Null when there was nothing before. */
  changePct: number | null;
}

export interface RunDiff {
  fromRun: RunRow;
  toRun: RunRow;
  rows: DiffRow[];
  factorSetsAdded: string[];
  factorSetsRemoved: string[];
  baseYear: { year: number; start: string; end: string; beforeCo2eKg: number; afterCo2eKg: number; changePct: number | null };
}

// Totals count location-based Scope 2 (the UK SECR convention); market-based rows are compared too.
const LOCATION_TOTAL_METHODS = `('activity', 'spend', 'location-based')`;

function sums(db: WorkspaceDb, runId: string) {
  return db
    .select({
      scope: emissionFigures.scope,
      scope3Category: emissionFigures.scope3Category,
      siteId: emissionFigures.siteId,
      method: emissionFigures.method,
      co2eKg: sql<number>`sum(${emissionFigures.co2eKg})`,
    })
    .from(emissionFigures)
    .where(eq(emissionFigures.runId, runId))
    .groupBy(emissionFigures.scope, emissionFigures.scope3Category, emissionFigures.siteId, emissionFigures.method)
    .all();
}

/** Base-year emissions, apportioned by days: a bill that straddles the window counts for the days inside it. */
function baseYearTotal(db: WorkspaceDb, runId: string, start: string, end: string): number {
  const f = emissionFigures;
  const daysInside = sql`max(0, min(julianday(${f.periodEnd}), julianday(${end})) - max(julianday(${f.periodStart}), julianday(${start})) + 1)`;
  const daysTotal = sql`(julianday(${f.periodEnd}) - julianday(${f.periodStart}) + 1)`;
  return (
    db
      .select({ total: sql<number>`coalesce(sum(${f.co2eKg} * ${daysInside} / ${daysTotal}), 0)` })
      .from(f)
      .where(sql`${f.runId} = ${runId} AND ${f.periodStart} <= ${end} AND ${f.periodEnd} >= ${start} AND ${f.method} IN ${sql.raw(LOCATION_TOTAL_METHODS)}`)
      .get()?.total ?? 0
  );
}

const pct = (before: number, after: number): number | null => (before === 0 ? null : ((after - before) / before) * 100);

/** The change between two runs by scope, Scope 3 category, site and method, and in the base year. */
export function diffRuns(db: WorkspaceDb, fromRunId: string, toRunId: string): RunDiff {
  const fromRun = getRun(db, fromRunId);
  const toRun = getRun(db, toRunId);
  if (!fromRun || !toRun) throw new AppFailure('NOT_FOUND', 'That calculation run does not exist.');
  const siteNames = new Map(db.select({ id: sites.id, name: sites.name }).from(sites).all().map((s) => [s.id, s.name]));
  const rows = new Map<string, DiffRow>();
  const keyOf = (r: { scope: number; scope3Category: number | null; siteId: string; method: string }) => `${r.scope}|${r.scope3Category ?? ''}|${r.siteId}|${r.method}`;
  const rowFor = (r: { scope: number; scope3Category: number | null; siteId: string; method: string }): DiffRow => {
    const key = keyOf(r);
    let row = rows.get(key);
    if (!row) {
      row = { scope: r.scope, scope3Category: r.scope3Category, siteId: r.siteId, siteName: siteNames.get(r.siteId) ?? 'Deleted site', method: r.method, beforeCo2eKg: 0, afterCo2eKg: 0, changeCo2eKg: 0, changePct: null };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of sums(db, fromRunId)) rowFor(r).beforeCo2eKg += r.co2eKg;
  for (const r of sums(db, toRunId)) rowFor(r).afterCo2eKg += r.co2eKg;
  for (const row of rows.values()) {
    row.changeCo2eKg = row.afterCo2eKg - row.beforeCo2eKg;
    row.changePct = pct(row.beforeCo2eKg, row.afterCo2eKg);
  }
  const organisation = getOrganisation(db);
  const window = reportingYearWindow(organisation.baseYear, organisation.reportingYearStartMonth);
  const before = baseYearTotal(db, fromRunId, window.start, window.end);
  const after = baseYearTotal(db, toRunId, window.start, window.end);
  const fromSets: string[] = JSON.parse(fromRun.factorSetIdsJson);
  const toSets: string[] = JSON.parse(toRun.factorSetIdsJson);
  return {
    fromRun,
    toRun,
    rows: [...rows.values()].sort((a, b) => a.scope - b.scope || (a.scope3Category ?? 0) - (b.scope3Category ?? 0) || a.siteName.localeCompare(b.siteName) || a.method.localeCompare(b.method)),
    factorSetsAdded: toSets.filter((s) => !fromSets.includes(s)),
    factorSetsRemoved: fromSets.filter((s) => !toSets.includes(s)),
    baseYear: { year: organisation.baseYear, ...window, beforeCo2eKg: before, afterCo2eKg: after, changePct: pct(before, after) },
  };
}

export function recordRestatement(
  db: WorkspaceDb,
  diff: RunDiff,
  reason: string,
  thresholdPct: number,
  now: Date,
): typeof restatements.$inferSelect {
  const change = diff.baseYear.changePct;
  return db
    .insert(restatements)
    .values({
      id: randomUUID(),
      fromRunId: diff.fromRun.id,
      toRunId: diff.toRun.id,
      reason,
      createdAt: now.toISOString(),
      baseYearChangePct: change,
      thresholdPct,
      baseYearRecalculationRequired: change !== null && Math.abs(change) >= thresholdPct,
    })
    .returning()
    .get();
}
