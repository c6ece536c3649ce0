import type { ReportDocument, ReportTable } from '../../../../shared/domain/report-document';

// Test-only: a realistic SECR document built by hand (the shape the report builders produce),
// with the awkward cases every renderer must survive: a hostile site name, a recompute table,
// a missing figure, a stacked chart, warnings and an unsigned sign-off.

/** A site name a hostile supplier file could carry: Excel would run it as a formula. */
export const HOSTILE_SITE = '=HYPERLINK("http://evil.example","Click")';

export const ELECTRICITY_FACTOR_2024 = 0.20705; // kg CO2e per kWh, DESNZ 2024 UK electricity generation

export function activityTable(rowCount = 4): ReportTable {
  const sites = ['Head office', 'Leeds depot', HOSTILE_SITE, '-Unit 4 (basement)', '@warehouse', 'Café £ store'];
  const rows = Array.from({ length: rowCount }, (_, i) => {
    const quantityKwh = 1000 + ((i * 7919) % 50_000) + (i % 3) * 0.25;
    return {
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
      site: sites[i % sites.length] ?? 'Head office',
      activity: 'Grid electricity (UK)',
      quantityKwh,
      factorKgPerKwh: ELECTRICITY_FACTOR_2024,
      co2eT: (quantityKwh * ELECTRICITY_FACTOR_2024) / 1000,
      factorRow: `DESNZ 2024 v1.1 row ${2 + (i % 40)}`,
    };
  });
  const totalKwh = rows.reduce((sum, r) => sum + r.quantityKwh, 0);
  const totalT = rows.reduce((sum, r) => sum + r.co2eT, 0);
  return {
    kind: 'table',
    id: 'activity-rows',
    title: 'Activity rows and factors',
    columns: [
      { key: 'date', label: 'Date', unit: null, format: 'date', decimals: 0 },
      { key: 'site', label: 'Site', unit: null, format: 'text', decimals: 0 },
      { key: 'activity', label: 'Activity', unit: null, format: 'text', decimals: 0 },
      { key: 'quantityKwh', label: 'Quantity', unit: 'kWh', format: 'number', decimals: 0 },
      { key: 'factorKgPerKwh', label: 'Factor', unit: 'kg CO₂e/kWh', format: 'number', decimals: 5 },
      { key: 'co2eT', label: 'Emissions', unit: 't CO₂e', format: 'number', decimals: 3 },
      { key: 'factorRow', label: 'Factor source', unit: null, format: 'text', decimals: 0 },
    ],
    rows,
    totals: { date: null, site: null, activity: null, quantityKwh: totalKwh, factorKgPerKwh: null, co2eT: totalT, factorRow: null },
    footnote: 'Each figure is quantity × factor ÷ 1,000. The spreadsheet export recomputes it with a formula.',
    recompute: { quantityKey: 'quantityKwh', factorKey: 'factorKgPerKwh', resultKey: 'co2eT', divisor: 1000 },
  };
}

const scopeTable: ReportTable = {
  kind: 'table',
  id: 'emissions-by-scope',
  title: 'Emissions by scope',
  columns: [
    { key: 'scope', label: 'Scope', unit: null, format: 'text', decimals: 0 },
    { key: 'energyKwh', label: 'Energy use', unit: 'kWh', format: 'number', decimals: 0 },
    { key: 'co2eT', label: 'Emissions', unit: 't CO₂e', format: 'number', decimals: 2 },
    { key: 'share', label: 'Share', unit: null, format: 'percent', decimals: 1 },
  ],
  rows: [
    { scope: 'Scope 1: gas and company vehicles', energyKwh: 81_000.5, co2eT: 14.8012, share: 0.37235 },
    { scope: 'Scope 2: purchased electricity (location-based)', energyKwh: 120_500.25, co2eT: 24.9496, share: 0.62765 },
    { scope: 'Scope 3: business travel in employee cars', energyKwh: null, co2eT: null, share: null },
  ],
  totals: { scope: 'Total', energyKwh: 201_500.75, co2eT: 39.7508, share: 1 },
  footnote: null,
  recompute: null,
};

export function reportFixture(overrides: Partial<ReportDocument> = {}, activityRows = 4): ReportDocument {
  return {
    kind: 'secr',
    title: 'Streamlined Energy and Carbon Report 2024–25',
    organisationName: 'Acme Widgets Ltd',
    companiesHouseNumber: '01234567',
    reportingYear: 2024,
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    generatedAt: '2025-05-02T09:30:00.000Z',
    runId: 'run-7c1e',
    runNumber: 7,
    inputsSha256: 'a3f1c9e2b4d6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4',
    sample: false,
    warnings: ['No intensity ratio: add your employee count or floor area in Settings.', 'Two gas bills were estimated by the supplier.'],
    sections: [
      {
        id: 'summary',
        title: 'Summary',
        blocks: [
          { kind: 'paragraph', text: 'Acme Widgets Ltd used 201,500 kWh of energy in the year, emitting 39.75 tonnes of CO₂e (location-based).' },
          {
            kind: 'keyFigures',
            items: [
              { label: 'Total emissions', value: 39.7508, unit: 't CO₂e', decimals: 1, note: 'Scopes 1 and 2, location-based' },
              { label: 'Energy use', value: 201_500.75, unit: 'kWh', decimals: 0, note: null },
              { label: 'Intensity ratio', value: null, unit: 't CO₂e per employee', decimals: 2, note: 'Add your employee count' },
            ],
          },
          scopeTable,
          {
            kind: 'chart',
            title: 'Emissions by scope and year',
            chartType: 'stackedBar',
            unit: 't CO₂e',
            categories: ['2022–23', '2023–24', '2024–25'],
            series: [
              { name: 'Scope 1', values: [18.4, 16.2, 14.8012] },
              { name: 'Scope 2', values: [31.9, 27.1, 24.9496] },
            ],
          },
          { kind: 'chart', title: 'Electricity by quarter', chartType: 'bar', unit: 'kWh', categories: ['Q1', 'Q2', 'Q3', 'Q4'], series: [{ name: 'Electricity', values: [28_100, 25_400.25, 31_000, 36_000] }] },
        ],
      },
      {
        id: 'methodology',
        title: 'Methodology',
        blocks: [
          { kind: 'paragraph', text: 'Figures follow the GHG Protocol Corporate Standard with the UK Government conversion factors for 2024 (DESNZ, version 1.1).' },
          { kind: 'warning', text: 'Scope 3 business travel is not yet recorded.' },
          activityTable(activityRows),
        ],
      },
      {
        id: 'sign-off',
        title: 'Approval',
        blocks: [{ kind: 'signOff', name: null, role: 'Director', date: null, statement: 'This report was approved by the board of directors.' }],
      },
    ],
    ...overrides,
  };
}

/** The fixture with one big activity table (the performance case): `rows` rows. */
export function bigReportFixture(rows: number): ReportDocument {
  const document = reportFixture({}, rows);
  return { ...document, sections: [{ id: 'rows', title: 'Every activity row', blocks: [activityTable(rows)] }] };
}
