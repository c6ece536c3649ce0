import Papa from 'papaparse';
import { parseFactorValue } from './flat-file';
import type { FactorRow } from './types';

// The non-DESNZ files are wide (several gases per row); each value becomes one FactorRow with the
// same row number, told apart by columnText and ghgUnit, so every factor has the same identity
// fields whatever its source.

function records(csv: string, fileName: string, expectedHeader: string[]): string[][] {
  const parsed = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  const [header, ...data] = parsed.data;
  if (!header || expectedHeader.some((h, i) => header[i] !== h)) {
    throw new Error(`${fileName}: unexpected header ${header?.join(',').slice(0, 200) ?? '(empty)'}`);
  }
  return data;
}

function row(rowNumber: number, fields: Omit<FactorRow, 'rowNumber' | 'externalId' | 'value'>): FactorRow {
  return { rowNumber, externalId: null, ...fields, value: parseFactorValue(fields.rawValue) };
}

export function parseEgridTable(csv: string, fileName: string): FactorRow[] {
  const header = [
    'eGRID Subregion Acronym', 'eGRID Subregion Name',
    'Total Output CO2 (lb CO2/MWh)', 'Total Output CH4 (lb CH4/MWh)', 'Total Output N2O (lb N2O/MWh)',
    'Non-Baseload CO2 (lb CO2/MWh)', 'Non-Baseload CH4 (lb CH4/MWh)', 'Non-Baseload N2O (lb N2O/MWh)',
    'Grid Gross Loss (fraction)',
  ];
  return records(csv, fileName, header).flatMap((cells, index) => {
    const [acronym = '', name = '', tCo2 = '', tCh4 = '', tN2o = '', nCo2 = '', nCh4 = '', nN2o = '', loss = ''] = cells;
    const base = { scope: 'Scope 2', level1: 'Electricity: USA', level2: 'eGRID subregion', level3: acronym, level4: name, uom: 'MWh' };
    const n = index + 1;
    return [
      row(n, { ...base, columnText: 'Total output', ghgUnit: 'lb CO2', rawValue: tCo2 }),
      row(n, { ...base, columnText: 'Total output', ghgUnit: 'lb CH4', rawValue: tCh4 }),
      row(n, { ...base, columnText: 'Total output', ghgUnit: 'lb N2O', rawValue: tN2o }),
      row(n, { ...base, columnText: 'Non-baseload', ghgUnit: 'lb CO2', rawValue: nCo2 }),
      row(n, { ...base, columnText: 'Non-baseload', ghgUnit: 'lb CH4', rawValue: nCh4 }),
      row(n, { ...base, columnText: 'Non-baseload', ghgUnit: 'lb N2O', rawValue: nN2o }),
      row(n, { ...base, columnText: 'Grid gross loss', uom: 'fraction', ghgUnit: 'fraction', rawValue: loss }),
    ];
  });
}

export function parseEmberIntensities(csv: string, fileName: string): FactorRow[] {
  const header = ['key', 'country_code', 'country_or_region', 'year', 'emissions_intensity_gco2_per_kwh'];
  return records(csv, fileName, header).map((cells, index) => {
    const [, iso3 = '', place = '', dataYear = '', intensity = ''] = cells;
    return row(index + 1, {
      scope: 'Scope 2',
      level1: 'Electricity: country average',
      level2: iso3,
      level3: place,
      level4: dataYear,
      columnText: 'Generation',
      uom: 'kWh',
      ghgUnit: 'g CO2',
      rawValue: intensity,
    });
  });
}

export function parseSicSpendFactors(csv: string, fileName: string): FactorRow[] {
  const header = ['SIC code', 'Description', 'GHG (kgCO2e per £)', 'CO2 (kgCO2 per £)'];
  return records(csv, fileName, header).flatMap((cells, index) => {
    const [sic = '', description = '', ghg = '', co2 = ''] = cells;
    const base = { scope: 'Scope 3', level1: 'Spend-based (EEIO)', level2: sic, level3: description, level4: '', columnText: 'Purchased goods and services', uom: 'GBP' };
    return [row(index + 1, { ...base, ghgUnit: 'kg CO2e', rawValue: ghg }), row(index + 1, { ...base, ghgUnit: 'kg CO2', rawValue: co2 })];
  });
}
