import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardSummary, DrillDownRow } from '../../../../shared/domain/dashboard';
import { createFakeApi, makeOrganisation, makeSite, makeWorkspace } from '../../test/fake-api';
import { makeFigure } from '../../test/fake-calculations';
import { emptyDashboardSummary, type FakeDashboard } from '../../test/fake-dashboard';
import { renderApp } from '../../test/render-app';

const site = makeSite({ id: 'site-hq', name: 'Head office', floorAreaM2: 420 });

// Reporting year 2024 (April start): 1,000 kWh in April and a 9,200 kWh quarterly bill for May–July
// (imported, estimated) at the 2024 grid factor, and 500 kWh of gas in December.
function summary2024(): DashboardSummary {
  const base = emptyDashboardSummary(2024, 4, [2023, 2024]);
  const elec = (kwh: number) => ({ scope1Co2eKg: 0, scope2LocationCo2eKg: kwh * 0.20705, scope2MarketCo2eKg: kwh * 0.20705, scope3Co2eKg: kwh * 0.06817 });
  const monthly = base.monthly.map((m) =>
    m.month === '2024-04' ? { ...m, ...elec(1000) } : m.month === '2024-05' || m.month === '2024-07' ? { ...m, ...elec(3100) } : m.month === '2024-06' ? { ...m, ...elec(3000) } : m,
  );
  const totals = { scope1Co2eKg: 91.45, scope2LocationCo2eKg: 10_200 * 0.20705, scope2MarketCo2eKg: 10_200 * 0.20705, scope3Co2eKg: 10_200 * 0.06817 + 15.105 };
  return {
    ...base,
    run: { id: 'run-1', number: 1, createdAt: '2026-11-20T10:00:00.000Z' },
    figureCount: 12,
    totals,
    previous: { year: 2023, figureCount: 5, totals: { ...elec(2000), scope2LocationCo2eKg: 414.15 } },
    change: { scope1Pct: null, scope2LocationPct: 409.9, scope2MarketPct: 409.9, scope3Pct: 420.2, totalLocationPct: 431.2, totalMarketPct: 431.2 },
    monthly,
    bySite: [{ siteId: 'site-hq', siteName: 'Head office', ...totals }],
    bySource: [
      { source: 'import', importId: 'imp-1', fileName: 'q2-bills.csv', ...elec(9200) },
      { source: 'manual', importId: null, fileName: null, ...elec(1000), scope1Co2eKg: 91.45 },
    ],
    byCategory: [],
    byActivity: [{ activityId: 'grid-electricity-uk', label: 'Grid electricity (UK)', ...elec(10_200) }],
    intensity: { ...base.intensity, metrics: { ...base.intensity.metrics, sitesFloorAreaM2: 420 }, floorAreaUsedM2: 420, floorAreaFromSites: true, perM2: { locationCo2eKg: 6.94, marketCo2eKg: 6.94 } },
    dataQuality: {
      ...base.dataQuality,
      estimated: { co2eKg: 9200 * 0.27522, figureCount: 4 },
      missingMonths: [{ siteId: 'site-hq', siteName: 'Head office', activityId: 'natural-gas', activityLabel: 'Natural gas', meter: 'G1', sources: ['manual'], missing: ['2024-04', '2024-05'] }],
    },
  };
}

const quarterly: DrillDownRow = {
  figure: makeFigure({ id: 7, runId: 'run-1', activityRecordId: 'rec-2', quantity: 9200, co2eKg: 9200 * 0.20705 }),
  siteId: 'site-hq',
  siteName: 'Head office',
  activityId: 'grid-electricity-uk',
  activityLabel: 'Grid electricity (UK)',
  periodStart: '2024-05-01',
  periodEnd: '2024-07-31',
  co2eKgInWindow: 3000 * 0.20705,
  record: { source: 'import', dataQuality: 'estimate', estimated: true, meter: null, description: null, sourceRef: 'INV-2002' },
  evidence: { importId: 'imp-1', fileName: 'q2-bills.csv' },
  factorSet: { id: 'uk-desnz-2024-v1.1', title: 'UK Government GHG Conversion Factors', year: 2024, verified: true },
};

function open(dashboard?: FakeDashboard) {
  const workspace = makeWorkspace({ organisation: makeOrganisation({ reportingYearStartMonth: 4 }), sites: [site], ...(dashboard ? { dashboard } : {}) });
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }), { hash: '#/dashboard' });
}

const seeded = (): FakeDashboard => ({
  summaries: { 2023: emptyDashboardSummary(2023, 4, [2023, 2024]), 2024: summary2024() },
  rows: [quarterly],
  evidence: { 'imp-1': { fileName: 'q2-bills.csv', content: 'period_start,period_end\n' } },
});

