import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeSite, makeWorkspace } from '../../test/fake-api';
import { makeFigure, makeRecord, makeRun, type FakeCalculations } from '../../test/fake-calculations';
import { descriptionOf, renderApp } from '../../test/render-app';

const headOffice = makeSite({ id: 'site-hq', name: 'Head office' });

const run1Totals = { scope1Co2eKg: 1829, scope2LocationCo2eKg: 2484.6, scope2MarketCo2eKg: 2484.6, scope3Co2eKg: 219.6 };
const run2Totals = { ...run1Totals, scope2LocationCo2eKg: 2484.891463, scope2MarketCo2eKg: 2484.891463 };

/** Two runs of one record (2024 factors, then pinned to 2023) and the restatement between them. */
function twoRuns(): FakeCalculations {
  return {
    settings: { pinnedFactorYear: 2023, significanceThresholdPct: 5 },
    runs: [
      makeRun({ id: 'run-1', number: 1, figureCount: 2, totals: run1Totals }),
      makeRun({
        id: 'run-2',
        number: 2,
        createdAt: '2026-11-21T10:00:00.000Z',
        reason: 'Pin to 2023 factors for comparison',
        factorSetIds: ['uk-desnz-2023-v1.1'],
        pinnedFactorYear: 2023,
        previousRunId: 'run-1',
        figureCount: 2,
        totals: run2Totals,
      }),
    ],
    records: [makeRecord({ id: 'record-1', siteId: headOffice.id })],
    figures: [
      makeFigure({ id: 1, runId: 'run-1', activityRecordId: 'record-1' }),
      makeFigure({ id: 2, runId: 'run-1', activityRecordId: 'record-1', method: 'market-based', marketStep: 'grid-average' }),
      makeFigure({ id: 3, runId: 'run-2', activityRecordId: 'record-1', co2eKg: 12000 * 0.207074288591, factorSetId: 'uk-desnz-2023-v1.1', factorYear: 2023 }),
      makeFigure({ id: 4, runId: 'run-2', activityRecordId: 'record-1', method: 'market-based', marketStep: 'grid-average', co2eKg: 12000 * 0.207074288591 }),
    ],
    restatements: [
      {
        id: 'restatement-1',
        fromRunId: 'run-1',
        toRunId: 'run-2',
        fromRunNumber: 1,
        toRunNumber: 2,
        reason: 'Pin to 2023 factors for comparison',
        createdAt: '2026-11-21T10:00:00.000Z',
        baseYearChangePct: null,
        thresholdPct: 5,
        baseYearRecalculationRequired: false,
      },
    ],
  };
}

function openCalculations(calculations?: FakeCalculations) {
  const workspace = makeWorkspace({ sites: [headOffice], ...(calculations ? { calculations } : {}) });
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/calculations' });
}

