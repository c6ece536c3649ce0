import { TOTAL_CO2E_UNIT, type FactorRowView, type FactorSet, type RefusedFactorFile } from '../../../shared/domain/factors';
import { Failure, type FakeKit, type Handlers } from './fake-api';

type FactorNames = 'factors.sets' | 'factors.search' | 'factors.get' | 'factors.confirm';

/** The factor library every fake workspace shares (the real app loads the same shipped files into each). */
export interface FakeFactorLibrary {
  sets: FactorSet[];
  rows: FactorRowView[];
  refused?: RefusedFactorFile[];
}

export function makeFactorSet(overrides: Partial<FactorSet> = {}): FactorSet {
  return {
    id: 'uk-desnz-2024-v1.1',
    dataset: 'uk-desnz',
    title: 'UK Government GHG Conversion Factors for Company Reporting (flat file)',
    publisher: 'DESNZ and Defra',
    year: 2024,
    version: '1.1',
    updatedOn: '2024-10-18',
    sourceFile: 'ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx',
    sourceSha256: '1b063892ad1f00c5bc73029c016e54bc4c3050a71219202b545f8aea2f9f75c4',
    fileSha256: 'aab21778644803cf8f110a81cba7ce3949aff441b32b4a1e8cfd5ae1d836bc2e',
    licence: 'Open Government Licence v3.0',
    verified: true,
    caveat: null,
    rowCount: 8740,
    loadedAt: '2026-11-26T09:00:00.000Z',
    confirmation: null,
    ...overrides,
  };
}

let factorId = 1;

export function makeFactorRow(set: FactorSet, overrides: Partial<FactorRowView> = {}): FactorRowView {
  return {
    id: factorId++,
    setId: set.id,
    dataset: set.dataset,
    setYear: set.year,
    setVersion: set.version,
    rowNumber: 1,
    externalId: null,
    scope: 'Scope 1',
    level1: 'Fuels',
    level2: 'Gaseous fuels',
    level3: 'Natural gas',
    level4: '',
    columnText: '',
    uom: 'kWh (Gross CV)',
    ghgUnit: TOTAL_CO2E_UNIT,
    value: 0.1829,
    rawValue: '0.1829',
    ...overrides,
  };
}

/** A few sets and rows copied from the shipped files, enough for the Factors page tests. */
export function sampleFactorLibrary(): FakeFactorLibrary {
  const desnz2024 = makeFactorSet();
  const desnz2025 = makeFactorSet({
    id: 'uk-desnz-2025-v1.0',
    year: 2025,
    version: '1.0',
    updatedOn: '2025-06-10',
    publisher: 'DESNZ (produced by Ricardo Energy & Environment and Aether Ltd)',
    fileSha256: 'e109bb5176d428842781a991d79936a658dd64f16c9807af88afcaebc49251b6',
  });
  const egrid = makeFactorSet({
    id: 'us-egrid-2023-vegrid2023-hub2025',
    dataset: 'us-egrid',
    title: 'EPA GHG Emission Factors Hub 2025, Table 6 Electricity (eGRID2023 subregion output emission rates)',
    publisher: 'U.S. EPA',
    year: 2023,
    version: 'eGRID2023 (Hub last modified 2025-01-15)',
    caveat: 'Location-based factors for sites in the United States only.',
    rowCount: 196,
  });
  const sic = makeFactorSet({
    id: 'uk-eeio-sic-2022-vextract',
    dataset: 'uk-eeio-sic',
    title: 'UK spend-based (EEIO) emission factors by SIC code, 2022',
    publisher: 'Defra',
    year: 2022,
    version: '2022 (extract)',
    verified: false,
    caveat: 'UNVERIFIED: a secondary extract that could not be checked against the official Defra workbook.',
    rowCount: 220,
  });
  const gas = { scope: 'Scope 1', level1: 'Fuels', level2: 'Gaseous fuels', level3: 'Natural gas', uom: 'kWh (Gross CV)' };
  const electricity = { scope: 'Scope 2', level1: 'UK electricity', level2: 'Electricity generated', level3: 'Electricity: UK', level4: 'kWh', uom: 'kWh' };
  return {
    sets: [desnz2024, desnz2025, egrid, sic],
    rows: [
      makeFactorRow(desnz2025, { ...gas, rowNumber: 4, externalId: '1_100_1000_65_1', value: 0.18296, rawValue: '0.18296' }),
      makeFactorRow(desnz2024, { ...gas, rowNumber: 4, externalId: '1_100_1000_65_1' }),
      makeFactorRow(desnz2024, { ...gas, rowNumber: 5, externalId: '1_100_1000_65_2', ghgUnit: 'kg CO2e of CO2 per unit', value: 0.18253, rawValue: '0.18253' }),
      makeFactorRow(desnz2024, { ...electricity, rowNumber: 6950, externalId: '20_200_2000_5_1', value: 0.20705, rawValue: '0.20705' }),
      makeFactorRow(sic, { scope: 'Scope 3', level1: 'Spend-based (EEIO)', level2: '01', level3: 'Products of agriculture, hunting and related services', columnText: 'Purchased goods and services', uom: 'GBP', value: 2.63302861758, rawValue: '2.63302861758' }),
    ],
  };
}

