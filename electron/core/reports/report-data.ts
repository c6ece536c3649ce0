import { createHash } from 'node:crypto';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { ReportKind } from '../../../shared/domain/report-document';
import type { ReductionAction, ReportInputs } from '../../../shared/domain/reports';
import type { Organisation, Site } from '../../../shared/domain/organisation';
import type { WorkspaceDb } from '../db/connection';
import { calculationRuns, emissionFigures, factors, factorSets, reportingYearMetrics, restatements, workspaceMeta } from '../db/schema';
import { AppFailure } from '../errors';
import { findActivity } from '../emissions/catalogue';
import { reportingYearWindow } from '../emissions/runs/reporting-year';
import { currentRun, type RunRow } from '../emissions/runs/run-repository';
import { getOrganisation, listSites } from '../workspaces/organisation-repository';
import { listReductionActions, readReportInputs } from './inputs-service';

/**
 * One emission figure of the run, as far as it falls in a report's window. A bill that straddles
 * the window counts for the days inside it (the same rule as the base-year restatement check):
 * `share` is that fraction, and `quantity` and `co2eKg` are already multiplied by it, so
 * quantity × factorValue = co2eKg still holds row by row.
 */
export interface ReportFigure {
  figureId: number;
  activityRecordId: string;
  siteId: string;
  siteName: string;
  activityId: string;
  activityLabel: string;
  activityCategory: string;
  activityFamily: string | null;
  periodStart: string;
  periodEnd: string;
  role: string;
  scope: number;
  scope3Category: number | null;
  method: string;
  marketStep: string | null;
  marketSourceId: string | null;
  share: number;
  quantity: number;
  quantityUnit: string;
  factorValue: number;
  factorUnit: string;
  co2eKg: number;
  factorSetId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorExternalId: string | null;
  factorYear: number | null;
}

export type FactorSetRow = typeof factorSets.$inferSelect;
export type MetricsRow = typeof reportingYearMetrics.$inferSelect;
export type RestatementRow = typeof restatements.$inferSelect & { fromRunNumber: number; toRunNumber: number };

export interface YearFigures {
  year: number;
  start: string;
  end: string;
  figures: ReportFigure[];
}

export interface ReportData {
  kind: ReportKind;
  organisation: Organisation;
  sites: Site[];
  run: RunRow;
  current: YearFigures;
  prior: YearFigures;
  base: YearFigures;
  factorSets: FactorSetRow[];
  inputs: ReportInputs;
  actions: ReductionAction[];
  metrics: MetricsRow | null;
  priorMetrics: MetricsRow | null;
  restatements: RestatementRow[];
  sample: boolean;
  inputsSha256: string;
}

const DAY_MS = 86_400_000;
const days = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

/** The run's figures overlapping a window, apportioned by days. */
export function loadYearFigures(db: WorkspaceDb, runId: string, year: number, startMonth: number, siteNames: ReadonlyMap<string, string>): YearFigures {
  const window = reportingYearWindow(year, startMonth);
  const f = emissionFigures;
  const rows = db
    .select({ figure: f, externalId: factors.externalId })
    .from(f)
    .leftJoin(factors, eq(factors.id, f.factorId))
    .where(and(eq(f.runId, runId), lte(f.periodStart, window.end), gte(f.periodEnd, window.start)))
    .orderBy(asc(f.periodStart), asc(f.activityRecordId), asc(f.id))
    .all();
  const figures = rows.map(({ figure, externalId }): ReportFigure => {
    const inside = days(figure.periodStart < window.start ? window.start : figure.periodStart, figure.periodEnd > window.end ? window.end : figure.periodEnd);
    const share = inside / days(figure.periodStart, figure.periodEnd);
    const activity = findActivity(figure.activityId);
    return {
      figureId: figure.id,
      activityRecordId: figure.activityRecordId,
      siteId: figure.siteId,
      siteName: siteNames.get(figure.siteId) ?? 'Deleted site',
      activityId: figure.activityId,
      activityLabel: activity?.label ?? figure.activityId,
      activityCategory: activity?.category ?? 'Other',
      activityFamily: activity?.family ?? null,
      periodStart: figure.periodStart,
      periodEnd: figure.periodEnd,
      role: figure.role,
      scope: figure.scope,
      scope3Category: figure.scope3Category,
      method: figure.method,
      marketStep: figure.marketStep,
      marketSourceId: figure.marketSourceId,
      share,
      quantity: figure.quantity * share,
      quantityUnit: figure.quantityUnit,
      factorValue: figure.factorValue,
      factorUnit: figure.factorUnit,
      co2eKg: figure.co2eKg * share,
      factorSetId: figure.factorSetId,
      factorId: figure.factorId,
      factorRowNumber: figure.factorRowNumber,
      factorExternalId: externalId ?? null,
      factorYear: figure.factorYear,
    };
  });
  return { year, start: window.start, end: window.end, figures };
}

/** Totals count location-based Scope 2 (UK SECR convention); market-based figures are reported beside them. */
export const isLocationTotal = (f: ReportFigure): boolean => f.method !== 'market-based';

export function sumCo2eKg(figures: readonly ReportFigure[], keep: (f: ReportFigure) => boolean): number {
  let total = 0;
  for (const f of figures) if (keep(f)) total += f.co2eKg;
  return total;
}

