// activity × factor → kg CO2e, with the provenance of every factor used.
//
// The work that does not depend on the quantity (choosing the set, finding rows, converting
// units, building provenance) is done once per (activity, set, unit, options) and cached on the
// lookup, so the hot path of a calculation is a multiplication per component.
import { findActivity, type ActivityDef, type ComponentDef, type FactorUnitChoice } from './catalogue';
import { chooseFactorYear, majorityYear, nearestLoadedYear } from './factor-year';
import type { FactorDataset, FactorLookup, FactorSetInfo } from './library/types';
import { AmbiguousFactorError, findFactor, type FoundFactor, type GasValues, type LookupRow } from './resolve';
import type { CalculationResult, EmissionComponent, FactorProvenance } from './types';
import { conversionFactor, DEFAULT_GAS_CALORIFIC_VALUE_MJ_PER_M3, describeConversion, perUnitLabel, unitInfo, type ConversionOptions, type UnitId } from './units';

export interface CalculationOptions {
  /** Natural gas in m³ or hundreds of cubic feet: calorific value from the bill, MJ/m³ (default 39.5). */
  gasCalorificValueMjPerM3?: number;
}

export interface CalculationInput {
  activityId: string;
  quantity: number;
  unit: UnitId;
  /** YYYY-MM-DD, first day of the period. */
  periodStart: string;
  /** YYYY-MM-DD, last day of the period (included). */
  periodEnd: string;
  options?: CalculationOptions;
}

export interface CalculationContext {
  lookup: FactorLookup;
  /** A factor year pinned for the workspace, overriding the DESNZ majority rule. */
  pinnedYear?: number | null;
}

export type CalculationErrorCode = 'UNKNOWN_ACTIVITY' | 'BAD_UNIT' | 'BAD_INPUT' | 'NO_FACTOR_SET' | 'NO_FACTOR' | 'AMBIGUOUS_FACTOR';

export class CalculationError extends Error {
  readonly code: CalculationErrorCode;
  constructor(code: CalculationErrorCode, message: string) {
    super(message);
    this.name = 'CalculationError';
    this.code = code;
  }
}

interface PlannedComponent {
  def: ComponentDef;
  multiplier: number;
  value: number;
  gases: GasValues | null;
  unitLabel: string;
  provenance: FactorProvenance;
  notes: readonly string[];
}

interface Plan {
  set: FactorSetInfo;
  components: readonly PlannedComponent[];
  /** Set when the activity was absent from the year asked for and another year's set was used. */
  fallbackReason: string | null;
  warnings: readonly string[];
}

interface YearChoice {
  set: FactorSetInfo;
  reason: string;
  warnings: readonly string[];
}

interface LookupCache {
  setsByDataset: Map<FactorDataset, FactorSetInfo[]>;
  years: Map<string, YearChoice>;
  plans: Map<string, Plan>;
}

const caches = new WeakMap<FactorLookup, LookupCache>();
const MAX_MEMO = 50_000;

function cacheFor(lookup: FactorLookup): LookupCache {
  let cache = caches.get(lookup);
  if (!cache) {
    const setsByDataset = new Map<FactorDataset, FactorSetInfo[]>();
    for (const info of lookup.sets()) {
      const list = setsByDataset.get(info.dataset) ?? [];
      // One set per year: where a year was loaded in several versions, the later version wins.
      const same = list.findIndex((s) => s.year === info.year);
      if (same === -1) list.push(info);
      else if (compareVersions(info.version, (list[same] as FactorSetInfo).version) > 0) list[same] = info;
      setsByDataset.set(info.dataset, list);
    }
    for (const list of setsByDataset.values()) list.sort((a, b) => a.year - b.year);
    cache = { setsByDataset, years: new Map(), plans: new Map() };
    caches.set(lookup, cache);
  }
  return cache;
}

function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Forget what was cached for a lookup (call after loading or removing factor sets). */
export function invalidateCalculatorCache(lookup: FactorLookup): void {
  caches.delete(lookup);
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_MEMO) map.clear();
  map.set(key, value);
  return value;
}

