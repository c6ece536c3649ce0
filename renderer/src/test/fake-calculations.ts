import type { ActivityRecordView, EmissionsSettings, RunSummary } from '../../../shared/domain/calculations';
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

/** Calculation state held on a fake workspace; tests seed `runs` and `records` directly. */
export interface FakeCalculations {
  settings: EmissionsSettings;
  runs: RunSummary[];
  records: ActivityRecordView[];
}

function stateOf(ws: FakeWorkspace): FakeCalculations {
  return (ws.calculations ??= { settings: { pinnedFactorYear: null, significanceThresholdPct: 5 }, runs: [], records: [] });
}

/**
 * Bookkeeping only: this fake does not calculate emissions (the real calculator is tested in
 * electron/core). A recalculation copies the latest run's totals into a new run.
 */
export function fakeCalculationHandlers(kit: FakeKit): Pick<Handlers, Names> {
  const runById = (ws: FakeWorkspace, id: string) => {
    const run = stateOf(ws).runs.find((r) => r.id === id);
    if (!run) throw new Failure({ code: 'NOT_FOUND', message: 'That calculation run does not exist.' });
    return run;
  };
  return {
    'emissionsSettings.get': () => stateOf(kit.requireWorkspace()).settings,
    'emissionsSettings.update': (input) => kit.write(['emissions'], (ws) => (stateOf(ws).settings = input)),
    'calculations.runs': () => [...stateOf(kit.requireWorkspace()).runs].sort((a, b) => b.number - a.number),
    'calculations.recalculate': ({ reason }) =>
      kit.write(['emissions'], (ws) => {
        const state = stateOf(ws);
        const previous = state.runs.reduce<RunSummary | null>((latest, r) => (!latest || r.number > latest.number ? r : latest), null);
        const run: RunSummary = {
          id: kit.newId('run'),
          number: (previous?.number ?? 0) + 1,
          createdAt: kit.tick(),
          reason,
          factorSetIds: previous?.factorSetIds ?? [],
          pinnedFactorYear: state.settings.pinnedFactorYear,
          previousRunId: previous?.id ?? null,
          figureCount: previous?.figureCount ?? 0,
          totals: previous?.totals ?? { scope1Co2eKg: 0, scope2LocationCo2eKg: 0, scope2MarketCo2eKg: 0, scope3Co2eKg: 0 },
        };
        state.runs.push(run);
        return { run, restatementId: previous ? kit.newId('restatement') : null, baseYearChangePct: previous ? 0 : null, baseYearRecalculationRequired: false, errors: [] };
      }),
    'calculations.diff': ({ fromRunId, toRunId }) => {
      const ws = kit.requireWorkspace();
      const fromRun = runById(ws, fromRunId);
      const toRun = runById(ws, toRunId);
      return {
        fromRun,
        toRun,
        rows: [],
        factorSetsAdded: toRun.factorSetIds.filter((s) => !fromRun.factorSetIds.includes(s)),
        factorSetsRemoved: fromRun.factorSetIds.filter((s) => !toRun.factorSetIds.includes(s)),
        baseYear: { year: ws.organisation.baseYear, start: `${ws.organisation.baseYear}-04-01`, end: `${ws.organisation.baseYear + 1}-03-31`, beforeCo2eKg: 0, afterCo2eKg: 0, changePct: null },
      };
    },
    'calculations.restatements': () => [],
    'records.create': (input) =>
      kit.write(['emissions'], (ws) => {
        if (!ws.sites.some((s) => s.id === input.siteId)) throw new Failure({ code: 'NOT_FOUND', message: 'That site no longer exists. It may have been deleted.' });
        const at = kit.tick();
        const record: ActivityRecordView = { id: kit.newId('record'), ...input, source: 'manual', sourceRef: null, createdAt: at, updatedAt: at };
        stateOf(ws).records.push(record);
        return record;
      }),
    'records.list': ({ siteId, limit, offset }) => {
      const records = stateOf(kit.requireWorkspace()).records.filter((r) => !siteId || r.siteId === siteId);
      return { records: records.slice(offset, offset + limit), total: records.length };
    },
    'records.delete': ({ id }) =>
      kit.write(['emissions'], (ws) => {
        const state = stateOf(ws);
        if (!state.records.some((r) => r.id === id)) throw new Failure({ code: 'NOT_FOUND', message: 'That activity record no longer exists.' });
        state.records = state.records.filter((r) => r.id !== id);
        return null;
      }),
    'records.figures': () => [],
  };
}