describe('Calculations and restatements page', () => {
  it('is in the navigation and says numbers never change silently', async () => {
    const workspace = makeWorkspace();
    const { user } = renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Calculations' }));
    const heading = await screen.findByRole('heading', { name: 'Calculations and restatements', level: 1 });
    expect(window.location.hash).toBe('#/calculations');
    expect(heading.parentElement?.textContent).toContain('never change silently');
    expect(heading.parentElement?.textContent).toContain('only when you recalculate');
    expect(await screen.findByText(/Nothing has been calculated yet/)).toBeTruthy();
  });

  it('saves the factor year and threshold, saying no figure changes until a recalculation', async () => {
    const { user, api } = openCalculations();
    const section = await screen.findByRole('region', { name: 'Calculation settings' });
    const year = (await within(section).findByLabelText(/^Factor year/)) as HTMLSelectElement;
    expect(year.value).toBe('');
    expect(within(year).getByRole('option', { name: 'Follow the government rule for each period (recommended)' })).toBeTruthy();
    expect(within(year).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', '2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017', '2016']);
    expect(section.textContent).toContain('Saving these changes no figures until you recalculate.');

    const threshold = within(section).getByLabelText(/^Significance threshold for base-year recalculation \(%\)/);
    await user.clear(threshold);
    await user.click(within(section).getByRole('button', { name: 'Save settings' }));
    expect(descriptionOf(threshold)).toContain('Enter a percentage, such as 5');
    expect(api.inputsOf('emissionsSettings.update')).toEqual([]);

    await user.selectOptions(year, '2023');
    await user.type(threshold, '7.5');
    await user.click(within(section).getByRole('button', { name: 'Save settings' }));
    expect(await within(section).findByText('Saved. No figures have changed: recalculate to apply the new settings.')).toBeTruthy();
    expect(api.inputsOf('emissionsSettings.update')).toEqual([{ pinnedFactorYear: 2023, significanceThresholdPct: 7.5 }]);
    expect(api.inputsOf('calculations.recalculate')).toEqual([]);
  });

  it('lists runs with the factor sets used and totals in tonnes', async () => {
    openCalculations(twoRuns());
    const table = await screen.findByRole('table', { name: 'Calculation runs, newest first, with totals in tonnes CO2e' });
    // Two header rows (the totals are grouped), then one row per run.
    const rows = within(table).getAllByRole('row').slice(2);
    expect(rows).toHaveLength(2);
    const run2 = rows[0] as HTMLElement;
    expect(within(run2).getByRole('rowheader').textContent).toBe('Run 2 Current');
    expect(run2.textContent).toContain('Pin to 2023 factors for comparison');
    expect(run2.textContent).toContain('uk-desnz-2023-v1.1');
    expect(run2.textContent).toContain('Pinned to 2023');
    expect(within(run2).getAllByRole('cell', { name: '2.485' })).toHaveLength(2);
    expect(within(run2).getByRole('cell', { name: '1.829' })).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByRole('cell', { name: /DESNZ 2024 v1.1/ }).textContent).toContain('Government rule for each period');
  });

  it('needs a reason to recalculate, shows the server’s refusal, then the outcome with the base-year warning', async () => {
    const calculations = twoRuns();
    calculations.nextRecalculation = {
      baseYearChangePct: 6.25,
      baseYearRecalculationRequired: true,
      errors: [{ recordId: 'record-9', message: 'Natural gas in m³ needs a calorific value', code: 'BAD_INPUT' }],
    };
    const { user, api } = openCalculations(calculations);
    await user.click(await screen.findByRole('button', { name: 'Recalculate with current factors…' }));
    const dialog = screen.getByRole('dialog', { name: 'Recalculate with current factors' });
    const reason = within(dialog).getByLabelText(/^Reason for recalculating/);
    expect(document.activeElement).toBe(reason);
    expect(dialog.textContent).toContain('the 2023 factors for every period');

    await user.type(reason, 'new');
    await user.click(within(dialog).getByRole('button', { name: 'Recalculate' }));
    expect(descriptionOf(reason)).toContain('in at least 5 characters');
    expect(api.inputsOf('calculations.recalculate')).toEqual([]);

    await user.clear(reason);
    await user.type(reason, 'Corrected the gas bill');
    api.failNext('calculations.recalculate', { code: 'CONFLICT', message: 'Another recalculation is running. Try again when it has finished.' });
    await user.click(within(dialog).getByRole('button', { name: 'Recalculate' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Another recalculation is running');

    await user.click(within(dialog).getByRole('button', { name: 'Recalculate' }));
    const outcome = await within(dialog).findByRole('region', { name: 'Run 3 is ready' });
    expect(api.inputsOf('calculations.recalculate')).toEqual([{ reason: 'Corrected the gas bill' }, { reason: 'Corrected the gas bill' }]);
    expect(outcome.textContent).toContain('Run 3 is now the current calculation');
    expect(outcome.textContent).toContain('+6.25 % in the base-year total (at or above your significance threshold of 5 %)');
    const warning = within(outcome).getByRole('alert');
    expect(warning.textContent).toContain('Base-year recalculation required');
    expect(within(outcome).getByRole('heading', { name: '1 record could not be calculated' })).toBeTruthy();
    expect(outcome.textContent).toContain('Natural gas in m³ needs a calorific value');
    await waitFor(() => expect(document.activeElement).toBe(within(outcome).getByRole('heading', { name: 'Run 3 is ready' })));

    // The new run and its restatement are listed behind the dialog; "Show the changes" opens it.
    await user.click(within(outcome).getByRole('button', { name: 'Show the changes' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const changes = await screen.findByRole('region', { name: 'Changes from run 2 to run 3' });
    await waitFor(() => expect(document.activeElement).toBe(changes));
    const restatements = screen.getByRole('table', { name: 'Restatements, newest first' });
    const latest = within(restatements).getAllByRole('row')[1] as HTMLElement;
    expect(latest.textContent).toContain('From run 2 to run 3');
    expect(latest.textContent).toContain('Corrected the gas bill');
    expect(latest.textContent).toContain('Required');
    expect(within(screen.getByRole('table', { name: /Calculation runs/ })).getAllByRole('row')).toHaveLength(5);
  });

  it('shows what a restatement changed by scope, site and method, and in the base year', async () => {
    const { user, api } = openCalculations(twoRuns());
    const restatements = await screen.findByRole('table', { name: 'Restatements, newest first' });
    const row = within(restatements).getAllByRole('row')[1] as HTMLElement;
    expect(row.textContent).toContain('From run 1 to run 2');
    expect(row.textContent).toContain('Not required');
    expect(row.textContent).toContain('no base-year figures to compare');

    const toggle = within(row).getByRole('button', { name: 'Show changes from run 1 to run 2' });
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const changes = await screen.findByRole('region', { name: 'Changes from run 1 to run 2' });
    expect(toggle.getAttribute('aria-controls')).toBe(changes.id);
    expect(api.inputsOf('calculations.diff')).toEqual([{ fromRunId: 'run-1', toRunId: 'run-2' }]);

    const table = await within(changes).findByRole('table', { name: /by scope, site and method/ });
    const [header, location, market] = within(table).getAllByRole('row') as HTMLElement[];
    expect(within(header as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Scope',
      'Site',
      'Method',
      'Before (kg CO2e)',
      'After (kg CO2e)',
      'Change (kg CO2e)',
      'Change (%)',
    ]);
    expect(within(location as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Head office', 'Location-based', '2,484.6', '2,484.89', '+0.29', '+0.01 %']);
    expect(within(location as HTMLElement).getByRole('rowheader').textContent).toBe('Scope 2');
    expect(within(market as HTMLElement).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Head office', 'Market-based', '2,484.6', '2,484.89', '+0.29', '+0.01 %']);

    expect(changes.textContent).toContain('Factor sets addeduk-desnz-2023-v1.1');
    expect(changes.textContent).toContain('Factor sets removedDESNZ 2024 v1.1');
    // Acme's base year 2025 starts in April: the 2024 record is outside it.
    expect(changes.textContent).toContain('1 Apr 2025 – 31 Mar 2026: 0 kg CO2e before, 0 kg CO2e after (n/a)');

    await user.click(toggle);
    expect(screen.queryByRole('region', { name: 'Changes from run 1 to run 2' })).toBeNull();
  });
});
