import type { CalculationMethod, CalculationResult, EmissionComponent, FactorProvenance, Scope, Scope3Category } from '../types';
import { allocateMarketBased, type ElectricityUse, type Market, type MarketInstrument, type MarketSlice, type ResidualMix } from '../scope2/market-based';

export interface RecordForCalculation {
  id: string;
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  options: Record<string, unknown> | null;
  /** The site's certificate market; null outside the UK (no UK instruments apply there). */
  market: Market | null;
}

export type CalculateFn = (input: {
  activityId: string;
  quantity: number;
  unit: string;
  periodStart: string;
  periodEnd: string;
  options?: Record<string, unknown>;
}) => CalculationResult;

/** What a stored emission figure holds: the number and a snapshot of how it was made. */
export interface FigureDraft {
  activityRecordId: string;
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  role: string;
  scope: Scope;
  scope3Category: Scope3Category | null;
  method: CalculationMethod;
  co2eKg: number;
  co2Kg: number | null;
  ch4Kg: number | null;
  n2oKg: number | null;
  quantity: number;
  quantityUnit: string;
  factorSetId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorValue: number;
  factorUnit: string;
  factorYear: number | null;
  marketStep: MarketSlice['step'] | null;
  marketSourceId: string | null;
  provenance: FactorProvenance | MarketProvenance;
  notes: string[];
}

/** Provenance of a market-based slice that did not come from a published factor row. */
export interface MarketProvenance {
  kind: 'instrument' | 'supplier-mix' | 'residual-mix';
  sourceId: string;
  note: string;
  /** The location-based factor the slice replaced, for comparison. */
  gridFactor: FactorProvenance;
}

export interface FigureErrors {
  recordId: string;
  message: string;
  /** The calculator's error code (BAD_UNIT, NO_FACTOR…), so a form can put the message under the right field. */
  code: string | null;
}

const KWH_PER_UNIT: Record<string, number> = { kWh: 1, MWh: 1000 };

// A year of half-hourly data is 100,000 figures made from a handful of factor plans. Their notes
// and market provenance are shared objects, one per distinct content, so a figure costs its
// numbers only, and figure_details can find each one's stored JSON by identity (run-repository).
const extendedNotes = new WeakMap<readonly string[], Map<string, string[]>>();

/** `first` followed by `more`, as one shared array per distinct content (never mutated). */
function notesOf(first: readonly string[], more: readonly string[]): string[] {
  if (more.length === 0) return first as string[];
  let byMore = extendedNotes.get(first);
  if (!byMore) {
    byMore = new Map();
    extendedNotes.set(first, byMore);
  }
  const key = more.join('\u0001');
  let notes = byMore.get(key);
  if (!notes) {
    notes = [...first, ...more];
    byMore.set(key, notes);
  }
  return notes;
}

const marketProvenances = new WeakMap<FactorProvenance, Map<string, MarketProvenance>>();

function marketProvenance(kind: MarketProvenance['kind'], slice: MarketSlice, gridFactor: FactorProvenance): MarketProvenance {
  let byKey = marketProvenances.get(gridFactor);
  if (!byKey) {
    byKey = new Map();
    marketProvenances.set(gridFactor, byKey);
  }
  const key = `${kind}\u0001${slice.sourceId ?? ''}\u0001${slice.note}`;
  let provenance = byKey.get(key);
  if (!provenance) {
    provenance = { kind, sourceId: slice.sourceId ?? '', note: slice.note, gridFactor };
    byKey.set(key, provenance);
  }
  return provenance;
}

function componentFigure(record: RecordForCalculation, result: CalculationResult, c: EmissionComponent): FigureDraft {
  return {
    activityRecordId: record.id,
    siteId: record.siteId,
    activityId: record.activityId,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    role: c.role,
    scope: c.scope,
    scope3Category: c.scope3Category,
    method: c.method,
    co2eKg: c.co2eKg,
    co2Kg: c.gases?.co2Kg ?? null,
    ch4Kg: c.gases?.ch4Kg ?? null,
    n2oKg: c.gases?.n2oKg ?? null,
    quantity: c.quantity,
    quantityUnit: c.quantityUnit,
    factorSetId: c.provenance.setId,
    factorId: c.provenance.factorId,
    factorRowNumber: c.provenance.rowNumber,
    factorValue: c.provenance.value,
    factorUnit: c.provenance.unit,
    factorYear: result.factorYear,
    marketStep: null,
    marketSourceId: null,
    provenance: c.provenance,
    notes: notesOf(c.notes, result.warnings),
  };
}

