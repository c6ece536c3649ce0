import type { z } from 'zod';
import type { ActivityRecordView, EmissionsSettings, FigureView, RunDiffView, RunSummary, restatementSchema } from '../../../shared/domain/calculations';
import { Failure, type FakeKit, type FakeWorkspace, type Handlers } from './fake-api';

type Names =
  | 'emissionsSettings.get'
  | 'emissionsSettings.update'
  | 'calculations.runs'
  | 'calculations.recalculate'
  | 'calculations.diff'
  | 'calculations.restatements'
  | 'records.create'
  | 'records.list'
  | 'records.delete'
  | 'records.figures';

export type FakeRestatement = z.infer<typeof restatementSchema>;

/** Calculation state held on a fake workspace; tests seed `runs`, `records` and `figures` directly. */
export interface FakeCalculations {
  settings: EmissionsSettings;
  runs: RunSummary[];
  records: ActivityRecordView[];
  /** Stored figures of every run, as a test seeds them (this fake never works one out). */
  figures?: FigureView[];
  restatements?: FakeRestatement[];
  /**
   * What the next recalculation reports where a test needs more than a copy: the base-year flag,
   * records that could not be calculated, new totals.
   */
  nextRecalculation?: {
    baseYearChangePct?: number | null;
    baseYearRecalculationRequired?: boolean;
    errors?: Array<{ recordId: string; message: string; code: string | null }>;
    totals?: RunSummary['totals'];
  };
}

function stateOf(ws: FakeWorkspace): FakeCalculations {
  return (ws.calculations ??= { settings: { pinnedFactorYear: null, significanceThresholdPct: 5 }, runs: [], records: [] });
}

function latestRun(state: FakeCalculations): RunSummary | null {
  return state.runs.reduce<RunSummary | null>((latest, r) => (!latest || r.number > latest.number ? r : latest), null);
}

const LOCATION_TOTAL_METHODS = ['activity', 'spend', 'location-based'];

