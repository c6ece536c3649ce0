import type { ReportBlock, ReportSection } from '../../../shared/domain/report-document';
import type { WorkspaceDb } from '../db/connection';
import { appendixSections, col, methodologyBlocks, paragraph, periodLabel, table, tonnes } from './blocks';
import { energyKindLabels, energyLedger, isGreyFleetTravel, type EnergyKind, type EnergyLedger } from './energy';
import { sumCo2eKg, type MetricsRow, type ReportData } from './report-data';

// Streamlined Energy and Carbon Reporting (Companies (Directors' Report) and LLP (Energy and
// Carbon Report) Regulations 2018): UK energy in kWh, Scope 1 and 2, an intensity ratio, the
// methodology, energy-efficiency actions and the prior year.

export const LOW_ENERGY_THRESHOLD_KWH = 40_000;
const ENERGY_KINDS: EnergyKind[] = ['gas', 'electricity', 'transport', 'otherFuels'];

const change = (now: number, before: number | null): number | null => (before === null || before === 0 ? null : (now - before) / before);


export interface IntensityRatio {
  key: string;
  label: string;
  unit: string;
  value: number | null;
  priorValue: number | null;
}

function floorAreaOf(data: ReportData, metrics: MetricsRow | null): number | null {
  if (metrics?.floorAreaM2) return metrics.floorAreaM2;
  const sum = data.sites.reduce((total, s) => total + (s.floorAreaM2 ?? 0), 0);
  return sum > 0 ? sum : null;
}

export function intensityRatios(data: ReportData, scope12Co2eKg: number, priorScope12Co2eKg: number | null): IntensityRatio[] {
  const per = (co2eKg: number | null, denominator: number | null | undefined, scale: number): number | null =>
    co2eKg === null || !denominator ? null : tonnes(co2eKg) / (denominator / scale);
  const prior = data.priorMetrics;
  return [
    { key: 'turnover', label: 'Scope 1 and 2 per £1m turnover', unit: 't CO2e / £m', value: per(scope12Co2eKg, data.metrics?.turnoverGbp, 1_000_000), priorValue: per(priorScope12Co2eKg, prior?.turnoverGbp, 1_000_000) },
    { key: 'fte', label: 'Scope 1 and 2 per full-time employee', unit: 't CO2e / FTE', value: per(scope12Co2eKg, data.metrics?.employeesFte, 1), priorValue: per(priorScope12Co2eKg, prior?.employeesFte, 1) },
    { key: 'floorArea', label: 'Scope 1 and 2 per m² floor area', unit: 't CO2e / m²', value: per(scope12Co2eKg, floorAreaOf(data, data.metrics), 1), priorValue: per(priorScope12Co2eKg, floorAreaOf(data, prior), 1) },
  ];
}

function energyTable(ledger: EnergyLedger, prior: EnergyLedger | null) {
  const rows = ENERGY_KINDS.map((kind) => ({
    source: energyKindLabels[kind],
    energyKwh: ledger.kwhByKind[kind],
    priorEnergyKwh: prior ? prior.kwhByKind[kind] : null,
    change: change(ledger.kwhByKind[kind], prior ? prior.kwhByKind[kind] : null),
  }));
  return table('energy', 'UK energy use', [col('source', 'Energy source'), col('energyKwh', 'This year', 'number', 'kWh', 0), col('priorEnergyKwh', 'Prior year', 'number', 'kWh', 0), col('change', 'Change', 'percent', null, 1)], rows, {
    totals: { source: 'Total UK energy use', energyKwh: ledger.ukEnergyKwh, priorEnergyKwh: prior ? prior.ukEnergyKwh : null, change: change(ledger.ukEnergyKwh, prior ? prior.ukEnergyKwh : null) },
    footnote: 'Fuels bought by volume or weight are converted to kWh (gross calorific value) with the energy content implied by the DESNZ factor rows; see Methodology.',
  });
}