/**
 * Every figure for a batch of activity records: each calculator component as it comes (Scope 1,
 * location-based Scope 2, Scope 3), plus market-based Scope 2 for every location-based Scope 2
 * component, allocated down the instrument hierarchy across the whole batch.
 */
export function computeFigures(
  records: readonly RecordForCalculation[],
  deps: {
    calculate: CalculateFn;
    instruments: readonly MarketInstrument[];
    residualMixes: readonly ResidualMix[];
    alreadyClaimedKwh?: ReadonlyMap<string, number>;
  },
): { figures: FigureDraft[]; errors: FigureErrors[] } {
  const figures: FigureDraft[] = [];
  const errors: FigureErrors[] = [];
  const uses: ElectricityUse[] = [];
  const locationByUse = new Map<string, FigureDraft>();

  for (const record of records) {
    let result: CalculationResult;
    try {
      result = deps.calculate({
        activityId: record.activityId,
        quantity: record.quantity,
        unit: record.unit,
        periodStart: record.periodStart,
        periodEnd: record.periodEnd,
        ...(record.options ? { options: record.options } : {}),
      });
    } catch (error) {
      const code = typeof (error as { code?: unknown }).code === 'string' ? String((error as { code: string }).code) : null;
      errors.push({ recordId: record.id, message: error instanceof Error ? error.message : String(error), code });
      continue;
    }
    result.components.forEach((component, index) => {
      const figure = componentFigure(record, result, component);
      figures.push(figure);
      const kwhPerUnit = KWH_PER_UNIT[component.quantityUnit];
      if (component.scope !== 2 || component.method !== 'location-based') return;
      if (record.market === null || kwhPerUnit === undefined) {
        // Outside the UK's certificate markets the market-based figure is the location-based one.
        figures.push({ ...figure, method: 'market-based', marketStep: 'grid-average', notes: notesOf(figure.notes, ['No UK market instruments apply: location-based factor used']) });
        return;
      }
      const useId = `${record.id}#${index}`;
      const energyKwh = component.quantity * kwhPerUnit;
      uses.push({
        recordId: useId,
        siteId: record.siteId,
        market: record.market,
        periodStart: record.periodStart,
        periodEnd: record.periodEnd,
        energyKwh,
        factorYear: result.factorYear,
        gridFactorKgCo2ePerKwh: energyKwh > 0 ? component.co2eKg / energyKwh : component.provenance.value / kwhPerUnit,
      });
      locationByUse.set(useId, figure);
    });
  }

  const allocation = allocateMarketBased(uses, deps.instruments, deps.residualMixes, deps.alreadyClaimedKwh);
  for (const [useId, slices] of allocation) {
    const location = locationByUse.get(useId);
    if (!location) continue;
    for (const slice of slices) figures.push(marketFigure(location, slice));
  }
  return { figures, errors };
}

function marketFigure(location: FigureDraft, slice: MarketSlice): FigureDraft {
  const share = location.quantity > 0 ? slice.energyKwh / (location.quantity * (KWH_PER_UNIT[location.quantityUnit] ?? 1)) : 0;
  const base = { ...location, method: 'market-based' as const, marketStep: slice.step, marketSourceId: slice.sourceId, co2eKg: slice.co2eKg, notes: notesOf(location.notes, [slice.note]) };
  if (slice.step === 'grid-average') {
    // Same published factor as the location-based figure, for this slice's share of the kWh.
    return { ...base, quantity: location.quantity * share, co2Kg: scale(location.co2Kg, share), ch4Kg: scale(location.ch4Kg, share), n2oKg: scale(location.n2oKg, share) };
  }
  return {
    ...base,
    quantity: slice.energyKwh,
    quantityUnit: 'kWh',
    co2Kg: null,
    ch4Kg: null,
    n2oKg: null,
    factorSetId: null,
    factorId: null,
    factorRowNumber: null,
    factorValue: slice.factorKgCo2ePerKwh,
    factorUnit: 'kg CO2e per kWh',
    provenance: marketProvenance(slice.step, slice, location.provenance as FactorProvenance),
  };
}

function scale(value: number | null, share: number): number | null {
  return value === null ? null : value * share;
}
