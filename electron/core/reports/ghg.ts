import type { ReportBlock, ReportSection } from '../../../shared/domain/report-document';
import { scope3CategoryNames } from '../../../shared/domain/scope3-categories';
import { appendixSections, col, methodologyBlocks, paragraph, periodLabel, table, tonnes } from './blocks';
import type { ReportData } from './report-data';

// GHG Protocol corporate inventory: every scope, all 15 Scope 3 categories (with the reason for
// each exclusion), both Scope 2 methods, the factor sets, base year and restatements, and the
// ISO 14064-1:2018 category mapping.

/** ISO 14064-1:2018 categories and the GHG Protocol scopes / Scope 3 categories mapped to each. */
export const ISO_CATEGORIES: { number: number; name: string; scope1?: true; scope2?: true; scope3: number[] }[] = [
  { number: 1, name: 'Direct GHG emissions and removals', scope1: true, scope3: [] },
  { number: 2, name: 'Indirect GHG emissions from imported energy', scope2: true, scope3: [] },
  { number: 3, name: 'Indirect GHG emissions from transportation', scope3: [4, 6, 7, 9] },
  { number: 4, name: 'Indirect GHG emissions from products used by the organisation', scope3: [1, 2, 3, 5, 8] },
  { number: 5, name: 'Indirect GHG emissions associated with the use of products from the organisation', scope3: [10, 11, 12, 13] },
  { number: 6, name: 'Indirect GHG emissions from other sources', scope3: [14, 15] },
];

function scope3Table(data: ReportData, warnings: string[]) {
  const totals = data.current.totals;
  const unexplained: number[] = [];
  const rows = Object.entries(scope3CategoryNames).map(([key, name]) => {
    const n = Number(key);
    const co2eKg = totals.scope3ByCategoryCo2eKg.get(n);
    const reason = data.inputs.scope3Exclusions[key as keyof ReportData['inputs']['scope3Exclusions']] ?? null;
    if (co2eKg === undefined && !reason) unexplained.push(n);
    return { category: n, name, co2eT: co2eKg === undefined ? null : tonnes(co2eKg), status: co2eKg !== undefined ? 'Reported' : reason ? `Excluded: ${reason}` : 'Not reported: no reason given' };
  });
  if (unexplained.length) warnings.push(`Scope 3 categories ${unexplained.join(', ')} have no data and no reason for exclusion: the GHG Protocol expects every category to be screened. Give the reasons in Report details.`);
  return table('scope3', 'Scope 3 by category', [col('category', 'Category', 'number', null, 0), col('name', 'Name'), col('co2eT', 'Emissions', 'number', 't CO2e', 3), col('status', 'Status')], rows, {
    totals: { category: null, name: 'Total Scope 3', co2eT: tonnes(totals.scope3Co2eKg), status: null },
  });
}

function scope2Blocks(data: ReportData): ReportBlock[] {
  const figures = data.current.groups.filter((f) => f.scope === 2);
  const steps = new Map<string, number>();
  for (const f of figures) if (f.method === 'market-based') steps.set(f.marketStep ?? 'grid-average', (steps.get(f.marketStep ?? 'grid-average') ?? 0) + f.co2eKg);
  const totals = data.current.totals;
  return [
    table(
      'scope2',
      'Scope 2, both methods',
      [col('method', 'Method'), col('co2eT', 'Emissions', 'number', 't CO2e', 3)],
      [
        { method: 'Location-based (grid average)', co2eT: tonnes(totals.scope2LocationCo2eKg) },
        ...[...steps.entries()].map(([step, kg]) => ({ method: `Market-based: ${step}`, co2eT: tonnes(kg) })),
      ],
      { totals: { method: 'Market-based total', co2eT: tonnes(totals.scope2MarketCo2eKg) }, footnote: 'Market-based follows the GHG Protocol hierarchy: certificates and contracts, supplier fuel mix, residual mix, grid average.' },
    ),
  ];
}

function isoTable(data: ReportData) {
  const totals = data.current.totals;
  const rows = ISO_CATEGORIES.map((c) => {
    let kg = 0;
    if (c.scope1) kg += totals.scope1Co2eKg;
    if (c.scope2) kg += totals.scope2LocationCo2eKg;
    for (const n of c.scope3) kg += totals.scope3ByCategoryCo2eKg.get(n) ?? 0;
    const from = [c.scope1 ? 'Scope 1' : null, c.scope2 ? 'Scope 2 (location-based)' : null, c.scope3.length ? `Scope 3 categories ${c.scope3.join(', ')}` : null].filter(Boolean).join('; ');
    return { category: c.number, name: c.name, from, co2eT: tonnes(kg) };
  });
  return table('iso14064', 'ISO 14064-1:2018 categories', [col('category', 'Category', 'number', null, 0), col('name', 'Name'), col('from', 'GHG Protocol source'), col('co2eT', 'Emissions', 'number', 't CO2e', 3)], rows, {
    totals: { category: null, name: 'Total', from: null, co2eT: tonnes(rows.reduce((s, r) => s + r.co2eT, 0)) },
  });
}

