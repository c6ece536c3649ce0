// Refrigerant and other gas leaks (Scope 1): kg of gas lost, from service records (the amount
// topped up is the usual measure). The factor is the gas's global warming potential (kg CO2e per kg).
import { path } from './paths';
import type { ActivityDef, Alt } from './types';

// Level 2 group headings, every spelling: 2016–2021 | 2022 on.
const SINGLE = ['Kyoto protocol - standard', 'Kyoto protocol products'];
const BLEND = ['Kyoto protocol- blends', 'Blends'];
const OTHER = ['Other refrigerants', 'Other products'];

/**
 * 2016–2021 publish one row per gas (Column Text empty); from 2022 three rows (Kyoto products
 * only / non-Kyoto only / total). The total row is the one that matches the earlier single row,
 * so the total is used throughout.
 */
const COLUMN_TEXT: Alt = ['', 'Total emissions including non-Kyoto products'];

export const REFRIGERANTS: ReadonlyArray<{ key: string; label: string; group: readonly string[]; desnz: Alt; note?: string }> = [
  { key: 'r32', label: 'R32 (HFC-32)', group: SINGLE, desnz: 'HFC-32' },
  { key: 'r125', label: 'R125 (HFC-125)', group: SINGLE, desnz: 'HFC-125' },
  { key: 'r134a', label: 'R134a (HFC-134a)', group: SINGLE, desnz: 'HFC-134a' },
  { key: 'r143a', label: 'R143a (HFC-143a)', group: SINGLE, desnz: 'HFC-143a' },
  { key: 'r227ea', label: 'HFC-227ea (FM-200 fire suppression)', group: SINGLE, desnz: 'HFC-227ea' },
  { key: 'r23', label: 'R23 (HFC-23)', group: SINGLE, desnz: 'HFC-23' },
  { key: 'r744-co2', label: 'R744 (carbon dioxide)', group: SINGLE, desnz: 'Carbon dioxide' },
  { key: 'sf6', label: 'Sulphur hexafluoride (SF6, switchgear)', group: SINGLE, desnz: 'Sulphur hexafluoride (SF6)' },
  { key: 'r404a', label: 'R404A', group: BLEND, desnz: 'R404A' },
  { key: 'r407a', label: 'R407A', group: BLEND, desnz: 'R407A' },
  { key: 'r407c', label: 'R407C', group: BLEND, desnz: 'R407C' },
  { key: 'r407f', label: 'R407F', group: BLEND, desnz: 'R407F' },
  { key: 'r410a', label: 'R410A', group: BLEND, desnz: 'R410A' },
  { key: 'r417a', label: 'R417A', group: BLEND, desnz: 'R417A' },
  { key: 'r422d', label: 'R422D', group: BLEND, desnz: 'R422D' },
  { key: 'r507a', label: 'R507A', group: BLEND, desnz: 'R507A' },
  { key: 'r508b', label: 'R508B', group: BLEND, desnz: 'R508B' },
  { key: 'r290-propane', label: 'R290 (propane)', group: OTHER, desnz: 'R290 = propane', note: 'Not a Kyoto gas.' },
  { key: 'r600a-isobutane', label: 'R600a (isobutane)', group: OTHER, desnz: 'R600A = isobutane', note: 'Not a Kyoto gas.' },
  // 2016–2021 "R1234yf"; 2022 on "R1234yf*" (footnoted). Published as "< 1" in several years.
  { key: 'r1234yf', label: 'R1234yf', group: OTHER, desnz: ['R1234yf', 'R1234yf*'], note: 'Not a Kyoto gas; DESNZ publishes "< 1" in some years, which cannot be used.' },
  { key: 'r1234ze', label: 'R1234ze', group: OTHER, desnz: ['R1234ze', 'R1234ze*'], note: 'Not a Kyoto gas; DESNZ publishes "< 1" in some years, which cannot be used.' },
];

export const refrigerantActivities: readonly ActivityDef[] = REFRIGERANTS.map((gas) => ({
  id: `refrigerant-${gas.key}`,
  label: `Refrigerant leak: ${gas.label}`,
  description: `Kilograms of ${gas.label} lost from air conditioning, heat pumps, chillers or fridges (the amount your engineer topped up or recovered short).${gas.note ? ` ${gas.note}` : ''}`,
  category: 'Refrigerant leaks',
  family: 'refrigerant',
  dataset: 'uk-desnz',
  scope: 1,
  scope3Category: null,
  acceptedUnits: ['kg', 'tonne'],
  defaultUnit: 'kg',
  keywords: ['f-gas', 'air conditioning', 'leak', 'top-up', 'gwp'],
  components: [
    { role: 'leak', label: 'Gas released', scope: 1, scope3Category: null, method: 'activity', path: path('Scope 1', 'Refrigerant & other', gas.group, gas.desnz, '', COLUMN_TEXT), factorUnits: [{ unit: 'kg', uom: 'kg' }] },
  ],
}));