function matches(row: FactorRowView, words: string[]): boolean {
  const haystack = [row.level1, row.level2, row.level3, row.level4, row.columnText, row.uom, row.externalId ?? ''].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Searches like the backend: every word must match, totals first, newest year first. */
export function fakeFactorHandlers(kit: FakeKit, library: FakeFactorLibrary): Pick<Handlers, FactorNames> {
  return {
    'factors.sets': () => {
      kit.requireWorkspace();
      return { sets: library.sets, refused: library.refused ?? [] };
    },
    'factors.search': ({ text, year, dataset, scope, kgCo2eOnly, limit, offset }) => {
      kit.requireWorkspace();
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const found = library.rows
        .filter((r) => (year === undefined || r.setYear === year) && (dataset === undefined || r.dataset === dataset))
        .filter((r) => (scope === undefined || r.scope === scope) && (!kgCo2eOnly || r.ghgUnit === TOTAL_CO2E_UNIT))
        .filter((r) => matches(r, words))
        .sort((a, b) => Number(b.ghgUnit === TOTAL_CO2E_UNIT) - Number(a.ghgUnit === TOTAL_CO2E_UNIT) || b.setYear - a.setYear || a.rowNumber - b.rowNumber);
      return { rows: found.slice(offset, offset + limit), total: found.length };
    },
    'factors.get': ({ id }) => {
      kit.requireWorkspace();
      const factor = library.rows.find((r) => r.id === id);
      const set = library.sets.find((s) => s.id === factor?.setId);
      if (!factor || !set) throw new Failure({ code: 'NOT_FOUND', message: `There is no emission factor with id ${id} in this workspace.` });
      return { factor, set };
    },
    'factors.confirm': ({ setId, note }) =>
      kit.write(['factors', 'emissions'], (ws) => {
        const index = library.sets.findIndex((s) => s.id === setId);
        const set = library.sets[index];
        if (!set) throw new Failure({ code: 'NOT_FOUND', message: `There is no factor set ${setId} in this workspace.` });
        if (set.verified) throw new Failure({ code: 'CONFLICT', message: `${set.title} is already verified; there is nothing to confirm.` });
        const confirmation = { by: 'sam', at: kit.tick(), note };
        const confirmed: FactorSet = { ...set, verified: true, confirmation, caveat: `Confirmed in this workspace by sam on ${confirmation.at.slice(0, 10)}: ${note}` };
        library.sets[index] = confirmed;
        kit.audit(ws, { action: 'update', entity: 'factor-set', entityId: setId, summary: `Confirmed factor set ${setId} as checked`, before: { verified: false }, after: { verified: true, ...confirmation } });
        return confirmed;
      }),
  };
}
