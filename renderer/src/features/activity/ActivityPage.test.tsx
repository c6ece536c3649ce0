import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeSite, makeWorkspace } from '../../test/fake-api';
import { DESNZ_2024_GRID_PROVENANCE, DESNZ_2024_TD_PROVENANCE, makeFigure, makeRecord, makeRun, type FakeCalculations } from '../../test/fake-calculations';
import { descriptionOf, renderApp } from '../../test/render-app';

const headOffice = makeSite({ id: 'site-hq', name: 'Head office' });
const warehouse = makeSite({ id: 'site-wh', name: 'Warehouse', postcode: 'M1 1AE' });
const ELECTRICITY = '12,000 kWh of Electricity from the grid (UK) at Head office, 1 Jan 2024 – 31 Dec 2024';

function openActivity(calculations?: FakeCalculations, hash = '#/activity') {
  const workspace = makeWorkspace({ sites: [headOffice, warehouse], ...(calculations ? { calculations } : {}) });
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash });
}

/** One electricity record in run 1: location-based, T&D losses, and the market-based grid-average slice. */
function seededCalculations(): FakeCalculations {
  const record = makeRecord({ id: 'record-1', siteId: headOffice.id, description: 'Bill 2024-118' });
  const solar = makeRecord({ id: 'record-2', siteId: warehouse.id, periodStart: '2023-04-01', periodEnd: '2023-06-30', quantity: 800, dataQuality: 'metered' });
  return {
    settings: { pinnedFactorYear: null, significanceThresholdPct: 5 },
    runs: [makeRun({ id: 'run-1', figureCount: 4 })],
    records: [record, solar],
    figures: [
      makeFigure({ id: 1, runId: 'run-1', activityRecordId: 'record-1' }),
      makeFigure({
        id: 2,
        runId: 'run-1',
        activityRecordId: 'record-1',
        role: 'td-losses',
        scope: 3,
        scope3Category: 3,
        method: 'activity',
        co2eKg: 12000 * 0.0183,
        factorId: 3621,
        factorRowNumber: 3621,
        factorValue: 0.0183,
        provenance: DESNZ_2024_TD_PROVENANCE,
      }),
      makeFigure({
        id: 3,
        runId: 'run-1',
        activityRecordId: 'record-1',
        method: 'market-based',
        marketStep: 'grid-average',
        notes: ["No instrument, supplier mix or GB residual mix for 2024: grid average used (the hierarchy's last resort)"],
      }),
      makeFigure({
        id: 4,
        runId: 'run-1',
        activityRecordId: 'record-2',
        method: 'market-based',
        marketStep: 'instrument',
        co2eKg: 0,
        quantity: 800,
        factorSetId: null,
        factorId: null,
        factorRowNumber: null,
        factorValue: 0,
        provenance: { kind: 'instrument', sourceId: 'instrument-1', note: 'REGO-backed tariff from Octopus Energy (2023-04-01 to 2024-03-31)', gridFactor: DESNZ_2024_GRID_PROVENANCE },
        notes: ['REGO-backed tariff from Octopus Energy (2023-04-01 to 2024-03-31)'],
      }),
    ],
  };
}

