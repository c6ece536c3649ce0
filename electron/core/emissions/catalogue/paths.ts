import type { FactorUnitChoice, FieldRule, RowPath, YearOverride } from './types';

export function path(scope: FieldRule, level1: FieldRule, level2: FieldRule, level3: FieldRule, level4: FieldRule = '', columnText: FieldRule = ''): RowPath {
  return { scope, level1, level2, level3, level4, columnText };
}

/** kebab-case slug for generated ids: "Medium car" → "medium-car", "R410A" → "r410a". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// DESNZ renamed these Level 1 headings in some years; each list holds every spelling used.
export const L1 = {
  /** 2016–2022 "WTT- UK & overseas elec"; 2023 on "WTT- UK electricity". */
  wttElectricity: ['WTT- UK & overseas elec', 'WTT- UK electricity'],
  /** 2022 only uses "(land)"; every other year "- land". */
  wttPassengerLand: ['WTT- pass vehs & travel- land', 'WTT- pass vehs & travel (land)'],
  wttAir: ['WTT- business travel- air', 'WTT- business travel (air)'],
  wttSea: ['WTT- business travel- sea', 'WTT- business travel (sea)'],
  /** 2017–2021 "UK electricity for Evs"; 2022 on "UK electricity for EVs". */
  evElectricity: ['UK electricity for Evs', 'UK electricity for EVs'],
  evTd: 'UK electricity T&D for EVs',
} as const;

/**
 * UK grid electricity rows carry Level 4 "" in 2016–2021, the data year "2020" in 2022 (a quirk
 * of that year's file, see SOURCES.md), and "kWh" from 2023. The current spelling is the default
 * so a new year's file needs no change.
 */
export const ELECTRICITY_LEVEL4 = 'kWh';
export const ELECTRICITY_LEVEL4_OVERRIDES: readonly YearOverride[] = [
  { from: 2016, to: 2021, path: { level4: '' } },
  { from: 2022, to: 2022, path: { level4: '2020' } },
];

export const KM_OR_MILES: readonly FactorUnitChoice[] = [
  { unit: 'km', uom: 'km' },
  { unit: 'mile', uom: 'miles' },
];
export const PASSENGER_KM: readonly FactorUnitChoice[] = [{ unit: 'passenger-km', uom: 'passenger.km' }];