/** The reporting year that starts in `baseYear`, as ISO dates. */
function baseYearWindow(baseYear: number, startMonth: number): { start: string; end: string } {
  const start = new Date(Date.UTC(baseYear, startMonth - 1, 1));
  const end = new Date(Date.UTC(baseYear + 1, startMonth - 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

const pct = (before: number, after: number): number | null => (before === 0 ? null : ((after - before) / before) * 100);

/**
 * Sums of seeded figures by scope, category, site and method, like the backend's diff query:
 * adding up stored numbers, not calculating emissions.
 */
function diffOf(ws: FakeWorkspace, fromRun: RunSummary, toRun: RunSummary): RunDiffView {
  const state = stateOf(ws);
  const recordById = new Map(state.records.map((r) => [r.id, r]));
  const rows = new Map<string, RunDiffView['rows'][number]>();
  const add = (figure: FigureView, side: 'beforeCo2eKg' | 'afterCo2eKg') => {
    const siteId = recordById.get(figure.activityRecordId)?.siteId ?? 'deleted';
    const key = `${figure.scope}|${figure.scope3Category ?? ''}|${siteId}|${figure.method}`;
    const row = rows.get(key) ?? {
      scope: figure.scope,
      scope3Category: figure.scope3Category,
      siteId,
      siteName: ws.sites.find((s) => s.id === siteId)?.name ?? 'Deleted site',
      method: figure.method,
      beforeCo2eKg: 0,
      afterCo2eKg: 0,
      changeCo2eKg: 0,
      changePct: null,
    };
    row[side] += figure.co2eKg;
    rows.set(key, row);
  };
  const figures = state.figures ?? [];
  for (const f of figures) if (f.runId === fromRun.id) add(f, 'beforeCo2eKg');
  for (const f of figures) if (f.runId === toRun.id) add(f, 'afterCo2eKg');
  for (const row of rows.values()) {
    row.changeCo2eKg = row.afterCo2eKg - row.beforeCo2eKg;
    row.changePct = pct(row.beforeCo2eKg, row.afterCo2eKg);
  }
  const { baseYear, reportingYearStartMonth } = ws.organisation;
  const window = baseYearWindow(baseYear, reportingYearStartMonth);
  const baseYearTotal = (runId: string) =>
    figures
      .filter((f) => f.runId === runId && LOCATION_TOTAL_METHODS.includes(f.method))
      .filter((f) => {
        const start = recordById.get(f.activityRecordId)?.periodStart ?? '';
        return start >= window.start && start <= window.end;
      })
      .reduce((sum, f) => sum + f.co2eKg, 0);
  const before = baseYearTotal(fromRun.id);
  const after = baseYearTotal(toRun.id);
  return {
    fromRun,
    toRun,
    rows: [...rows.values()].sort((a, b) => a.scope - b.scope || (a.scope3Category ?? 0) - (b.scope3Category ?? 0) || a.siteName.localeCompare(b.siteName) || a.method.localeCompare(b.method)),
    factorSetsAdded: toRun.factorSetIds.filter((s) => !fromRun.factorSetIds.includes(s)),
    factorSetsRemoved: fromRun.factorSetIds.filter((s) => !toRun.factorSetIds.includes(s)),
    baseYear: { year: baseYear, ...window, beforeCo2eKg: before, afterCo2eKg: after, changePct: pct(before, after) },
  };
}

/**
 * Bookkeeping only: this fake does not calculate emissions (the real calculator is tested in
 * electron/core). A recalculation copies the latest run's totals and figures into a new run and
 * records the restatement; a new record gets no figures.
 */
export function fakeCalculationHandlers(kit: FakeKit): Pick<Handlers, Names> {
  const runById = (ws: FakeWorkspace, id: string) => {
    const run = stateOf(ws).runs.find((r) => r.id === id);
    if (!run) throw new Failure({ code: 'NOT_FOUND', message: 'That calculation run does not exist.' });
    return run;
  };
  let figureId = 1_000_000;
  return {
    'emissionsSettings.get': () => stateOf(kit.requireWorkspace()).settings,
    'emissionsSettings.update': (input) => kit.write(['emissions'], (ws) => (stateOf(ws).settings = input)),
    'calculations.runs': () => [...stateOf(kit.requireWorkspace()).runs].sort((a, b) => b.number - a.number),
    'calculations.recalculate': ({ reason }) =>
      kit.write(['emissions'], (ws) => {
        const state = stateOf(ws);
        const previous = latestRun(state);
        const next = state.nextRecalculation ?? {};
        delete state.nextRecalculation;
        const run: RunSummary = {
          id: kit.newId('run'),
          number: (previous?.number ?? 0) + 1,
          createdAt: kit.tick(),
          reason,
          factorSetIds: previous?.factorSetIds ?? [],
          pinnedFactorYear: state.settings.pinnedFactorYear,
          previousRunId: previous?.id ?? null,
          figureCount: previous?.figureCount ?? 0,
          totals: next.totals ?? previous?.totals ?? { scope1Co2eKg: 0, scope2LocationCo2eKg: 0, scope2MarketCo2eKg: 0, scope3Co2eKg: 0 },
        };
        state.runs.push(run);
        if (previous && state.figures) {
          const copies = state.figures.filter((f) => f.runId === previous.id).map((f) => ({ ...f, id: figureId++, runId: run.id }));
          state.figures.push(...copies);
        }
        const errors = next.errors ?? [];
        if (!previous) return { run, restatementId: null, baseYearChangePct: null, baseYearRecalculationRequired: false, errors };
        const diff = diffOf(ws, previous, run);
        const change = next.baseYearChangePct !== undefined ? next.baseYearChangePct : diff.baseYear.changePct;
        const threshold = state.settings.significanceThresholdPct;
        const required = next.baseYearRecalculationRequired ?? (change !== null && Math.abs(change) >= threshold);
        const restatement: FakeRestatement = {
          id: kit.newId('restatement'),
          fromRunId: previous.id,
          toRunId: run.id,
          fromRunNumber: previous.number,
          toRunNumber: run.number,
          reason,
          createdAt: run.createdAt,
          baseYearChangePct: change,
          thresholdPct: threshold,
          baseYearRecalculationRequired: required,
        };
        (state.restatements ??= []).push(restatement);
        return { run, restatementId: restatement.id, baseYearChangePct: change, baseYearRecalculationRequired: required, errors };
      }),
    'calculations.diff': ({ fromRunId, toRunId }) => {
      const ws = kit.requireWorkspace();
      return diffOf(ws, runById(ws, fromRunId), runById(ws, toRunId));
    },
    'calculations.restatements': () => [...(stateOf(kit.requireWorkspace()).restatements ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    'records.create': (input) =>
      kit.write(['emissions'], (ws) => {
        if (!ws.sites.some((s) => s.id === input.siteId)) throw new Failure({ code: 'NOT_FOUND', message: 'That site no longer exists. It may have been deleted.' });
        const at = kit.tick();
        const record: ActivityRecordView = { id: kit.newId('record'), ...input, source: 'manual', sourceRef: null, createdAt: at, updatedAt: at };
        stateOf(ws).records.push(record);
        kit.audit(ws, { action: 'create', entity: 'activity-record', entityId: record.id, summary: `Added ${input.quantity} ${input.unit} of ${input.activityId}`, before: null, after: record });
        return record;
      }),
    'records.list': ({ siteId, limit, offset }) => {
      // Latest period first, like the backend.
      const records = stateOf(kit.requireWorkspace())
        .records.filter((r) => !siteId || r.siteId === siteId)
        .sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.id.localeCompare(b.id));
      return { records: records.slice(offset, offset + limit), total: records.length };
    },
    'records.delete': ({ id }) =>
      kit.write(['emissions'], (ws) => {
        const state = stateOf(ws);
        const before = state.records.find((r) => r.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That activity record no longer exists.' });
        state.records = state.records.filter((r) => r.id !== id);
        // Earlier runs keep describing the record; only the current run loses its figures.
        const current = latestRun(state);
        if (current && state.figures) state.figures = state.figures.filter((f) => !(f.runId === current.id && f.activityRecordId === id));
        kit.audit(ws, { action: 'delete', entity: 'activity-record', entityId: id, summary: `Deleted ${before.quantity} ${before.unit} of ${before.activityId}`, before, after: null });
        return null;
      }),
    'records.figures': ({ recordId, runId }) => {
      const state = stateOf(kit.requireWorkspace());
      const run = runId ?? latestRun(state)?.id;
      if (!run) return [];
      return (state.figures ?? []).filter((f) => f.runId === run && f.activityRecordId === recordId).sort((a, b) => a.id - b.id);
    },
  };
}

// Builders for tests that seed calculation state. Values are copied from the shipped DESNZ 2024
// flat file (the same rows as fake-emissions.ts), so provenance reads like the real thing.

export function makeRun(overrides: Partial<RunSummary> = {}): RunSummary {
  return {
    id: 'run-1',
    number: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    reason: 'First calculation',
    factorSetIds: ['uk-desnz-2024-v1.1'],
    pinnedFactorYear: null,
    previousRunId: null,
    figureCount: 0,
    totals: { scope1Co2eKg: 0, scope2LocationCo2eKg: 0, scope2MarketCo2eKg: 0, scope3Co2eKg: 0 },
    ...overrides,
  };
}

export function makeRecord(overrides: Partial<ActivityRecordView> & Pick<ActivityRecordView, 'siteId'>): ActivityRecordView {
  return {
    id: 'record-1',
    activityId: 'grid-electricity-uk',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    quantity: 12000,
    unit: 'kWh',
    options: null,
    source: 'manual',
    sourceRef: null,
    description: null,
    dataQuality: 'invoice',
    meter: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export const DESNZ_2024_GRID_PROVENANCE = {
  setId: 'uk-desnz-2024-v1.1',
  dataset: 'uk-desnz',
  publisher: 'DESNZ and Defra',
  setTitle: 'UK Government GHG Conversion Factors for Company Reporting (flat file)',
  year: 2024,
  version: '1.1',
  verified: true,
  caveat: null,
  factorId: 3060,
  rowNumber: 3060,
  externalId: '7_400_4000_5_1',
  path: { scope: 'Scope 2', level1: 'UK electricity', level2: 'Electricity generated', level3: 'Electricity: UK', level4: 'kWh', columnText: '', uom: 'kWh', ghgUnit: 'kg CO2e' },
  value: 0.20705,
  unit: 'kg CO2e per kWh',
  derivation: null,
};

export const DESNZ_2024_TD_PROVENANCE = {
  ...DESNZ_2024_GRID_PROVENANCE,
  factorId: 3621,
  rowNumber: 3621,
  externalId: '13_402_4000_5_1',
  path: { scope: 'Scope 3', level1: 'Transmission and distribution', level2: 'T&D- UK electricity', level3: 'Electricity: UK', level4: 'kWh', columnText: '', uom: 'kWh', ghgUnit: 'kg CO2e' },
  value: 0.0183,
};

/** A stored figure of `quantity` kWh × the 2024 grid factor (location-based unless overridden). */
export function makeFigure(overrides: Partial<FigureView> & Pick<FigureView, 'id' | 'runId' | 'activityRecordId'>): FigureView {
  return {
    role: 'generation',
    scope: 2,
    scope3Category: null,
    method: 'location-based',
    co2eKg: 12000 * 0.20705,
    co2Kg: null,
    ch4Kg: null,
    n2oKg: null,
    quantity: 12000,
    quantityUnit: 'kWh',
    factorSetId: 'uk-desnz-2024-v1.1',
    factorId: 3060,
    factorRowNumber: 3060,
    factorValue: 0.20705,
    factorUnit: 'kg CO2e per kWh',
    factorYear: 2024,
    marketStep: null,
    provenance: DESNZ_2024_GRID_PROVENANCE,
    notes: [],
    ...overrides,
  };
}
