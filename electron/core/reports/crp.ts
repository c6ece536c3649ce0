import type { ReportBlock, ReportSection } from '../../../shared/domain/report-document';
import { formatReportDate } from '../../../shared/domain/report-format';
import type { ReportInputs } from '../../../shared/domain/reports';
import { appendixSections, col, methodologyBlocks, paragraph, periodLabel, table, tonnes } from './blocks';
import type { ReportData, YearData } from './report-data';

// Carbon Reduction Plan in the PPN 006 (formerly PPN 06/21) template: commitment, baseline and
// current footprint (Scope 1, 2 and the Scope 3 subset), targets, projects, sign-off. The
// warnings are the usual reasons a buyer rejects a CRP.

export const CRP_SCOPE3_CATEGORIES = [4, 5, 6, 7, 9] as const;
const CATEGORY_NAMES: Record<(typeof CRP_SCOPE3_CATEGORIES)[number], string> = {
  4: 'Upstream transportation and distribution',
  5: 'Waste generated in operations',
  6: 'Business travel',
  7: 'Employee commuting',
  9: 'Downstream transportation and distribution',
};

type ZeroKey = keyof ReportInputs['zeroExplanations'];

export const CRP_DECLARATION =
  'This Carbon Reduction Plan has been completed in accordance with PPN 006 and associated guidance and reporting standard for Carbon Reduction Plans. Emissions have been reported and recorded in accordance with the published reporting standard for Carbon Reduction Plans and the GHG Reporting Protocol corporate standard, and use the appropriate Government emission conversion factors for greenhouse gas company reporting. Scope 1 and Scope 2 emissions have been reported in accordance with SECR requirements, and the required subset of Scope 3 emissions has been reported in accordance with the published reporting standard for Carbon Reduction Plans and the Corporate Value Chain (Scope 3) Standard. This Carbon Reduction Plan has been reviewed and signed off by the board of directors (or equivalent management body).';

interface CrpLine {
  key: ZeroKey;
  label: string;
  co2eKg: number;
}

export function crpLines(totals: YearData['totals']): CrpLine[] {
  return [
    { key: 'scope1', label: 'Scope 1', co2eKg: totals.scope1Co2eKg },
    { key: 'scope2', label: 'Scope 2 (location-based)', co2eKg: totals.scope2LocationCo2eKg },
    ...CRP_SCOPE3_CATEGORIES.map((c) => ({ key: `cat${c}` as ZeroKey, label: `Scope 3 category ${c}: ${CATEGORY_NAMES[c]}`, co2eKg: totals.scope3ByCategoryCo2eKg.get(c) ?? 0 })),
  ];
}

function footprintTable(id: string, title: string, year: YearData, explanations: ReportInputs['zeroExplanations']) {
  const lines = crpLines(year.totals);
  const market = year.totals.scope2MarketCo2eKg;
  return table(
    id,
    title,
    [col('line', 'Emissions'), col('co2eT', 'Total', 'number', 't CO2e', 2), col('note', 'Note')],
    lines.map((l) => ({ line: l.label, co2eT: tonnes(l.co2eKg), note: l.co2eKg === 0 ? (explanations[l.key] ?? 'Zero: no explanation given') : null })),
    {
      totals: { line: 'Total emissions', co2eT: tonnes(lines.reduce((s, l) => s + l.co2eKg, 0)), note: null },
      footnote: `Period ${periodLabel(year.start, year.end)}. Scope 2 market-based: ${tonnes(market)} t CO2e (not in the total).`,
    },
  );
}

/** Months of the window with no activity data at all (from the rollups: a figure touches every month it spans). */
function monthsWithoutData(year: YearData): string[] {
  const withData = new Set(year.monthsWithData);
  const missing: string[] = [];
  const start = new Date(`${year.start}T00:00:00Z`);
  for (let i = 0; i < 12; i++) {
    const month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1)).toISOString().slice(0, 7);
    if (!withData.has(month)) missing.push(month);
  }
  return missing;
}

