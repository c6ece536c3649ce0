import type { Activity, CalculationResultDto, EmissionComponentDto } from '../../../shared/domain/activities';
import { Failure, type Handlers } from './fake-api';

type Names = 'activities.list' | 'emissions.preview';

interface FakeFactor {
  role: string;
  label: string;
  scope: 1 | 2 | 3;
  scope3Category: number | null;
  method: EmissionComponentDto['method'];
  rowNumber: number;
  externalId: string | null;
  path: [string, string, string, string, string, string, string];
  value: number;
  unit: string;
}

interface FakeActivity {
  activity: Activity;
  setId: string;
  setTitle: string;
  publisher: string;
  dataset: string;
  version: string;
  verified: boolean;
  caveat: string | null;
  year: number;
  /** Multiplier from each accepted unit to the factor unit. */
  toFactorUnit: Record<string, { k: number; label: string }>;
  factors: FakeFactor[];
}

const DESNZ_2024 = { setId: 'uk-desnz-2024-v1.1', setTitle: 'UK Government GHG Conversion Factors for Company Reporting (flat file)', publisher: 'DESNZ and Defra', dataset: 'uk-desnz', version: '1.1', verified: true, caveat: null, year: 2024 };

function activity(a: Partial<Activity> & Pick<Activity, 'id' | 'label' | 'category' | 'scope'>, units: string[]): Activity {
  return {
    description: `${a.label}, for tests.`,
    family: null,
    dataset: 'uk-desnz',
    scope3Category: null,
    acceptedUnits: units.map((id) => ({ id, label: id === 'm3' ? 'm³' : id === 'GBP' ? '£ (GBP)' : id })),
    defaultUnit: units[0] as string,
    gasVolume: false,
    warnings: [],
    keywords: [],
    components: [],
    ...a,
  };
}