export interface ScopeTotals {
  scope1Co2eKg: number;
  scope2LocationCo2eKg: number;
  scope2MarketCo2eKg: number;
  scope3Co2eKg: number;
  scope3ByCategoryCo2eKg: Map<number, number>;
}

export function scopeTotals(figures: readonly ReportFigure[]): ScopeTotals {
  const byCategory = new Map<number, number>();
  for (const f of figures) {
    if (f.scope === 3 && f.scope3Category !== null && isLocationTotal(f)) byCategory.set(f.scope3Category, (byCategory.get(f.scope3Category) ?? 0) + f.co2eKg);
  }
  return {
    scope1Co2eKg: sumCo2eKg(figures, (f) => f.scope === 1),
    scope2LocationCo2eKg: sumCo2eKg(figures, (f) => f.scope === 2 && f.method === 'location-based'),
    scope2MarketCo2eKg: sumCo2eKg(figures, (f) => f.scope === 2 && f.method === 'market-based'),
    scope3Co2eKg: sumCo2eKg(figures, (f) => f.scope === 3 && isLocationTotal(f)),
    scope3ByCategoryCo2eKg: byCategory,
  };
}

function isSampleWorkspace(db: WorkspaceDb): boolean {
  return db.select().from(workspaceMeta).where(eq(workspaceMeta.key, 'is_sample')).get()?.value === 'true';
}

function metricsOf(db: WorkspaceDb, year: number): MetricsRow | null {
  return db.select().from(reportingYearMetrics).where(eq(reportingYearMetrics.year, year)).get() ?? null;
}

function restatementsUpTo(db: WorkspaceDb, run: RunRow): RestatementRow[] {
  const numbers = new Map(db.select({ id: calculationRuns.id, number: calculationRuns.number }).from(calculationRuns).all().map((r) => [r.id, r.number]));
  return db
    .select()
    .from(restatements)
    .orderBy(asc(restatements.createdAt))
    .all()
    .map((r) => ({ ...r, fromRunNumber: numbers.get(r.fromRunId) ?? 0, toRunNumber: numbers.get(r.toRunId) ?? 0 }))
    .filter((r) => r.toRunNumber <= run.number);
}

/**
 * JSON with object keys sorted at every level, so the same inputs always hash the same, written in
 * pieces: a year of half-hourly figures is far larger than one JavaScript string may be.
 */
export function writeCanonicalJson(value: unknown, write: (piece: string) => void): void {
  if (value === null || typeof value !== 'object') {
    write(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      writeCanonicalJson(item, write);
    });
    write(']');
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  write('{');
  entries.forEach(([k, v], i) => {
    write(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
    writeCanonicalJson(v, write);
  });
  write('}');
}

/** SHA-256 of the canonical JSON, fed to the hash in 64 KB pieces. */
export function canonicalSha256(value: unknown): string {
  const hash = createHash('sha256');
  let buffered = '';
  writeCanonicalJson(value, (piece) => {
    buffered += piece;
    if (buffered.length >= 65_536) {
      hash.update(buffered);
      buffered = '';
    }
  });
  return hash.update(buffered).digest('hex');
}

/**
 * Everything a report is built from, read from the CURRENT calculation run (its figures are
 * immutable), plus the SHA-256 of all of it.
 */
export function loadReportData(db: WorkspaceDb, kind: ReportKind, year: number): ReportData {
  const run = currentRun(db);
  if (!run) throw new AppFailure('NOT_FOUND', 'There is nothing to report yet: add or import activity data first, then the report can be built.');
  const organisation = getOrganisation(db);
  const sites = listSites(db);
  const siteNames = new Map(sites.map((s) => [s.id, s.name]));
  const startMonth = organisation.reportingYearStartMonth;
  const current = loadYearFigures(db, run.id, year, startMonth, siteNames);
  if (current.figures.length === 0) {
    throw new AppFailure('NOT_FOUND', `There is no activity data in reporting year ${year} (${current.start} to ${current.end}). Import or add data for that year first.`);
  }
  const prior = loadYearFigures(db, run.id, year - 1, startMonth, siteNames);
  const base = organisation.baseYear === year ? current : loadYearFigures(db, run.id, organisation.baseYear, startMonth, siteNames);
  const setIds = [...new Set([...current.figures, ...prior.figures, ...base.figures].map((f) => f.factorSetId).filter((id): id is string => id !== null))];
  const sets = setIds.length ? db.select().from(factorSets).where(inArray(factorSets.id, setIds)).orderBy(asc(factorSets.dataset), asc(factorSets.year)).all() : [];
  const inputs = readReportInputs(db);
  const actions = listReductionActions(db);
  const metrics = metricsOf(db, year);
  const priorMetrics = metricsOf(db, year - 1);
  const sample = isSampleWorkspace(db);
  const inputsSha256 = canonicalSha256({ kind, year, runId: run.id, organisation, sites, figures: [current.figures, prior.figures, base.figures], inputs, actions, metrics, priorMetrics, sample });
  return { kind, organisation, sites, run, current, prior, base, factorSets: sets, inputs, actions, metrics, priorMetrics, restatements: restatementsUpTo(db, run), sample, inputsSha256 };
}
