import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test/fake-api';
import { descriptionOf, renderApp } from '../../test/render-app';

async function startWizard() {
  const api = createFakeApi();
  const app = renderApp(api);
  await app.user.click(await screen.findByRole('button', { name: 'Set up your organisation' }));
  return app;
}

describe('set-up wizard', () => {
  it('refuses an invalid UK postcode with a message under the field, and does not create anything', async () => {
    const { user, api } = await startWizard();
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    await user.type(screen.getByLabelText('Organisation name'), 'Acme Widgets Ltd{Enter}');

    expect(await screen.findByText('Step 2 of 3')).toBeTruthy();
    await user.type(screen.getByLabelText('Site name'), 'Head office');
    const postcode = screen.getByLabelText('Postcode');
    await user.type(postcode, 'NOT A CODE');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(postcode)).toMatch(/"NOT A CODE" is not a valid UK postcode/);
    expect(screen.getByText(/"NOT A CODE" is not a valid UK postcode/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(postcode));
    expect(api.inputsOf('workspaces.create')).toHaveLength(0);

    // Fixing it clears the message live.
    await user.clear(postcode);
    await user.type(postcode, 'sw1a 1aa');
    expect(postcode.getAttribute('aria-invalid')).toBe('false');
    expect(descriptionOf(postcode)).not.toMatch(/not a valid/);
  });

  it('validates organisation fields before moving on and focuses the first problem', async () => {
    const { user } = await startWizard();
    const chNumber = screen.getByLabelText('Companies House number (optional)');
    await user.type(chNumber, 'XY12');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const name = screen.getByLabelText('Organisation name');
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(descriptionOf(name)).toMatch(/Organisation name is required/);
    expect(descriptionOf(chNumber)).toMatch(/Companies House number must be 8 characters/);
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('creates the workspace with the normalised organisation and sites, then shows the dashboard', async () => {
    const { user, api } = await startWizard();
    const lastYear = new Date().getFullYear() - 1;

    // Step 1: defaults are April and last calendar year.
    expect((screen.getByLabelText('Reporting year starts in') as HTMLSelectElement).value).toBe('4');
    expect((screen.getByLabelText('Base year') as HTMLInputElement).value).toBe(String(lastYear));
    await user.type(screen.getByLabelText('Organisation name'), '  Acme Widgets Ltd ');
    await user.type(screen.getByLabelText('Companies House number (optional)'), '1234567');
    await user.selectOptions(screen.getByLabelText('Reporting year starts in'), 'January');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 2: two sites, one in the UK and one in France.
    const first = await screen.findByRole('group', { name: 'Site 1' });
    expect((within(first).getByLabelText('Country') as HTMLSelectElement).value).toBe('GB');
    await user.type(within(first).getByLabelText('Site name'), 'Head office');
    await user.type(within(first).getByLabelText('Postcode'), 'sw1a1aa');
    await user.type(within(first).getByLabelText('Floor area (m², optional)'), '1,250');
    await user.click(screen.getByRole('button', { name: 'Add another site' }));
    const second = screen.getByRole('group', { name: 'Site 2' });
    await waitFor(() => expect(document.activeElement).toBe(within(second).getByLabelText('Site name')));
    await user.type(within(second).getByLabelText('Site name'), 'Lyon depot');
    await user.selectOptions(within(second).getByLabelText('Country'), 'France');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    // Step 3: review shows the normalised values.
    expect(await screen.findByText('Step 3 of 3')).toBeTruthy();
    expect(screen.getByText('01234567')).toBeTruthy();
    expect(screen.getByText('January')).toBeTruthy();
    expect(screen.getByText(/United Kingdom · SW1A 1AA · 1,250 m²/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    const dashboard = await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    await waitFor(() => expect(document.activeElement).toBe(dashboard));
    expect(api.inputsOf('workspaces.create')).toEqual([
      {
        organisation: { name: 'Acme Widgets Ltd', companiesHouseNumber: '01234567', reportingYearStartMonth: 1, baseYear: lastYear },
        sites: [
          { name: 'Head office', country: 'GB', postcode: 'SW1A 1AA', floorAreaM2: 1250 },
          { name: 'Lyon depot', country: 'FR', postcode: '', floorAreaM2: null },
        ],
      },
    ]);
    expect(window.location.hash).toBe('#/dashboard');
    const summary = screen.getByRole('region', { name: 'Workspace summary' });
    const stat = (label: string) => within(summary).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(stat('Organisation')).toBe('Acme Widgets Ltd');
    expect(stat('Sites')).toMatch(/^2\b/);
    const year = new Date().getFullYear();
    expect(stat('Current reporting year')).toBe(`1 January ${year} – 31 December ${year}`);
  });

  it('shows the server’s field errors under the right field on the right step', async () => {
    const { user, api } = await startWizard();
    await user.type(screen.getByLabelText('Organisation name'), 'Acme{Enter}');
    await user.type(await screen.findByLabelText('Site name'), 'Head office');
    await user.type(screen.getByLabelText('Postcode'), 'SW1A 1AA{Enter}');
    await screen.findByText('Step 3 of 3');
    api.failNext('workspaces.create', {
      code: 'VALIDATION',
      message: 'Postcode not recognised',
      fields: { 'sites.0.postcode': 'This postcode is not in the postcode directory' },
    });
    await user.click(screen.getByRole('button', { name: 'Create workspace' }));

    expect(await screen.findByText('Step 2 of 3')).toBeTruthy();
    const postcode = screen.getByLabelText('Postcode');
    expect(descriptionOf(postcode)).toMatch(/not in the postcode directory/);
    await waitFor(() => expect(document.activeElement).toBe(postcode));
    // Editing the field clears the server's message.
    await user.type(postcode, ' ');
    expect(descriptionOf(postcode)).not.toMatch(/postcode directory/);
  });

  it('shows a non-field server error on the review step', async () => {
    const { user, api } = await startWizard();
    await user.type(screen.getByLabelText('Organisation name'), 'Acme{Enter}');
    await user.type(await screen.findByLabelText('Site name'), 'Head office');
    await user.type(screen.getByLabelText('Postcode'), 'SW1A 1AA{Enter}');
    api.failNext('workspaces.create', { code: 'CONFLICT', message: 'A file already exists at /x/acme.sqlite.' });
    await user.click(await screen.findByRole('button', { name: 'Create workspace' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Your workspace was not created/);
    expect(alert.textContent).toMatch(/A file already exists at \/x\/acme.sqlite/);
    expect(screen.getByText('Step 3 of 3')).toBeTruthy();
  });

  it('Back keeps what was typed', async () => {
    const { user } = await startWizard();
    await user.type(screen.getByLabelText('Organisation name'), 'Acme{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    expect((screen.getByLabelText('Organisation name') as HTMLInputElement).value).toBe('Acme');
  });
});