describe('dashboard', () => {
  it('opens on the latest year with data and shows totals by scope, Scope 2 both ways, with the change on the year before', async () => {
    const { api } = open(seeded());
    const totals = await screen.findByRole('region', { name: 'Emissions in the year' });
    expect(within(totals).getByRole('button', { name: /^Scope 2 \(location-based\): 2\.112 tCO2e/ })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /^Scope 2 \(market-based\): 2\.112 tCO2e/ })).toBeTruthy();
    expect(within(totals).getByRole('button', { name: /^Scope 1: 0\.091 tCO2e/ })).toBeTruthy();
    expect(totals.textContent).toMatch(/\+409\.9 % on 2023/);
    expect(totals.textContent).toMatch(/Location-based.*average for the UK grid/);
    expect((screen.getByLabelText('Reporting year') as HTMLSelectElement).value).toBe('2024');
    expect(api.inputsOf('dashboard.summary').map((i) => i.year)).toContain(2024);
  });

  it('reaches the rows behind a month from the table with the keyboard, with provenance and the evidence file', async () => {
    const { user, api } = open(seeded());
    const trend = await screen.findByRole('region', { name: 'Month by month' });
    await user.click(within(trend).getByRole('button', { name: 'Show emissions by month as a table' }));
    const table = within(trend).getByRole('table', { name: 'Emissions by month' });
    const cell = within(table).getByRole('button', { name: /^Scope 2 \(location-based\), Jun 2024: 0\.621 tCO2e/ });
    cell.focus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Rows behind: Scope 2 (location-based), Jun 2024' });
    expect(api.inputsOf('dashboard.drillDown')[0]).toMatchObject({ year: 2024, filter: { month: '2024-06', scope: 2, basis: 'location' } });
    expect(await within(dialog).findByText('1 May 2024 – 31 Jul 2024')).toBeTruthy();
    expect(dialog.textContent).toMatch(/of 1\.905 tCO2e for the whole period/);
    expect(dialog.textContent).toMatch(/Estimated reading/);
    expect(within(dialog).getByText('How was this calculated?')).toBeTruthy();
    expect(dialog.textContent).toMatch(/Row 3060 of the 2024 file/);
    expect(within(dialog).getByText(/Showing 1–1 of 1 row/)).toBeTruthy();

    const createObjectURL = vi.fn(() => 'blob:evidence');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await user.click(within(dialog).getByRole('button', { name: 'Download q2-bills.csv' }));
    expect(api.inputsOf('evidence.download')).toEqual([{ importId: 'imp-1' }]);
    await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalled());

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the rows behind a total and shows breakdowns by source with the file name', async () => {
    const { user, api } = open(seeded());
    await user.click(await screen.findByRole('button', { name: /^Total \(market-based\)/ }));
    expect(await screen.findByRole('dialog', { name: 'Rows behind: All scopes (market-based)' })).toBeTruthy();
    expect(api.inputsOf('dashboard.drillDown')[0]).toMatchObject({ filter: { basis: 'market' } });
    await user.click(screen.getByRole('button', { name: 'Close' }));

    const breakdown = screen.getByRole('region', { name: 'Where the emissions come from' });
    await user.click(within(breakdown).getByRole('radio', { name: 'Where the data came from' }));
    await user.click(within(breakdown).getByRole('button', { name: /as a table$/ }));
    const table = within(breakdown).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Imported file: q2-bills.csv' })).toBeTruthy();
    await user.click(within(table).getByRole('button', { name: /^Total, Imported file: q2-bills\.csv/ }));
    expect(api.inputsOf('dashboard.drillDown')[1]).toMatchObject({ filter: { source: 'import', importId: 'imp-1', basis: 'location' } });
  });

  it('switches reporting year', async () => {
    const { user, api } = open(seeded());
    await screen.findByRole('region', { name: 'Emissions in the year' });
    await user.selectOptions(screen.getByLabelText('Reporting year'), '2023');
    expect(await screen.findByText(/There are no emissions in this reporting year/)).toBeTruthy();
    expect(api.inputsOf('dashboard.summary').map((i) => i.year)).toContain(2023);
  });

  it('saves intensity inputs, with floor area from the sites when left empty, and says what is wrong with a bad number', async () => {
    const { user, api } = open(seeded());
    const intensity = await screen.findByRole('region', { name: 'Intensity ratios' });
    expect(intensity.textContent).toMatch(/Per £1 million turnover.*Not worked out yet\. Enter your turnover below/);
    expect(within(intensity).getByLabelText('Floor area (m²)').getAttribute('aria-describedby')).toBeTruthy();
    expect(intensity.textContent).toMatch(/Leave empty to use your sites' total of 420 m²/);
    await user.type(within(intensity).getByLabelText('Turnover for the year (£)'), 'lots');
    await user.click(within(intensity).getByRole('button', { name: 'Save figures for 2024' }));
    expect(within(intensity).getByRole('alert').textContent).toMatch(/Write each figure as a number/);
    expect(api.inputsOf('dashboard.metrics.update')).toEqual([]);

    await user.clear(within(intensity).getByLabelText('Turnover for the year (£)'));
    await user.type(within(intensity).getByLabelText('Turnover for the year (£)'), '2,500,000');
    await user.type(within(intensity).getByLabelText('Full-time equivalent employees'), '12.5');
    await user.click(within(intensity).getByRole('button', { name: 'Save figures for 2024' }));
    expect(await within(intensity).findByText('Saved')).toBeTruthy();
    expect(api.inputsOf('dashboard.metrics.update')).toEqual([{ year: 2024, turnoverGbp: 2_500_000, employeesFte: 12.5, floorAreaM2: null }]);

    // A site's floor area changed elsewhere: the summary (with its ratios) is asked for again.
    const asked = api.inputsOf('dashboard.summary').length;
    api.emit('data.changed', { topics: ['sites'] });
    await vi.waitFor(() => expect(api.inputsOf('dashboard.summary').length).toBeGreaterThan(asked));
  });

  it('shows estimated readings and months without data', async () => {
    const { user, api } = open(seeded());
    const quality = await screen.findByRole('region', { name: 'Data quality' });
    expect(within(quality).getByRole('row', { name: /Meter G1 \(Natural gas\).*2 of the year's months: Apr 2024, May 2024/ })).toBeTruthy();
    expect(quality.textContent).toMatch(/ProxiesNone/);
    await user.click(within(quality).getByRole('button', { name: /^Estimated readings: 2\.532 tCO2e/ }));
    expect(await screen.findByRole('dialog', { name: 'Rows behind: Estimated readings' })).toBeTruthy();
    expect(api.inputsOf('dashboard.drillDown')[0]).toMatchObject({ filter: { estimated: true, basis: 'location' } });
  });
});