function chooseSet(cache: LookupCache, dataset: FactorDataset, input: CalculationInput, pinnedYear: number | null): YearChoice {
  const key = `${dataset}|${input.periodStart}|${input.periodEnd}|${pinnedYear ?? ''}`;
  const memo = cache.years.get(key);
  if (memo) return memo;
  const sets = cache.setsByDataset.get(dataset) ?? [];
  const loadedYears = sets.map((s) => s.year);
  let year: number;
  let reason: string;
  let warnings: string[] = [];
  try {
    if (dataset === 'uk-desnz') {
      if (!sets.length) throw new CalculationError('NO_FACTOR_SET', 'No UK Government (DESNZ) factor set is loaded, so nothing can be calculated.');
      const choice = chooseFactorYear(input.periodStart, input.periodEnd, { loadedYears, pinnedYear });
      ({ year, reason, warnings } = choice);
    } else {
      const majority = majorityYear(input.periodStart, input.periodEnd);
      const nearest = nearestLoadedYear(majority.year, loadedYears);
      if (nearest === null) throw new CalculationError('NO_FACTOR_SET', `No ${dataset} factor set is loaded, so this activity cannot be calculated.`);
      year = nearest;
      const set = sets.find((s) => s.year === nearest) as FactorSetInfo;
      reason = `${set.title} (${nearest}): ${loadedYears.length === 1 ? 'the only set of this dataset loaded' : 'the loaded set nearest the period'}`;
      if (nearest !== majority.year) warnings = [`The ${set.publisher} data is for ${nearest}, but most of the period falls in ${majority.year}: it is the nearest year available.`];
    }
  } catch (error) {
    if (error instanceof CalculationError) throw error;
    throw new CalculationError('BAD_INPUT', (error as Error).message);
  }
  const set = sets.find((s) => s.year === year) as FactorSetInfo;
  return remember(cache.years, key, { set, reason, warnings });
}

function pickFactorUnit(def: ComponentDef, unit: UnitId, conversion: ConversionOptions): { choice: FactorUnitChoice; multiplier: number } | null {
  const exact = def.factorUnits.find((f) => f.unit === unit);
  if (exact) return { choice: exact, multiplier: 1 };
  for (const choice of def.factorUnits) {
    const multiplier = conversionFactor(unit, choice.unit, conversion);
    if (multiplier !== null) return { choice, multiplier };
  }
  return null;
}

function provenanceOf(set: FactorSetInfo, found: FoundFactor, factorUnit: UnitId, dataset: FactorDataset): FactorProvenance {
  const row = found.row as LookupRow;
  const mass = dataset === 'ember' ? 'kg CO2' : 'kg CO2e';
  return Object.freeze({
    setId: set.id,
    dataset: set.dataset,
    publisher: set.publisher,
    setTitle: set.title,
    year: set.year,
    version: set.version,
    verified: set.verified,
    caveat: set.caveat,
    factorId: typeof row.id === 'number' ? row.id : null,
    rowNumber: row.rowNumber,
    externalId: row.externalId,
    path: Object.freeze({ scope: row.scope, level1: row.level1, level2: row.level2, level3: row.level3, level4: row.level4, columnText: row.columnText, uom: row.uom, ghgUnit: row.ghgUnit }),
    value: found.value,
    unit: `${mass} per ${perUnitLabel(factorUnit)}`,
    derivation: found.derivation,
  });
}

/** Tries to price every component of the activity from one set; null when a required one is missing. */
function planFromSet(lookup: FactorLookup, activity: ActivityDef, set: FactorSetInfo, unit: UnitId, conversion: ConversionOptions): { plan: Plan } | { missing: string } {
  const rows = lookup.rows(set.id) as readonly LookupRow[];
  const components: PlannedComponent[] = [];
  const warnings: string[] = [];
  for (const def of activity.components) {
    const picked = pickFactorUnit(def, unit, conversion);
    if (!picked) throw new CalculationError('BAD_UNIT', `${unitInfo(unit).label} cannot be converted to the unit of "${def.label}" for ${activity.label}.`);
    const context = `${activity.id} in ${set.id} (${set.year})`;
    let found: ReturnType<typeof findFactor>;
    try {
      found = findFactor(def, picked.choice, rows, set.year, context);
    } catch (error) {
      if (error instanceof AmbiguousFactorError) throw new CalculationError('AMBIGUOUS_FACTOR', error.message);
      throw error;
    }
    if (!found.found) {
      if (def.optional) {
        warnings.push(`"${def.label}" is left out: the ${set.year} set has no usable factor for it (${found.reason}).`);
        continue;
      }
      return { missing: `"${def.label}": ${found.reason}` };
    }
    const notes: string[] = [];
    const conversionNote = describeConversion(unit, picked.choice.unit, conversion);
    if (conversionNote) notes.push(conversionNote);
    if (activity.dataset === 'uk-desnz' && found.gases && set.year <= 2021) {
      notes.push(`Per-gas figures are the CO2e contribution of each gas (the ${set.year} file labels them "kg CO2", "kg CH4", "kg N2O").`);
    }
    components.push({
      def,
      multiplier: picked.multiplier,
      value: found.value,
      gases: found.gases,
      unitLabel: unitInfo(picked.choice.unit).label,
      provenance: provenanceOf(set, found, picked.choice.unit, activity.dataset),
      notes: Object.freeze(notes),
    });
  }
  return { plan: { set, components, fallbackReason: null, warnings } };
}