describe('Activity data page', () => {
  it('is in the navigation and points an empty workspace to adding activity by hand', async () => {
    const { user } = openActivity(undefined, '#/dashboard');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Activity data' }));
    expect(await screen.findByRole('heading', { name: 'Activity data', level: 1 })).toBeTruthy();
    expect(window.location.hash).toBe('#/activity');

    const empty = await screen.findByRole('region', { name: 'No activity data yet' });
    expect(empty.textContent).toContain('“Add activity by hand”');
    expect(empty.textContent).toContain('Import them');
    expect(screen.getAllByRole('button', { name: 'Add activity by hand' })).toHaveLength(1);
  });

  it('adds a record by hand with the payload the backend expects, then lists it', async () => {
    const { user, api } = openActivity();
    await user.click(await screen.findByRole('button', { name: 'Add activity by hand' }));
    const form = screen.getByRole('form', { name: 'Add activity by hand' });

    // Nothing filled in: plain-words messages, no call.
    await user.click(within(form).getByRole('button', { name: 'Add activity' }));
    expect(within(form).getByText('Choose a site')).toBeTruthy();
    expect(within(form).getByText('Choose what was used or done')).toBeTruthy();
    expect(within(form).getByText('Say how good this number is')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText(/^Site/));
    expect(api.inputsOf('records.create')).toEqual([]);

    await user.selectOptions(within(form).getByLabelText(/^Site/), 'Head office');
    await user.selectOptions(within(form).getByLabelText(/^What was used or done/), 'Electricity from the grid (UK)');
    expect((within(form).getByLabelText(/^Unit/) as HTMLSelectElement).value).toBe('kWh');
    await user.type(within(form).getByLabelText(/^From/), '2024-01-01');
    await user.type(within(form).getByLabelText(/^To/), '2024-12-31');
    await user.type(within(form).getByLabelText(/^Quantity/), '12,000');
    await user.selectOptions(within(form).getByLabelText(/^How good is this number\?/), 'invoice');
    await user.type(within(form).getByLabelText(/^Description \(optional\)/), 'Bill 2024-118');
    await user.click(within(form).getByRole('button', { name: 'Add activity' }));

    expect(await screen.findByText(`Added ${ELECTRICITY}`)).toBeTruthy();
    expect(api.inputsOf('records.create')).toEqual([
      {
        siteId: headOffice.id,
        activityId: 'grid-electricity-uk',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        quantity: 12000,
        unit: 'kWh',
        dataQuality: 'invoice',
        description: 'Bill 2024-118',
      },
    ]);
    expect(screen.queryByRole('form', { name: 'Add activity by hand' })).toBeNull();
    const table = await screen.findByRole('table', { name: 'Activity records, latest period first' });
    const row = within(table).getByRole('rowheader', { name: /Electricity from the grid \(UK\)/ }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('cell', { name: 'Head office' })).toBeTruthy();
    expect(within(row).getByRole('cell', { name: '1 Jan 2024 – 31 Dec 2024' })).toBeTruthy();
    expect(within(row).getByRole('cell', { name: '12,000 kWh' })).toBeTruthy();
    expect(within(row).getByRole('cell', { name: 'Supplier invoice Entered by hand' })).toBeTruthy();
  });

  it('shows the reason the server refused a record on the field and in a banner', async () => {
    const { user, api } = openActivity();
    await user.click(await screen.findByRole('button', { name: 'Add activity by hand' }));
    const form = screen.getByRole('form', { name: 'Add activity by hand' });
    await user.selectOptions(within(form).getByLabelText(/^Site/), 'Warehouse');
    await user.selectOptions(within(form).getByLabelText(/^What was used or done/), 'grid-electricity-uk');
    await user.type(within(form).getByLabelText(/^From/), '1990-01-01');
    await user.type(within(form).getByLabelText(/^To/), '1990-12-31');
    await user.type(within(form).getByLabelText(/^Quantity/), '500');
    await user.selectOptions(within(form).getByLabelText(/^How good is this number\?/), 'estimate');
    const reason = 'There are no UK conversion factors for 1990: the earliest set loaded is 2016';
    api.failNext('records.create', { code: 'VALIDATION', message: reason, fields: { activityId: reason } });
    await user.click(within(form).getByRole('button', { name: 'Add activity' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The activity was not added');
    expect(alert.textContent).toContain(reason);
    const what = within(form).getByLabelText(/^What was used or done/);
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(what)).toContain(reason);
    await waitFor(() => expect(document.activeElement).toBe(what));
    expect(screen.getByRole('form', { name: 'Add activity by hand' })).toBeTruthy();
  });

  it('deletes a record after confirmation', async () => {
    const { user, api } = openActivity(seededCalculations());
    await user.click(await screen.findByRole('button', { name: `Delete ${ELECTRICITY}` }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this activity record?' });
    expect(dialog.textContent).toContain(ELECTRICITY);
    expect(dialog.textContent).toContain('Earlier calculation runs keep them');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(`Deleted ${ELECTRICITY}`)).toBeTruthy();
    expect(api.inputsOf('records.delete')).toEqual([{ id: 'record-1' }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: `Delete ${ELECTRICITY}` })).toBeNull());
    expect(screen.getByRole('table', { name: 'Activity records, latest period first' })).toBeTruthy();
  });

  it('loads figures only for the row that is opened, with both totals and how each figure was calculated', async () => {
    const { user, api } = openActivity(seededCalculations());
    const toggle = await screen.findByRole('button', { name: `Show figures for ${ELECTRICITY}` });
    expect(api.inputsOf('records.figures')).toEqual([]);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(api.inputsOf('records.figures')).toEqual([{ recordId: 'record-1' }]);
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    const location = await within(details).findByRole('article', { name: 'Generation (location-based)' });

    // Totals: 2,484.6 + 219.6 both ways (the market-based slice is the grid average here); in tonnes in the row.
    expect(within(details).getByText('Total, location-based').nextElementSibling?.textContent).toContain('2,704.2 kg CO2e');
    expect(within(details).getByText('Total, market-based').nextElementSibling?.textContent).toContain('2,704.2 kg CO2e');
    const row = toggle.closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell', { name: '2.704' })).toHaveLength(2);

    expect(location.textContent).toContain('Scope 2 · Location-based');
    expect(within(location).getByText('2,484.6 kg CO2e')).toBeTruthy();
    await user.click(within(location).getByText('How was this calculated?'));
    expect(within(location).getByText(/12,000 kWh × 0.20705 kg CO2e per kWh =/)).toBeTruthy();
    expect(within(location).getByText(/DESNZ and Defra: UK Government GHG Conversion Factors for Company Reporting \(flat file\), 2024, version 1.1/)).toBeTruthy();
    expect(within(location).getByText('Verified source')).toBeTruthy();
    expect(within(location).getByText(/Row 3060 of the 2024 file \(factor ID 7_400_4000_5_1\): Scope 2 › UK electricity › Electricity generated › Electricity: UK › kWh/)).toBeTruthy();
    expect(within(location).getByText('Factor year').nextElementSibling?.textContent).toBe('2024');

    const losses = within(details).getByRole('article', { name: 'Td losses' });
    expect(losses.textContent).toContain('Scope 3 · 3 Fuel- and energy-related activities');

    const market = within(details).getByRole('article', { name: 'Generation (market-based, grid average)' });
    expect(market.textContent).toContain('Market-based');
    expect(within(market).getAllByText(/Grid average \(no contract or residual mix, so the grid average is used\)/).length).toBeGreaterThan(0);
    expect(within(market).getByText(/grid average used \(the hierarchy's last resort\)/)).toBeTruthy();

    // Closing keeps the totals in the row: the figures stay cached.
    await user.click(toggle);
    expect(within(row).getAllByRole('cell', { name: '2.704' })).toHaveLength(2);
  });

  it('explains a market-based slice from a certificate in plain words', async () => {
    const { user } = openActivity(seededCalculations());
    await user.click(await screen.findByRole('button', { name: 'Show figures for 800 kWh of Electricity from the grid (UK) at Warehouse, 1 Apr 2023 – 30 Jun 2023' }));
    const slice = await screen.findByRole('article', { name: 'Generation (market-based, your certificate/contract)' });
    expect(slice.textContent).toContain('Your certificate/contract');
    expect(slice.textContent).toContain('REGO-backed tariff from Octopus Energy (2023-04-01 to 2024-03-31)');
    expect(slice.textContent).toContain('800 kWh × 0 kg CO2e per kWh =');
    expect(slice.textContent).toContain('In place of the grid average of 0.20705 kg CO2e per kWh (DESNZ and Defra, 2024, row 3060)');
  });
});
