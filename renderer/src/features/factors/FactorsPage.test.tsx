import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeWorkspace } from '../../test/fake-api';
import { makeFactorRow, makeFactorSet, sampleFactorLibrary, type FakeFactorLibrary } from '../../test/fake-factors';
import { renderApp } from '../../test/render-app';

function openFactors(factorLibrary: FakeFactorLibrary = sampleFactorLibrary()) {
  const workspace = makeWorkspace();
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path, factorLibrary }), { hash: '#/factors' });
}

function cardOf(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name}`) });
}

describe('emission factors page', () => {
  it('is in the navigation and explains factors in plain words', async () => {
    const workspace = makeWorkspace();
    const { user } = renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Emission factors' }));
    expect(await screen.findByRole('heading', { name: 'Emission factors', level: 1 })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Emission factors' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText(/Emission factors are the published numbers that turn your energy use/)).toBeTruthy();
  });

  it('lists the sets by dataset with year, version, publisher and check status', async () => {
    openFactors();
    await screen.findByRole('heading', { name: 'Factor sets in this workspace' });
    const desnz = cardOf('UK Government \\(DESNZ\\)');
    const rows = within(desnz).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2025', '2024']);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual([
      '1.0',
      '2025-06-10',
      'DESNZ (produced by Ricardo Energy & Environment and Aether Ltd)',
      '8,740',
      'Verified',
    ]);
    expect(within(desnz).queryByText(/Unverified/)).toBeNull();
    expect(within(desnz).getByText(/Licence: Open Government Licence v3.0/)).toBeTruthy();
  });

  it('says plainly that the SIC spend factors are unverified, and shows the other caveats', async () => {
    openFactors();
    await screen.findByRole('heading', { name: 'Factor sets in this workspace' });
    const sic = cardOf('Spend-based, by industry \\(SIC\\)');
    expect(within(sic).getByText('Unverified — not yet checked against the official Defra publication.')).toBeTruthy();
    expect(within(sic).getAllByText('Unverified').length).toBeGreaterThanOrEqual(2); // heading and the set's row
    expect(within(sic).getByText(/^UNVERIFIED: a secondary extract/)).toBeTruthy();
    const egrid = cardOf('US grid electricity');
    expect(within(egrid).getByText(/Only for sites in the United States/)).toBeTruthy();
    expect(within(egrid).getByText('Location-based factors for sites in the United States only.')).toBeTruthy();
  });

  it('lets someone who checked the SIC factors confirm them, with a note, after which they show as verified', async () => {
    const { user } = openFactors();
    await screen.findByRole('heading', { name: 'Factor sets in this workspace' });
    await user.click(within(cardOf('Spend-based, by industry \\(SIC\\)')).getByRole('button', { name: 'I have checked the 2022 factors' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the 2022 factors as checked?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm as checked' }));
    expect(await within(dialog).findByText(/at least 20 characters/)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('What did you check them against?'), 'Defra UK full dataset 2022, SIC table, every row');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm as checked' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const sic = cardOf('Spend-based, by industry \\(SIC\\)');
    await waitFor(() => expect(within(sic).queryByText('Unverified')).toBeNull());
    expect(within(sic).getByText(/Confirmed in this workspace by sam/)).toBeTruthy();
  });

  it('shows the sources and hashes of the sets on request', async () => {
    const { user } = openFactors();
    await screen.findByRole('heading', { name: 'Factor sets in this workspace' });
    const toggle = within(cardOf('UK Government \\(DESNZ\\)')).getByText(/^Sources and fingerprints/).closest('summary')!;
    const details = toggle.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(toggle);
    expect(details.open).toBe(true);
    const term = (label: string) => within(details).getAllByText(label).map((dt) => dt.nextElementSibling?.textContent);
    expect(term('SHA-256 of the file loaded')).toEqual([
      'e109bb5176d428842781a991d79936a658dd64f16c9807af88afcaebc49251b6',
      'aab21778644803cf8f110a81cba7ce3949aff441b32b4a1e8cfd5ae1d836bc2e',
    ]);
    expect(term("Publisher's file")).toContain('ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx');
  });

  it('searches as you type, with year, dataset and totals filters', async () => {
    const { user, api } = openFactors();
    const box = await screen.findByRole('searchbox', { name: 'Search factors' });
    expect(screen.getByText(/Type what you are looking for/)).toBeTruthy();
    await user.type(box, 'natural gas');
    const table = await screen.findByRole('table', { name: 'Emission factors matching your search' });
    expect(within(table).getAllByRole('row')).toHaveLength(3); // header, 2025 and 2024 totals
    // One search once typing pauses, not one per key.
    expect(api.inputsOf('factors.search')).toEqual([{ text: 'natural gas', limit: 25, offset: 0, kgCo2eOnly: true }]);

    await user.selectOptions(screen.getByLabelText('Year'), '2024');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 11)).toEqual(['DESNZ 2024 v1.1', '4', 'Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)', 'kg CO2e', '0.1829']);
    expect(screen.getByText('Showing 1–1 of 1 factor')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Totals only (kg CO2e)' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByText('kg CO2e of CO2 per unit')).toBeTruthy();
    expect(api.inputsOf('factors.search').at(-1)).toEqual({ text: 'natural gas', limit: 25, offset: 0, year: 2024 });

    await user.selectOptions(screen.getByLabelText('Dataset'), 'Spend-based, by industry (SIC)');
    expect(await screen.findByRole('heading', { name: 'No factors match' })).toBeTruthy();
    expect(screen.getByText(/Nothing matches “natural gas” in 2024/)).toBeTruthy();
  });

  it('shows the full provenance of a factor in a dialog', async () => {
    const { user } = openFactors();
    await user.type(await screen.findByRole('searchbox', { name: 'Search factors' }), 'electricity');
    const details = await screen.findByRole('button', { name: /^Details for UK electricity, Electricity generated, Electricity: UK, kWh, kWh, kg CO2e \(2024\)$/ });
    await user.click(details);
    const dialog = await screen.findByRole('dialog', { name: 'Where this factor comes from' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    const term = (label: string) => within(dialog).getByText(label).nextElementSibling?.textContent;
    await within(dialog).findByText('Value as published');
    expect(term('Value as published')).toBe('0.20705');
    expect(term('Number used in calculations')).toBe('0.20705');
    expect(term('Row in the file')).toMatch(/^6950/);
    expect(term('Factor ID (DESNZ, 2023 on)')).toBe('20_200_2000_5_1');
    expect(term('Published by')).toBe('DESNZ and Defra');
    expect(term('Year and version')).toBe('2024, version 1.1, updated 2024-10-18');
    expect(term('SHA-256 of the file loaded')).toBe('aab21778644803cf8f110a81cba7ce3949aff441b32b4a1e8cfd5ae1d836bc2e');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows text and blank cells exactly as published, and says they cannot be calculated with', async () => {
    const set = makeFactorSet({ id: 'uk-desnz-2016-v1.01', year: 2016, version: '1.01' });
    const rows = [
      makeFactorRow(set, { id: 501, rowNumber: 4000, scope: 'Scope 3', level1: 'Material use', level2: 'Other', level3: 'Mystery material', uom: 'tonnes', value: null, rawValue: '< 1' }),
      makeFactorRow(set, { id: 502, rowNumber: 4001, scope: 'Scope 3', level1: 'Material use', level2: 'Other', level3: 'Mystery material', uom: 'kg', value: null, rawValue: '' }),
    ];
    const { user } = openFactors({ sets: [set], rows });
    await user.type(await screen.findByRole('searchbox', { name: 'Search factors' }), 'mystery');
    const table = await screen.findByRole('table', { name: 'Emission factors matching your search' });
    const values = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[10]?.textContent);
    expect(values).toEqual(['< 1', '—blank in the published file']);
    await user.click(within(table).getAllByRole('button', { name: /^Details for/ })[0]!);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Value as published');
    expect(within(dialog).getByText('Value as published').nextElementSibling?.textContent).toBe('< 1');
    expect(within(dialog).getByText('Number used in calculations').nextElementSibling?.textContent).toMatch(/^None: this cell is not a number/);
  });

  it('warns about a shipped file that was refused', async () => {
    openFactors({ ...sampleFactorLibrary(), refused: [{ dataset: 'ember', fileName: 'ember-average-intensities.csv', reason: 'does not match the SHA-256 in its manifest' }] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some factor files were not loaded');
    expect(alert.textContent).toContain('ember/ember-average-intensities.csv: does not match the SHA-256 in its manifest');
  });

  it('says when the factors cannot be loaded', async () => {
    const workspace = makeWorkspace();
    const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
    api.failNext('factors.sets', { code: 'INTERNAL', message: 'Something went wrong inside the app.' });
    renderApp(api, { hash: '#/factors' });
    expect(await screen.findByText('The emission factors could not be loaded')).toBeTruthy();
  });
});
