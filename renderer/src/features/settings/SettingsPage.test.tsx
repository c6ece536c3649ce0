import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeSite, makeWorkspace, type FakeWorkspace } from '../../test/fake-api';
import { descriptionOf, renderApp } from '../../test/render-app';

function openSettings(workspace: FakeWorkspace) {
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/settings' });
}

function sitesSection() {
  return screen.getByRole('region', { name: 'Sites' });
}

describe('settings: sites', () => {
  it('edits a site inline, validating the postcode, and shows the saved values', async () => {
    const headOffice = makeSite({ id: 'site-ho', name: 'Head office', postcode: 'SW1A 1AA', floorAreaM2: 420 });
    const depot = makeSite({ id: 'site-depot', name: 'Depot', postcode: 'LS1 4DT', floorAreaM2: null });
    const { user, api } = openSettings(makeWorkspace({ sites: [headOffice, depot] }));

    await screen.findByRole('row', { name: /Head office/ });
    await user.click(within(sitesSection()).getByRole('button', { name: 'Edit Head office' }));
    const form = screen.getByRole('form', { name: 'Edit Head office' });
    const postcode = within(form).getByLabelText('Postcode');
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Site name')));

    await user.clear(postcode);
    await user.type(postcode, 'ZZZ');
    await user.click(within(form).getByRole('button', { name: 'Save site' }));
    expect(descriptionOf(postcode)).toMatch(/"ZZZ" is not a valid UK postcode/);
    expect(api.inputsOf('sites.update')).toHaveLength(0);

    await user.clear(postcode);
    await user.type(postcode, 'ec1a 1bb');
    const name = within(form).getByLabelText('Site name');
    await user.clear(name);
    await user.type(name, 'London office');
    await user.click(within(form).getByRole('button', { name: 'Save site' }));

    expect(await screen.findByText('Saved London office')).toBeTruthy();
    expect(api.inputsOf('sites.update')).toEqual([
      { id: 'site-ho', site: { name: 'London office', country: 'GB', postcode: 'EC1A 1BB', floorAreaM2: 420 } },
    ]);
    expect(screen.queryByRole('form', { name: /Edit/ })).toBeNull();
    const row = screen.getByRole('row', { name: /London office/ });
    expect(row.textContent).toMatch(/EC1A 1BB/);
    expect(api.current()?.sites.find((s) => s.id === 'site-ho')?.postcode).toBe('EC1A 1BB');
  });

  it('shows the server’s message under the field when a site name is taken', async () => {
    const { user } = openSettings(makeWorkspace({ sites: [makeSite({ name: 'Head office' })] }));
    await user.click(await screen.findByRole('button', { name: 'Add site' }));
    const form = screen.getByRole('form', { name: 'New site' });
    await user.type(within(form).getByLabelText('Site name'), 'head office');
    await user.type(within(form).getByLabelText('Postcode'), 'M1 1AE');
    await user.click(within(form).getByRole('button', { name: 'Save site' }));

    const name = within(form).getByLabelText('Site name');
    await waitFor(() => expect(descriptionOf(name)).toMatch(/A site with this name already exists/));
    expect(within(form).getByRole('alert').textContent).toMatch(/There is already a site called "Head office"/);
  });

  it('adds a site', async () => {
    const { user, api } = openSettings(makeWorkspace({ sites: [makeSite({ name: 'Head office' })] }));
    await user.click(await screen.findByRole('button', { name: 'Add site' }));
    const form = screen.getByRole('form', { name: 'New site' });
    await user.type(within(form).getByLabelText('Site name'), 'Belfast shop');
    await user.type(within(form).getByLabelText('Postcode'), 'bt1 5gs');
    await user.type(within(form).getByLabelText('Floor area (m², optional)'), '80.5');
    await user.click(within(form).getByRole('button', { name: 'Save site' }));

    expect(await screen.findByRole('row', { name: /Belfast shop/ })).toBeTruthy();
    expect(api.inputsOf('sites.create')).toEqual([{ name: 'Belfast shop', country: 'GB', postcode: 'BT1 5GS', floorAreaM2: 80.5 }]);
  });

  it('deletes a site after confirmation', async () => {
    const { user, api } = openSettings(
      makeWorkspace({ sites: [makeSite({ id: 'a', name: 'Head office' }), makeSite({ id: 'b', name: 'Depot' })] }),
    );
    await user.click(await screen.findByRole('button', { name: 'Delete Depot' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Depot?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete site' }));

    expect(await screen.findByText('Deleted Depot')).toBeTruthy();
    expect(api.inputsOf('sites.delete')).toEqual([{ id: 'b' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('row', { name: /Depot/ })).toBeNull();
  });

  it('shows the server’s refusal to delete the last site', async () => {
    const { user, api } = openSettings(makeWorkspace({ sites: [makeSite({ id: 'only', name: 'Head office' })] }));
    await user.click(await screen.findByRole('button', { name: 'Delete Head office' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Head office?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete site' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toMatch(/A workspace needs at least one site/);
    expect(api.current()?.sites).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('row', { name: /Head office/ })).toBeTruthy();
  });
});

describe('settings: organisation and preferences', () => {
  it('saves the organisation and updates the header', async () => {
    const { user, api } = openSettings(makeWorkspace());
    const form = await screen.findByRole('form', { name: 'Organisation' });
    const name = within(form).getByLabelText('Organisation name');
    expect((name as HTMLInputElement).value).toBe('Acme Widgets Ltd');
    await user.clear(name);
    await user.type(name, 'Acme Group plc');
    await user.selectOptions(within(form).getByLabelText('Reporting year starts in'), 'January');
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    expect(await within(form).findByText('Saved')).toBeTruthy();
    expect(api.inputsOf('organisation.update')).toEqual([
      { name: 'Acme Group plc', companiesHouseNumber: '01234567', reportingYearStartMonth: 1, baseYear: 2025 },
    ]);
    expect(screen.getByRole('banner').textContent).toMatch(/Acme Group plc/);
  });

  it('shows server field errors and the server message', async () => {
    const { user, api } = openSettings(makeWorkspace());
    const form = await screen.findByRole('form', { name: 'Organisation' });
    api.failNext('organisation.update', { code: 'VALIDATION', message: 'Base year is before your records start', fields: { baseYear: 'Base year is before your records start' } });
    await user.click(within(form).getByRole('button', { name: 'Save organisation' }));

    const baseYear = within(form).getByLabelText('Base year');
    await waitFor(() => expect(descriptionOf(baseYear)).toMatch(/before your records start/));
    expect(within(form).getByRole('alert').textContent).toMatch(/Your changes were not saved/);
    expect(within(form).getByRole('status').textContent).toBe('');
  });

  it('saves preferences and applies the theme to the page', async () => {
    const { user, api } = openSettings(makeWorkspace());
    const form = await screen.findByRole('form', { name: 'Preferences' });
    await user.click(within(form).getByRole('radio', { name: 'Dark' }));
    await user.click(within(form).getByRole('radio', { name: 'Kilograms (kgCO2e)' }));
    await user.click(within(form).getByRole('button', { name: 'Save preferences' }));

    expect(await within(form).findByText('Saved')).toBeTruthy();
    expect(api.preferences()).toEqual({ emissionsUnit: 'kgCO2e', theme: 'dark' });
    await waitFor(() => expect(document.documentElement.classList.contains('theme-dark')).toBe(true));
  });
});