function baseYearBlocks(data: ReportData, warnings: string[]): ReportBlock[] {
  const base = data.base.totals;
  if (data.base.figureCount === 0) warnings.push(`The base year ${data.organisation.baseYear} has no activity data: add data for ${periodLabel(data.base.start, data.base.end)}.`);
  const pending = data.restatements.filter((r) => r.baseYearRecalculationRequired);
  if (pending.length) warnings.push(`A restatement moved base-year emissions beyond the significance threshold (run ${pending.map((r) => r.toRunNumber).join(', ')}): the base year has been recalculated in the current run; say so when you publish.`);
  return [
    paragraph(`Base year: ${data.organisation.baseYear} (${periodLabel(data.base.start, data.base.end)}), recalculated in the same run as this year so both use the same method.`),
    table(
      'base-year',
      'Base year emissions',
      [col('scope', 'Scope'), col('co2eT', 'Base year', 'number', 't CO2e', 3)],
      [
        { scope: 'Scope 1', co2eT: tonnes(base.scope1Co2eKg) },
        { scope: 'Scope 2 (location-based)', co2eT: tonnes(base.scope2LocationCo2eKg) },
        { scope: 'Scope 2 (market-based)', co2eT: tonnes(base.scope2MarketCo2eKg) },
        { scope: 'Scope 3', co2eT: tonnes(base.scope3Co2eKg) },
      ],
    ),
    data.restatements.length
      ? table(
          'restatements',
          'Restatements',
          [col('date', 'Date', 'date'), col('runs', 'Runs'), col('reason', 'Reason'), col('baseChange', 'Base-year change', 'percent', null, 1), col('required', 'Base-year recalculation required')],
          data.restatements.map((r) => ({ date: r.createdAt.slice(0, 10), runs: `${r.fromRunNumber} → ${r.toRunNumber}`, reason: r.reason, baseChange: r.baseYearChangePct === null ? null : r.baseYearChangePct / 100, required: r.baseYearRecalculationRequired ? 'Yes' : 'No' })),
          { footnote: `Significance threshold: ${data.restatements.at(-1)?.thresholdPct ?? 5}% of base-year emissions.` },
        )
      : paragraph('There have been no restatements: every figure comes from the first calculation of the data.'),
  ];
}

function factorSetsTable(data: ReportData) {
  return table(
    'factor-sets',
    'Factor sets used',
    [col('id', 'Set'), col('title', 'Title'), col('publisher', 'Publisher'), col('year', 'Year', 'number', null, 0), col('version', 'Version'), col('licence', 'Licence'), col('verified', 'Verified')],
    data.factorSets.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, year: s.year, version: s.version, licence: s.licence, verified: s.verified ? 'Yes' : `No${s.caveat ? `: ${s.caveat}` : ''}` })),
  );
}

export function buildGhg(data: ReportData): { warnings: string[]; sections: ReportSection[] } {
  const warnings: string[] = [];
  const totals = data.current.totals;
  const totalLocation = totals.scope1Co2eKg + totals.scope2LocationCo2eKg + totals.scope3Co2eKg;
  const uncategorisedKg = totals.scope3UncategorisedCo2eKg;
  if (uncategorisedKg > 0) warnings.push(`${tonnes(uncategorisedKg)} t CO2e of Scope 3 has no category assigned and is counted in the Scope 3 total only.`);
  const sections: ReportSection[] = [
    {
      id: 'summary',
      title: 'Inventory summary',
      blocks: [
        {
          kind: 'keyFigures',
          items: [
            { label: 'Scope 1', value: tonnes(totals.scope1Co2eKg), unit: 't CO2e', decimals: 2, note: null },
            { label: 'Scope 2 (location-based)', value: tonnes(totals.scope2LocationCo2eKg), unit: 't CO2e', decimals: 2, note: null },
            { label: 'Scope 2 (market-based)', value: tonnes(totals.scope2MarketCo2eKg), unit: 't CO2e', decimals: 2, note: null },
            { label: 'Scope 3', value: tonnes(totals.scope3Co2eKg), unit: 't CO2e', decimals: 2, note: null },
            { label: 'Total (location-based)', value: tonnes(totalLocation), unit: 't CO2e', decimals: 2, note: null },
          ],
        },
        paragraph(`Reporting period ${periodLabel(data.current.start, data.current.end)}; operational control boundary: every site of ${data.organisation.name} recorded in this workspace (${data.sites.length}).`),
      ],
    },
    { id: 'scope2', title: 'Scope 2: location-based and market-based', blocks: scope2Blocks(data) },
    { id: 'scope3', title: 'Scope 3 categories', blocks: [scope3Table(data, warnings)] },
    { id: 'iso', title: 'ISO 14064-1 categories', blocks: [isoTable(data)] },
    { id: 'base-year', title: 'Base year and restatements', blocks: baseYearBlocks(data, warnings) },
    { id: 'methodology', title: 'Methodology and factor sets', blocks: [...methodologyBlocks(data), factorSetsTable(data)] },
    ...appendixSections(data),
  ];
  return { warnings, sections };
}
