import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Instrument, ResidualMixFactor } from '../../../../shared/domain/scope2';
import { createFakeApi, makeSite, makeWorkspace, type FakeWorkspace } from '../../test/fake-api';
import { descriptionOf, renderApp } from '../../test/render-app';

const headOffice = makeSite({ id: 'site-ho', name: 'Head office', postcode: 'SW1A 1AA' });
const belfast = makeSite({ id: 'site-bt', name: 'Belfast shop', postcode: 'BT1 5GS' });
const dublin = makeSite({ id: 'site-ie', name: 'Dublin office', country: 'IE', postcode: 'D02 X285' });

function makeInstrument(overrides: Partial<Instrument> = {}): Instrument {
  return {
    id: 'instrument-octopus',
    kind: 'rego-tariff',
    supplier: 'Octopus Energy',
    tariff: 'Super Green',
    siteId: 'site-ho',
    market: 'GB',
    periodStart: '2025-04-01',
    periodEnd: '2026-03-31',
    volumeMwh: null,
    factorKgCo2ePerKwh: 0,
    evidenceName: 'octopus-fuel-mix-2025.pdf',
    additional: false,
    subsidised: false,
    directSupply: false,
    notes: null,
    createdAt: '2026-02-01T09:00:00.000Z',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}

function makeMix(overrides: Partial<ResidualMixFactor> = {}): ResidualMixFactor {
  return {
    id: 'mix-gb-2025',
    market: 'GB',
    year: 2025,
    factorKgCo2ePerKwh: 0.31,
    source: 'Fuel mix disclosure data table 2024-25, residual fuel mix',
    createdAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}

function openInstruments(overrides: Partial<FakeWorkspace> = {}) {
  const workspace = makeWorkspace({ sites: [headOffice, belfast, dublin], ...overrides });
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/instruments' });
}

function residualSection() {
  return screen.getByRole('region', { name: 'Residual mix' });
}

describe('electricity instruments page', () => {
  it('explains the two methods and the market-based order, and shows both empty states', async () => {
    openInstruments();
    expect(await screen.findByRole('heading', { level: 1, name: 'Electricity contracts and certificates' })).toBeTruthy();
    const explainer = screen.getByRole('region', { name: 'Two ways to report electricity' });
    expect(explainer.textContent).toMatch(/Location-based:.*national grid/);
    expect(explainer.textContent).toMatch(/Market-based:.*contracts and certificates/);
    const steps = within(explainer).getAllByRole('listitem').slice(-4).map((li) => li.textContent ?? '');
    expect(steps[0]).toMatch(/^Your certificates and contracts/);
    expect(steps[1]).toMatch(/^Your supplier.s published fuel mix/);
    expect(steps[2]).toMatch(/^The residual mix/);
    expect(steps[3]).toMatch(/^The grid average.*Why last/);

    const instruments = await screen.findByRole('region', { name: 'Your contracts and certificates' });
    expect(await within(instruments).findByRole('heading', { name: 'No contracts or certificates yet' })).toBeTruthy();
    expect(within(instruments).queryByRole('table')).toBeNull();
    expect(await within(residualSection()).findByRole('heading', { name: 'No residual mix entered' })).toBeTruthy();
    expect(residualSection().textContent).toMatch(/no verified UK source/);
    expect(residualSection().textContent).toMatch(/grid average in the market-based figure, and the figure says so/);
    expect(screen.getByRole('region', { name: 'Before you rely on a green claim' }).textContent).toMatch(
      /REGO certificates can be bought without the electricity/,
    );
  });

  it('adds a REGO-backed tariff for a Northern Ireland site, sending exactly what was entered', async () => {
    const { user, api } = openInstruments();
    await user.click(await screen.findByRole('button', { name: 'Add contract or certificate' }));
    const form = screen.getByRole('form', { name: 'New contract or certificate' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Type')));
    expect(form.textContent).toMatch(/need not mean new wind or solar farms/);

    const site = within(form).getByLabelText('Site');
    const siteOptions = within(site).getAllByRole('option').map((o) => o.textContent);
    expect(siteOptions).toEqual(['All sites', 'Head office', 'Belfast shop']);
    expect(descriptionOf(site)).toMatch(/Sites outside the UK are not listed/);

    await user.type(within(form).getByLabelText('Supplier'), 'Power NI');
    await user.type(within(form).getByLabelText('Tariff name (optional)'), 'Eco Energy');
    await user.selectOptions(site, 'Belfast shop');
    expect((within(form).getByLabelText('Market') as HTMLSelectElement).value).toBe('NI');
    await user.type(within(form).getByLabelText('From'), '2025-04-01');
    await user.type(within(form).getByLabelText('To'), '2026-03-31');
    expect((within(form).getByLabelText('Emission factor (kg CO2e per kWh)') as HTMLInputElement).value).toBe('0');
    expect(descriptionOf(within(form).getByLabelText('Emission factor (kg CO2e per kWh)'))).toMatch(
      /0 for 100 % renewable backed by REGOs; for a supplier fuel mix use the figure on the supplier's fuel mix disclosure/,
    );
    await user.type(within(form).getByLabelText('Evidence (file name of the certificate or fuel mix disclosure)'), 'power-ni-fmd-2025.pdf');
    await user.click(within(form).getByLabelText('Subsidised'));
    await user.type(within(form).getByLabelText('Notes (optional)'), 'Renewed each April');
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));

    expect(await screen.findByText('Saved Power NI, Eco Energy')).toBeTruthy();
    expect(api.inputsOf('instruments.create')).toEqual([
      {
        kind: 'rego-tariff',
        supplier: 'Power NI',
        tariff: 'Eco Energy',
        siteId: 'site-bt',
        market: 'NI',
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
        volumeMwh: null,
        factorKgCo2ePerKwh: 0,
        evidenceName: 'power-ni-fmd-2025.pdf',
        additional: false,
        subsidised: true,
        directSupply: false,
        notes: 'Renewed each April',
      },
    ]);
    expect(screen.queryByRole('form', { name: 'New contract or certificate' })).toBeNull();
    const row = screen.getByRole('row', { name: /Power NI/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([
      'REGO-backed renewable tariff',
      'Belfast shop',
      'NI',
      '1 Apr 2025 to 31 Mar 2026',
      'All electricity on this tariff',
      '0',
      'power-ni-fmd-2025.pdf',
      'Subsidised',
      expect.stringMatching(/^Edit .*Delete/),
    ]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add contract or certificate' })));
  });

  it('refuses REGOs bought separately without a volume, with the message under Volume (MWh)', async () => {
    const { user, api } = openInstruments();
    await user.click(await screen.findByRole('button', { name: 'Add contract or certificate' }));
    const form = screen.getByRole('form', { name: 'New contract or certificate' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'REGO certificates bought separately');
    expect(form.textContent).toMatch(/REGOs can be bought without the electricity/);
    await user.type(within(form).getByLabelText('Supplier'), 'Certificate Broker Ltd');
    await user.type(within(form).getByLabelText('From'), '2025-04-01');
    await user.type(within(form).getByLabelText('To'), '2026-03-31');
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));

    const volume = within(form).getByLabelText('Volume (MWh)');
    expect(descriptionOf(volume)).toMatch(/Enter the volume in MWh that the certificates or contract cover/);
    expect(volume.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(volume));
    expect(api.inputsOf('instruments.create')).toHaveLength(0);

    await user.type(volume, '1,200');
    expect(descriptionOf(volume)).not.toMatch(/Enter the volume/);
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));
    expect(await screen.findByText('Saved Certificate Broker Ltd')).toBeTruthy();
    expect(api.inputsOf('instruments.create')[0]).toMatchObject({ kind: 'unbundled-rego', volumeMwh: 1200, siteId: null, market: 'GB' });
  });

  it('checks the market against the chosen site and shows the server’s field messages under the right field', async () => {
    const { user, api } = openInstruments();
    await user.click(await screen.findByRole('button', { name: 'Add contract or certificate' }));
    const form = screen.getByRole('form', { name: 'New contract or certificate' });
    await user.selectOptions(within(form).getByLabelText('Type'), "Supplier's published fuel mix");
    const factor = within(form).getByLabelText('Emission factor (kg CO2e per kWh)');
    expect((factor as HTMLInputElement).value).toBe('');
    await user.type(within(form).getByLabelText('Supplier'), 'British Gas');
    await user.selectOptions(within(form).getByLabelText('Site'), 'Head office');
    const market = within(form).getByLabelText('Market');
    await user.selectOptions(market, 'Northern Ireland');
    await user.type(within(form).getByLabelText('From'), '2025-04-01');
    await user.type(within(form).getByLabelText('To'), '2026-03-31');
    await user.type(factor, '0.193');
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));
    expect(descriptionOf(market)).toMatch(/Head office is in the GB market: choose GB/);
    expect(api.inputsOf('instruments.create')).toHaveLength(0);

    await user.selectOptions(market, 'GB');
    api.failNext('instruments.create', {
      code: 'VALIDATION',
      message: 'The evidence name is too long',
      fields: { evidenceName: 'Use a shorter file name' },
    });
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));
    const evidence = within(form).getByLabelText('Evidence (file name of the certificate or fuel mix disclosure)');
    await waitFor(() => expect(descriptionOf(evidence)).toMatch(/Use a shorter file name/));
    expect(within(form).getByRole('alert').textContent).toMatch(/The contract or certificate was not saved.*The evidence name is too long/);
    await waitFor(() => expect(document.activeElement).toBe(evidence));
  });

  it('edits an instrument and maps update field errors to their fields', async () => {
    const { user, api } = openInstruments({ instruments: [makeInstrument()] });
    await user.click(await screen.findByRole('button', { name: 'Edit Octopus Energy, Super Green (1 Apr 2025 to 31 Mar 2026)' }));
    const form = screen.getByRole('form', { name: 'Edit Octopus Energy, Super Green' });
    expect((within(form).getByLabelText('Site') as HTMLSelectElement).value).toBe('site-ho');
    expect(screen.getByRole('row', { name: /Octopus Energy/ }).getAttribute('aria-current')).toBe('true');

    api.failNext('instruments.update', { code: 'VALIDATION', message: 'Check the volume', fields: { 'instrument.volumeMwh': 'Too many MWh for one tariff' } });
    await user.type(within(form).getByLabelText('Volume (MWh)'), '9999');
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));
    const volume = within(form).getByLabelText('Volume (MWh)');
    await waitFor(() => expect(descriptionOf(volume)).toMatch(/Too many MWh for one tariff/));

    await user.clear(volume);
    await user.type(volume, '85.5');
    await user.click(within(form).getByLabelText('Additional (new renewable capacity)'));
    await user.click(within(form).getByRole('button', { name: 'Save contract or certificate' }));

    expect(await screen.findByText('Saved Octopus Energy, Super Green')).toBeTruthy();
    expect(api.inputsOf('instruments.update').at(-1)).toEqual({
      id: 'instrument-octopus',
      instrument: {
        kind: 'rego-tariff',
        supplier: 'Octopus Energy',
        tariff: 'Super Green',
        siteId: 'site-ho',
        market: 'GB',
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
        volumeMwh: 85.5,
        factorKgCo2ePerKwh: 0,
        evidenceName: 'octopus-fuel-mix-2025.pdf',
        additional: true,
        subsidised: false,
        directSupply: false,
        notes: null,
      },
    });
    const row = screen.getByRole('row', { name: /Octopus Energy/ });
    expect(row.textContent).toMatch(/85\.5 MWh/);
    expect(row.textContent).toMatch(/Additional/);
  });

  it('deletes an instrument after confirmation', async () => {
    const { user, api } = openInstruments({
      instruments: [makeInstrument(), makeInstrument({ id: 'instrument-solar', kind: 'onsite-generation', supplier: 'Roof solar', tariff: null, volumeMwh: 12 })],
    });
    await user.click(await screen.findByRole('button', { name: 'Delete Roof solar (1 Apr 2025 to 31 Mar 2026)' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Roof solar?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted Roof solar')).toBeTruthy();
    expect(api.inputsOf('instruments.delete')).toEqual([{ id: 'instrument-solar' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('row', { name: /Roof solar/ })).toBeNull();
    expect(screen.getByRole('row', { name: /Octopus Energy/ })).toBeTruthy();
  });

  it('enters a residual mix with its source, then deletes it', async () => {
    const { user, api } = openInstruments();
    await user.click(await screen.findByRole('button', { name: 'Enter a residual mix' }));
    const form = screen.getByRole('form', { name: 'New residual mix value' });
    await user.selectOptions(within(form).getByLabelText('Market'), 'Northern Ireland');
    await user.type(within(form).getByLabelText('Year'), '2025');
    await user.type(within(form).getByLabelText('Residual mix factor (kg CO2e per kWh)'), '0.35');
    const source = within(form).getByLabelText('Where this value comes from');
    await user.type(source, 'adviser');
    await user.click(within(form).getByRole('button', { name: 'Save residual mix' }));
    expect(descriptionOf(source)).toMatch(/Say where this value comes from/);
    expect(api.inputsOf('residualMix.create')).toHaveLength(0);

    await user.type(source, ': SEM fuel mix disclosure 2025, residual mix table');
    await user.click(within(form).getByRole('button', { name: 'Save residual mix' }));
    expect(await screen.findByText('Saved the Northern Ireland 2025 residual mix')).toBeTruthy();
    expect(api.inputsOf('residualMix.create')).toEqual([
      { market: 'NI', year: 2025, factorKgCo2ePerKwh: 0.35, source: 'adviser: SEM fuel mix disclosure 2025, residual mix table' },
    ]);
    const row = within(residualSection()).getByRole('row', { name: /Northern Ireland 2025/ });
    expect(row.textContent).toMatch(/0\.35/);
    expect(row.textContent).toMatch(/SEM fuel mix disclosure/);
    expect(within(residualSection()).queryByRole('heading', { name: 'No residual mix entered' })).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Delete Northern Ireland 2025 residual mix' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the Northern Ireland 2025 residual mix?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted the Northern Ireland 2025 residual mix')).toBeTruthy();
    expect(api.inputsOf('residualMix.delete')).toHaveLength(1);
    expect(await within(residualSection()).findByRole('heading', { name: 'No residual mix entered' })).toBeTruthy();
  });

  it('shows the server’s refusal of a second residual mix for the same market and year', async () => {
    const { user } = openInstruments({ residualMixes: [makeMix()] });
    await user.click(await screen.findByRole('button', { name: 'Enter a residual mix' }));
    const form = screen.getByRole('form', { name: 'New residual mix value' });
    await user.type(within(form).getByLabelText('Year'), '2025');
    await user.type(within(form).getByLabelText('Residual mix factor (kg CO2e per kWh)'), '0.4');
    await user.type(within(form).getByLabelText('Where this value comes from'), 'A corrected value from the same table');
    await user.click(within(form).getByRole('button', { name: 'Save residual mix' }));
    expect((await within(form).findByRole('alert')).textContent).toMatch(/There is already a GB residual mix for 2025/);
  });

  it('keeps one form open at a time, so field labels stay unique', async () => {
    const { user } = openInstruments();
    await user.click(await screen.findByRole('button', { name: 'Add contract or certificate' }));
    expect(screen.getByRole('form', { name: 'New contract or certificate' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Enter a residual mix' }));
    expect(screen.queryByRole('form', { name: 'New contract or certificate' })).toBeNull();
    expect(screen.getByLabelText('Market')).toBeTruthy();
  });
});

describe('ways to the instruments page', () => {
  it('is linked from Settings and from the main navigation', async () => {
    const workspace = makeWorkspace({ instruments: [makeInstrument({ siteId: null })] });
    const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
    const { user } = renderApp(api, { hash: '#/settings' });
    const section = await screen.findByRole('region', { name: 'Green electricity and certificates' });
    await waitFor(() => expect(section.textContent).toMatch(/1 recorded/));
    await user.click(within(section).getByRole('link', { name: 'Manage electricity contracts and certificates' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Electricity contracts and certificates' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Green electricity' }).getAttribute('aria-current')).toBe('page');
    expect((await screen.findByRole('row', { name: /Octopus Energy/ })).textContent).toMatch(/All sites/);
  });
});