function crpWarnings(data: ReportData, now: Date): string[] {
  const warnings: string[] = [];
  const { inputs } = data;
  if (!inputs.netZeroCommitment) warnings.push('No net zero commitment: enter it in Report details (net zero by 2050 at the latest for UK operations).');
  else if (/carbon[ -]neutral/i.test(inputs.netZeroCommitment.statement)) warnings.push('The commitment mentions "carbon neutral": a CRP must commit to net zero, and mixing the two terms is a common reason for rejection.');
  const years = data.base === data.current ? ([['current', data.current]] as const) : ([['baseline', data.base], ['current', data.current]] as const);
  if (data.base.figureCount === 0) warnings.push(`The baseline year ${data.organisation.baseYear} has no activity data: add data for ${periodLabel(data.base.start, data.base.end)}, or change the base year in Settings.`);
  for (const [label, year] of years) {
    const missing = year.figureCount ? monthsWithoutData(year) : [];
    if (missing.length) warnings.push(`The ${label} period has no data for ${missing.join(', ')}: both periods must cover the same full 12 months.`);
  }
  const ageDays = (now.getTime() - Date.parse(`${data.current.end}T00:00:00Z`)) / 86_400_000;
  if (ageDays > 366) warnings.push(`The current period ended on ${formatReportDate(data.current.end)}, more than 12 months ago: a CRP must report the latest 12 months.`);
  for (const [label, year] of years) {
    if (year.figureCount === 0) continue;
    const zeros = crpLines(year.totals).filter((line) => line.co2eKg === 0 && !inputs.zeroExplanations[line.key]);
    if (zeros.length) warnings.push(`Zero with no explanation in the ${label} year: ${zeros.map((l) => l.label).join('; ')}. Explain each in Report details (unexplained zeros are a common reason for rejection).`);
  }
  if (!inputs.signOff) warnings.push('The plan has not been signed off: enter the director’s name, role and approval date in Report details.');
  if (inputs.targets.length === 0) warnings.push('No emissions reduction targets: add at least one in Report details.');
  return warnings;
}

function projectsBlocks(data: ReportData): ReportBlock[] {
  const columns = [col('title', 'Project'), col('description', 'Description'), col('status', 'Status'), col('date', 'Completed or started', 'date'), col('savingCo2eKg', 'Estimated saving', 'number', 'kg CO2e a year', 0)];
  const rowOf = (a: ReportData['actions'][number]) => ({ title: a.title, description: a.description, status: a.status, date: a.completedOn ?? a.startedOn, savingCo2eKg: a.estimatedSavingCo2eKg });
  const completed = data.actions.filter((a) => a.status === 'completed');
  const planned = data.actions.filter((a) => a.status !== 'completed');
  const em = data.inputs.environmentalManagement;
  return [
    completed.length ? table('projects-completed', 'Completed carbon reduction initiatives', columns, completed.map(rowOf)) : paragraph('No completed carbon reduction initiatives are recorded.'),
    planned.length ? table('projects-planned', 'Planned and ongoing carbon reduction initiatives', columns, planned.map(rowOf)) : paragraph('No planned carbon reduction initiatives are recorded.'),
    paragraph(
      em
        ? `Environmental management: ${em.iso14001Certified ? 'certified to ISO 14001. ' : ''}${em.measures}`
        : 'No environmental management measures have been entered (e.g. ISO 14001 certification) that will apply during the contract.',
    ),
  ];
}

export function buildCrp(data: ReportData, now: Date): { warnings: string[]; sections: ReportSection[] } {
  const { inputs } = data;
  const targets = inputs.targets;
  const sections: ReportSection[] = [
    {
      id: 'commitment',
      title: 'Commitment to achieving Net Zero',
      blocks: [
        paragraph(
          inputs.netZeroCommitment
            ? `${data.organisation.name} is committed to achieving Net Zero emissions by ${inputs.netZeroCommitment.targetYear}. ${inputs.netZeroCommitment.statement}`
            : 'No net zero commitment has been entered yet.',
        ),
      ],
    },
    { id: 'baseline', title: 'Baseline emissions footprint', blocks: [paragraph(`Baseline year: ${data.organisation.baseYear} (${periodLabel(data.base.start, data.base.end)}). The baseline is the reference point against which emissions reduction is measured.`), footprintTable('baseline', 'Baseline year emissions', data.base, inputs.zeroExplanations)] },
    { id: 'current', title: 'Current emissions reporting', blocks: [paragraph(`Reporting year: ${data.current.year} (${periodLabel(data.current.start, data.current.end)}), the same start and end month as the baseline.`), footprintTable('current', 'Current year emissions', data.current, inputs.zeroExplanations)] },
    {
      id: 'targets',
      title: 'Emissions reduction targets',
      blocks: targets.length
        ? [
            table(
              'targets',
              'Targets',
              [col('description', 'Target'), col('scopes', 'Scopes'), col('baselineYear', 'Baseline year'), col('targetYear', 'Target year'), col('reduction', 'Reduction', 'percent', null, 0)],
              // Years are labels, not quantities: as text they print "2019", never "2,019".
              targets.map((t) => ({ description: t.description, scopes: t.scopes, baselineYear: String(t.baselineYear), targetYear: String(t.targetYear), reduction: t.reductionPct / 100 })),
            ),
          ]
        : [paragraph('No emissions reduction targets have been entered yet.')],
    },
    { id: 'projects', title: 'Carbon reduction projects', blocks: projectsBlocks(data) },
    { id: 'methodology', title: 'Methodology', blocks: methodologyBlocks(data) },
    {
      id: 'declaration',
      title: 'Declaration and sign-off',
      blocks: [{ kind: 'signOff', name: inputs.signOff?.name ?? null, role: inputs.signOff?.role ?? null, date: inputs.signOff?.date ?? null, statement: CRP_DECLARATION }],
    },
    ...appendixSections(data),
  ];
  return { warnings: crpWarnings(data, now), sections };
}
