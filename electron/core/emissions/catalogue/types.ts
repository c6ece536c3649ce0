import type { FactorDataset } from '../library/types';
import type { CalculationMethod, Scope, Scope3Category } from '../types';
import type { UnitId } from '../units';

/**
 * One accepted spelling of a factor-file field, or several where DESNZ renamed things between
 * years (e.g. `['WTT- UK & overseas elec', 'WTT- UK electricity']`). A row matches when its field
 * equals one of them exactly. `ANY` matches anything and is used only where a field is
 * descriptive rather than identifying (documented at each use).
 */
export type Alt = string | readonly string[];
export const ANY = Symbol('any value');
export type FieldRule = Alt | typeof ANY;

/** Which factor row, by its published path. Fields left out of a selector must be empty in the row. */
export interface RowPath {
  scope: FieldRule;
  level1: FieldRule;
  level2: FieldRule;
  level3: FieldRule;
  level4: FieldRule;
  columnText: FieldRule;
}

/** Different spellings for a range of set years (both ends included), e.g. the 2022 Level 4 "2020" quirk. */
export interface YearOverride {
  from: number;
  to: number;
  path: Partial<RowPath>;
}

/** A unit a component's factor rows are published in, with the row's UOM label(s). */
export interface FactorUnitChoice {
  unit: UnitId;
  uom: Alt;
  /** Where the Column Text differs by unit (DESNZ fuels 2016–2021: "Volume", "Energy - Gross CV"…). */
  columnText?: FieldRule;
}

/**
 * How the factor value is read from the matched rows:
 * - `kg-co2e-row`: the one row with GHG unit "kg CO2e" (DESNZ, SIC spend factors);
 * - `egrid-lb-per-mwh-ar5`: eGRID lb CO2, lb CH4 and lb N2O per MWh, combined to kg CO2e with the
 *   EPA Hub's AR5 GWPs (CH4 28, N2O 265) and 0.45359237 kg/lb;
 * - `ember-g-co2-per-kwh`: Ember g CO2 per kWh ÷ 1000 (CO2 only, no other gases).
 */
export type ValueRule = 'kg-co2e-row' | 'egrid-lb-per-mwh-ar5' | 'ember-g-co2-per-kwh';

export interface ComponentDef {
  /** Stable id within the activity: generation, td-losses, wtt-generation, wtt-td-losses, combustion, wtt, ev-electricity… */
  role: string;
  label: string;
  scope: Scope;
  scope3Category: Scope3Category | null;
  method: CalculationMethod;
  path: RowPath;
  overrides?: readonly YearOverride[];
  /** The first is the unit other units are converted to; an input already in another listed unit uses that row directly. */
  factorUnits: readonly FactorUnitChoice[];
  value?: ValueRule;
  /** Left out with a warning when its row is missing or blank in the set used (e.g. some early WTT rows). */
  optional?: boolean;
}

export const activityCategories = [
  'Electricity',
  'Electricity outside the UK',
  'Heating and fuels',
  'Vehicle fuel',
  'Company cars',
  'Company vans',
  'Company lorries (HGVs)',
  'Business travel: cars',
  'Business travel: flights',
  'Business travel: rail, bus, taxi and ferry',
  'Hotel stays',
  'Employee commuting',
  'Homeworking',
  'Water',
  'Waste',
  'Refrigerant leaks',
  'Purchased goods and services (spend)',
] as const;
export type ActivityCategory = (typeof activityCategories)[number];

export interface ActivityDef {
  /** kebab-case, stable forever: stored with every figure. */
  id: string;
  label: string;
  /** Plain words for an office manager. */
  description: string;
  category: ActivityCategory;
  /** The generated family this activity belongs to, e.g. "company-car" (null for one-offs). */
  family: string | null;
  dataset: FactorDataset;
  scope: Scope;
  scope3Category: Scope3Category | null;
  acceptedUnits: readonly UnitId[];
  defaultUnit: UnitId;
  components: readonly ComponentDef[];
  /** Natural gas: m³ and hundreds of cubic feet convert to kWh with the bill formula and a calorific value. */
  gasVolume?: boolean;
  /** Shown with every result (unverified data, CO2-only data…). */
  warnings?: readonly string[];
  /** Extra words for search ("heating oil", "kerosene"…). */
  keywords?: readonly string[];
}