/** A few catalogue entries with their 2024 factors copied from the shipped files (rows as published). */
export const FAKE_ACTIVITIES: FakeActivity[] = [
  {
    ...DESNZ_2024,
    activity: activity({ id: 'grid-electricity-uk', label: 'Electricity from the grid (UK)', category: 'Electricity', scope: 2, keywords: ['power'] }, ['kWh', 'MWh']),
    toFactorUnit: { kWh: { k: 1, label: 'kWh' }, MWh: { k: 1000, label: 'kWh' } },
    factors: [
      { role: 'generation', label: 'Electricity generation', scope: 2, scope3Category: null, method: 'location-based', rowNumber: 3060, externalId: '7_400_4000_5_1', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', 'kWh', '', 'kWh'], value: 0.20705, unit: 'kg CO2e per kWh' },
      { role: 'td-losses', label: 'Transmission and distribution losses', scope: 3, scope3Category: 3, method: 'activity', rowNumber: 3621, externalId: '13_402_4000_5_1', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', 'kWh', '', 'kWh'], value: 0.0183, unit: 'kg CO2e per kWh' },
    ],
  },
  {
    ...DESNZ_2024,
    activity: activity({ id: 'natural-gas', label: 'Natural gas', category: 'Heating and fuels', scope: 1, gasVolume: true, keywords: ['mains gas', 'boiler'] }, ['kWh', 'm3']),
    toFactorUnit: { kWh: { k: 1, label: 'kWh (Gross CV)' }, m3: { k: (1.02264 * 39.5) / 3.6, label: 'kWh (Gross CV)' } },
    factors: [
      { role: 'combustion', label: 'Burning the fuel', scope: 1, scope3Category: null, method: 'activity', rowNumber: 77, externalId: '1_100_1004_6_1', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'], value: 0.1829, unit: 'kg CO2e per kWh (Gross CV)' },
    ],
  },
  {
    ...DESNZ_2024,
    activity: activity({ id: 'flight-long-haul-economy-rf', label: 'Flight: long haul, economy', category: 'Business travel: flights', scope: 3, scope3Category: 6, keywords: ['plane'] }, ['passenger-km']),
    toFactorUnit: { 'passenger-km': { k: 1, label: 'passenger-km' } },
    factors: [
      { role: 'flight', label: 'Flying', scope: 3, scope3Category: 6, method: 'activity', rowNumber: 4444, externalId: '21_316_3170_11_1', path: ['Scope 3', 'Business travel- air', 'Flights', 'Long-haul, to/from UK', 'Economy class', 'With RF', 'passenger.km'], value: 0.20011, unit: 'kg CO2e per passenger-km' },
    ],
  },
  {
    setId: 'uk-eeio-sic-2022-vextract',
    setTitle: 'UK spend-based (EEIO) emission factors by SIC code, 2022',
    publisher: 'Defra',
    dataset: 'uk-eeio-sic',
    version: '2022 (extract)',
    verified: false,
    caveat: 'UNVERIFIED: a secondary extract that could not be checked against the official Defra workbook.',
    year: 2022,
    activity: activity(
      { id: 'spend-sic-47', label: 'Spend: retail trade services (SIC 47)', category: 'Purchased goods and services (spend)', scope: 3, scope3Category: 1, dataset: 'uk-eeio-sic', warnings: ['Spend-based factor from an unverified copy of the Defra SIC factors (2022).'] },
      ['GBP'],
    ),
    toFactorUnit: { GBP: { k: 1, label: '£ (GBP)' } },
    factors: [
      { role: 'spend', label: 'Purchased goods and services', scope: 3, scope3Category: 1, method: 'spend', rowNumber: 63, externalId: null, path: ['Scope 3', 'Spend-based (EEIO)', '47', 'Retail trade services, except of motor vehicles and motorcycles', '', 'Purchased goods and services', 'GBP'], value: 0.327801249497, unit: 'kg CO2e per £' },
    ],
  },
];

/** The catalogue and a preview that multiplies by the factors above (the real calculator is tested in electron/core). */
export function fakeEmissionsHandlers(): Pick<Handlers, Names> {
  return {
    'activities.list': () => FAKE_ACTIVITIES.map((a) => a.activity),
    'emissions.preview': (input) => {
      const fake = FAKE_ACTIVITIES.find((a) => a.activity.id === input.activityId);
      if (!fake) throw new Failure({ code: 'VALIDATION', message: `There is no activity "${input.activityId}" in the catalogue.`, fields: { activityId: 'Unknown activity' } });
      const conversion = fake.toFactorUnit[input.unit];
      if (!conversion) throw new Failure({ code: 'VALIDATION', message: `${fake.activity.label} is not measured in ${input.unit}.`, fields: { unit: 'Choose a unit' } });
      const quantity = input.quantity * conversion.k;
      const components: EmissionComponentDto[] = fake.factors.map((f) => ({
        role: f.role,
        label: f.label,
        scope: f.scope,
        scope3Category: f.scope3Category,
        method: f.method,
        co2eKg: quantity * f.value,
        gases: null,
        quantity,
        quantityUnit: conversion.label,
        notes: conversion.k === 1 ? [] : [`${input.unit} converted to ${conversion.label}`],
        provenance: {
          setId: fake.setId,
          dataset: fake.dataset,
          publisher: fake.publisher,
          setTitle: fake.setTitle,
          year: fake.year,
          version: fake.version,
          verified: fake.verified,
          caveat: fake.caveat,
          factorId: null,
          rowNumber: f.rowNumber,
          externalId: f.externalId,
          path: { scope: f.path[0], level1: f.path[1], level2: f.path[2], level3: f.path[3], level4: f.path[4], columnText: f.path[5], uom: f.path[6], ghgUnit: 'kg CO2e' },
          value: f.value,
          unit: f.unit,
          derivation: null,
        },
      }));
      const result: CalculationResultDto = {
        activityId: fake.activity.id,
        factorYear: fake.year,
        factorYearReason: fake.dataset === 'uk-desnz' ? `${fake.year} set: 366 of 366 days fall in ${fake.year} (DESNZ guidance)` : `${fake.setTitle} (${fake.year}): the only set of this dataset loaded`,
        input: { quantity: input.quantity, unit: input.unit, periodStart: input.periodStart, periodEnd: input.periodEnd },
        components,
        totalCo2eKg: components.reduce((sum, c) => sum + c.co2eKg, 0),
        warnings: [...fake.activity.warnings],
      };
      return result;
    },
  };
}