function buildPlan(lookup: FactorLookup, cache: LookupCache, activity: ActivityDef, wanted: FactorSetInfo, unit: UnitId, conversion: ConversionOptions): Plan {
  const first = planFromSet(lookup, activity, wanted, unit, conversion);
  if ('plan' in first) return first.plan;
  // Absent from the year asked for (e.g. homeworking before 2022): use the nearest year that has
  // it, earlier first on a tie, and say so.
  const others = (cache.setsByDataset.get(activity.dataset) ?? [])
    .filter((s) => s.id !== wanted.id)
    .sort((a, b) => Math.abs(a.year - wanted.year) - Math.abs(b.year - wanted.year) || a.year - b.year);
  for (const set of others) {
    const attempt = planFromSet(lookup, activity, set, unit, conversion);
    if ('plan' in attempt) {
      const why = `${activity.label} is not in the ${wanted.year} set (${first.missing}), so the nearest set that has it, ${set.year}, was used.`;
      return { ...attempt.plan, fallbackReason: `${set.year} set used because the ${wanted.year} set has no factor for this activity`, warnings: [why, ...attempt.plan.warnings] };
    }
  }
  throw new CalculationError('NO_FACTOR', `No loaded factor set has a usable factor for ${activity.id} (${wanted.id}: ${first.missing}).`);
}

export function calculate(input: CalculationInput, ctx: CalculationContext): CalculationResult {
  const activity = findActivity(input.activityId);
  if (!activity) throw new CalculationError('UNKNOWN_ACTIVITY', `There is no activity "${input.activityId}" in the catalogue.`);
  if (!activity.acceptedUnits.includes(input.unit)) {
    throw new CalculationError('BAD_UNIT', `${activity.label} is measured in ${activity.acceptedUnits.map((u) => unitInfo(u).label).join(', ')}, not "${input.unit}".`);
  }
  if (!Number.isFinite(input.quantity)) throw new CalculationError('BAD_INPUT', 'The quantity must be a number.');
  const cv = activity.gasVolume ? (input.options?.gasCalorificValueMjPerM3 ?? DEFAULT_GAS_CALORIFIC_VALUE_MJ_PER_M3) : undefined;
  if (cv !== undefined && !(cv > 0 && cv < 100)) throw new CalculationError('BAD_INPUT', 'The calorific value must be in MJ/m³, between 0 and 100 (UK gas is about 38–40).');

  const cache = cacheFor(ctx.lookup);
  const choice = chooseSet(cache, activity.dataset, input, ctx.pinnedYear ?? null);
  const planKey = `${activity.id}|${choice.set.id}|${input.unit}|${cv ?? ''}`;
  const plan = cache.plans.get(planKey) ?? remember(cache.plans, planKey, buildPlan(ctx.lookup, cache, activity, choice.set, input.unit, cv === undefined ? {} : { gasCalorificValueMjPerM3: cv }));

  const components: EmissionComponent[] = new Array(plan.components.length);
  let total = 0;
  for (let i = 0; i < plan.components.length; i += 1) {
    const pc = plan.components[i] as PlannedComponent;
    const quantity = input.quantity * pc.multiplier;
    const co2eKg = quantity * pc.value;
    total += co2eKg;
    components[i] = {
      role: pc.def.role,
      label: pc.def.label,
      scope: pc.def.scope,
      scope3Category: pc.def.scope3Category,
      method: pc.def.method,
      co2eKg,
      gases: pc.gases ? { co2Kg: quantity * pc.gases.co2, ch4Kg: quantity * pc.gases.ch4, n2oKg: quantity * pc.gases.n2o } : null,
      quantity,
      quantityUnit: pc.unitLabel,
      provenance: pc.provenance,
      notes: pc.notes as string[],
    };
  }
  const unverified = plan.set.verified ? [] : [`Unverified factor set: ${plan.set.title}. ${plan.set.caveat ?? 'It has not been checked against the publisher\'s original.'}`];
  const warnings = [...unverified, ...choice.warnings, ...plan.warnings, ...(activity.warnings ?? [])];
  return {
    activityId: activity.id,
    factorYear: plan.set.year,
    factorYearReason: plan.fallbackReason ? `${choice.reason}; ${plan.fallbackReason}` : choice.reason,
    input: { quantity: input.quantity, unit: input.unit, periodStart: input.periodStart, periodEnd: input.periodEnd },
    components,
    totalCo2eKg: total,
    warnings,
  };
}