function emissionsTable(data: ReportData, hasPrior: boolean) {
  const now = data.current.totals;
  const before = data.prior.totals;
  const greyNow = sumCo2eKg(data.current.groups, isGreyFleetTravel);
  const greyBefore = sumCo2eKg(data.prior.groups, isGreyFleetTravel);
  const line = (label: string, a: number, b: number) => ({ line: label, co2eT: tonnes(a), priorCo2eT: hasPrior ? tonnes(b) : null, change: hasPrior ? change(a, b) : null });
  const rows = [
    line('Scope 1: gas, fuels, company vehicles and refrigerants', now.scope1Co2eKg, before.scope1Co2eKg),
    line('Scope 2: purchased electricity (location-based)', now.scope2LocationCo2eKg, before.scope2LocationCo2eKg),
    line('Scope 3: business mileage in employees’ own cars', greyNow, greyBefore),
  ];
  const total = now.scope1Co2eKg + now.scope2LocationCo2eKg + greyNow;
  const priorTotal = before.scope1Co2eKg + before.scope2LocationCo2eKg + greyBefore;
  return {
    block: table('emissions', 'Greenhouse gas emissions', [col('line', 'Emissions'), col('co2eT', 'This year', 'number', 't CO2e', 2), col('priorCo2eT', 'Prior year', 'number', 't CO2e', 2), col('change', 'Change', 'percent', null, 1)], rows, {
      totals: { line: 'Total (location-based)', co2eT: tonnes(total), priorCo2eT: hasPrior ? tonnes(priorTotal) : null, change: hasPrior ? change(total, priorTotal) : null },
      footnote: `Scope 2 market-based (contracts, supplier mix, residual mix): ${tonnes(now.scope2MarketCo2eKg)} t CO2e this year${hasPrior ? `, ${tonnes(before.scope2MarketCo2eKg)} t CO2e in the prior year` : ''}.`,
    }),
    now,
    before,
  };
}

function actionsBlocks(data: ReportData): ReportBlock[] {
  const { start, end } = data.current;
  const inYear = data.actions.filter((a) => (a.status === 'completed' && a.completedOn !== null && a.completedOn >= start && a.completedOn <= end) || a.status === 'in-progress');
  if (inYear.length === 0) return [paragraph('No energy-efficiency actions were recorded for this year. Add them under Reports → Energy-saving actions.')];
  return [
    table(
      'actions',
      'Principal energy-efficiency measures',
      [col('title', 'Action'), col('description', 'What was done'), col('status', 'Status'), col('completedOn', 'Completed', 'date'), col('savingKwh', 'Estimated saving', 'number', 'kWh a year', 0), col('savingCo2eKg', 'Estimated saving', 'number', 'kg CO2e a year', 0)],
      inYear.map((a) => ({ title: a.title, description: a.description, status: a.status, completedOn: a.completedOn, savingKwh: a.estimatedSavingKwh, savingCo2eKg: a.estimatedSavingCo2eKg })),
    ),
  ];
}

function conversionBlocks(ledger: EnergyLedger): ReportBlock[] {
  if (ledger.conversions.length === 0) return [];
  return [
    table(
      'energy-content',
      'Energy content used to convert fuels to kWh',
      [col('factorSet', 'Factor set'), col('fuel', 'Fuel'), col('unit', 'Bought in'), col('kwhPerUnit', 'kWh (gross CV) per unit', 'number', null, 4), col('fromRow', 'Row (per unit)', 'number', null, 0), col('grossRow', 'Row (per kWh gross CV)', 'number', null, 0)],
      ledger.conversions.map((c) => ({ ...c })),
      { footnote: 'kWh per unit = (kg CO2e per unit) ÷ (kg CO2e per kWh, gross CV) for the same fuel in the same factor set.' },
    ),
  ];
}

