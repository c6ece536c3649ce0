import type { FactorRow, FactorSetInfo } from './library/types';

export type Scope = 1 | 2 | 3;

/** GHG Protocol Scope 3 categories 1–15. */
export type Scope3Category = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/** How a figure was obtained: activity × factor, or a Scope 2 method. */
export type CalculationMethod = 'activity' | 'spend' | 'location-based' | 'market-based' | 'time-matched';

/** Where a factor came from: enough to find the exact published cell again. */
export interface FactorProvenance {
  setId: string;
  dataset: FactorSetInfo['dataset'];
  publisher: string;
  setTitle: string;
  year: number;
  version: string;
  verified: boolean;
  caveat: string | null;
  /** Database id of the factor row where there is one (null in pure in-memory calculations). */
  factorId: number | null;
  rowNumber: number;
  externalId: string | null;
  path: Pick<FactorRow, 'scope' | 'level1' | 'level2' | 'level3' | 'level4' | 'columnText' | 'uom' | 'ghgUnit'>;
  /** The published value, as a number, in `unit`. */
  value: number;
  /** e.g. "kg CO2e per kWh". */
  unit: string;
  /**
   * How `value` was worked out where it is not a single published cell (eGRID gases combined with
   * GWPs, Ember g → kg); absent or null for a published value used as is.
   */
  derivation?: string | null;
}

export interface GasBreakdownKg {
  co2Kg: number;
  ch4Kg: number;
  n2oKg: number;
}

/** One part of an activity's emissions, e.g. electricity generation, its T&D losses, or its WTT. */
export interface EmissionComponent {
  /** generation | td-losses | wtt | wtt-td-losses | combustion | … (stable ids, see the catalogue). */
  role: string;
  label: string;
  scope: Scope;
  scope3Category: Scope3Category | null;
  method: CalculationMethod;
  co2eKg: number;
  /** Per-gas kg CO2e where the factor set publishes them (before 2022 the per-gas rows are already CO2e). */
  gases: GasBreakdownKg | null;
  /** The quantity the factor was applied to, in the factor's unit. */
  quantity: number;
  quantityUnit: string;
  provenance: FactorProvenance;
  notes: string[];
}

export interface CalculationResult {
  activityId: string;
  /** The factor year used and why (DESNZ rule, or pinned by the workspace). */
  factorYear: number;
  factorYearReason: string;
  input: { quantity: number; unit: string; periodStart: string; periodEnd: string };
  components: EmissionComponent[];
  totalCo2eKg: number;
  warnings: string[];
}