export function buildSecr(db: WorkspaceDb, data: ReportData): { warnings: string[]; sections: ReportSection[] } {
  const warnings: string[] = [];
  const countries = new Map(data.sites.map((s) => [s.id, s.country]));
  const ledger = energyLedger(db, data.current.groups, countries);
  const hasPrior = data.prior.figureCount > 0;
  const priorLedger = hasPrior ? energyLedger(db, data.prior.groups, countries) : null;
  const emissions = emissionsTable(data, hasPrior);
  const scope12 = emissions.now.scope1Co2eKg + emissions.now.scope2LocationCo2eKg;
  const priorScope12 = hasPrior ? emissions.before.scope1Co2eKg + emissions.before.scope2LocationCo2eKg : null;
  const ratios = intensityRatios(data, scope12, priorScope12);
  const available = ratios.filter((r) => r.value !== null);
  if (available.length === 0) warnings.push(`No intensity ratio: enter turnover, full-time employees or floor area for ${data.current.year} (the year’s figures on the Dashboard, or the sites’ floor areas in Settings). SECR requires at least one.`);
  for (const u of ledger.unconverted) warnings.push(`${u.activityLabel}: ${u.quantity.toFixed(1)} ${u.unit} could not be converted to kWh (the factor files publish no energy content for distances). Its emissions are included; record the fuel bought in litres to report its energy.`);
  if (!data.actions.some((a) => a.status !== 'planned')) warnings.push('No energy-efficiency actions are recorded: SECR asks for a narrative of the principal measures taken in the year.');
  const lowEnergy = ledger.ukEnergyKwh <= LOW_ENERGY_THRESHOLD_KWH;

  const summary: ReportBlock = {
    kind: 'keyFigures',
    items: [
      { label: 'UK energy use', value: ledger.ukEnergyKwh, unit: 'kWh', decimals: 0, note: null },
      { label: 'Scope 1', value: tonnes(emissions.now.scope1Co2eKg), unit: 't CO2e', decimals: 2, note: null },
      { label: 'Scope 2 (location-based)', value: tonnes(emissions.now.scope2LocationCo2eKg), unit: 't CO2e', decimals: 2, note: null },
      { label: 'Scope 2 (market-based)', value: tonnes(emissions.now.scope2MarketCo2eKg), unit: 't CO2e', decimals: 2, note: 'Shown alongside; totals use location-based' },
      ...available.slice(0, 1).map((r) => ({ label: r.label, value: r.value, unit: r.unit, decimals: 3, note: null })),
    ],
  };
  const sections: ReportSection[] = [
    {
      id: 'summary',
      title: 'Summary',
      blocks: [
        summary,
        paragraph(`Reporting period: ${periodLabel(data.current.start, data.current.end)}. UK operations of ${data.organisation.name}${data.organisation.companiesHouseNumber ? ` (company number ${data.organisation.companiesHouseNumber})` : ''}.`),
        ...(lowEnergy
          ? [paragraph(`${data.organisation.name} consumed ${Math.round(ledger.ukEnergyKwh).toLocaleString('en-GB')} kWh of energy in the UK in this period, which is not more than 40,000 kWh. It is therefore a low energy user and is not required to disclose its energy and carbon information under the 2018 Regulations; the figures below are given voluntarily.`)]
          : []),
      ],
    },
    { id: 'energy', title: 'Energy use', blocks: [energyTable(ledger, priorLedger), ...(ledger.nonUkEnergyKwh > 0 ? [paragraph(`Energy used outside the UK (not in the total above): ${Math.round(ledger.nonUkEnergyKwh).toLocaleString('en-GB')} kWh.`)] : [])] },
    {
      id: 'emissions',
      title: 'Emissions',
      blocks: [
        emissions.block,
        ...(hasPrior
          ? [{ kind: 'chart' as const, title: 'Scope 1 and 2 emissions by year', chartType: 'stackedBar' as const, unit: 't CO2e', categories: [String(data.prior.year), String(data.current.year)], series: [{ name: 'Scope 1', values: [tonnes(emissions.before.scope1Co2eKg), tonnes(emissions.now.scope1Co2eKg)] }, { name: 'Scope 2 (location-based)', values: [tonnes(emissions.before.scope2LocationCo2eKg), tonnes(emissions.now.scope2LocationCo2eKg)] }] }]
          : [paragraph('There is no data for the prior year in this workspace, so no comparison is shown (not required in the first year of reporting).')]),
      ],
    },
    {
      id: 'intensity',
      title: 'Intensity ratios',
      blocks: [
        table('intensity', 'Intensity ratios', [col('label', 'Ratio'), col('value', 'This year', 'number', null, 3), col('priorValue', 'Prior year', 'number', null, 3), col('unit', 'Unit')], ratios.map((r) => ({ label: r.label, value: r.value, priorValue: r.priorValue, unit: r.unit })), {
          footnote: 'Scope 1 and location-based Scope 2 emissions divided by the figures entered for the year. Floor area defaults to the sum of the sites’ floor areas. An empty cell means the figure was not entered.',
        }),
      ],
    },
    { id: 'methodology', title: 'Methodology', blocks: [...methodologyBlocks(data), ...conversionBlocks(ledger)] },
    { id: 'actions', title: 'Energy-efficiency actions', blocks: actionsBlocks(data) },
    ...appendixSections(data),
  ];
  return { warnings, sections };
}
