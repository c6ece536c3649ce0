import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, makeOrganisation, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const acme = makeWorkspace();
const beta = makeWorkspace({ path: '/data/beta.sqlite', organisation: makeOrganisation({ id: 'org-2', name: 'Beta Bakery' }) });
const recent = [
  { path: acme.path, name: 'Acme Widgets Ltd', lastOpenedAt: '2026-11-20T10:00:00.000Z' },
  { path: '/data/gone.sqlite', name: 'Gone Ltd', lastOpenedAt: '2026-10-01T10:00:00.000Z' },
];

describe('start screen', () => {
  it('lists recent workspaces and opens one into the dashboard', async () => {
    const api = createFakeApi({ files: [acme, beta], recent });
    const { user } = renderApp(api);

    const list = await screen.findByRole('region', { name: 'Recent workspaces' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    await user.click(within(items[0]!).getByRole('button', { name: /^Open/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(api.inputsOf('workspaces.open')).toEqual([{ path: acme.path }]);
  });

  it('offers only "Remove from list" for a missing file, and removes it', async () => {
    const api = createFakeApi({ files: [acme], recent });
    const { user } = renderApp(api);

    const missing = (await screen.findByText('Gone Ltd', { selector: '.recent-name' })).closest('li')!;
    expect(within(missing).getByText(/moved or deleted/)).toBeTruthy();
    expect(within(missing).queryByRole('button', { name: /^Open/ })).toBeNull();
    await user.click(within(missing).getByRole('button', { name: /Remove from list/ }));

    expect(api.inputsOf('workspaces.forget')).toEqual([{ path: '/data/gone.sqlite' }]);
    await vi.waitFor(() => expect(screen.queryByText('Gone Ltd', { selector: '.recent-name' })).toBeNull());
    expect(screen.getByText('Acme Widgets Ltd', { selector: '.recent-name' })).toBeTruthy();
  });

  it('shows "Open another workspace…" only in the desktop app, and opens the chosen file', async () => {
    const browser = renderApp(createFakeApi());
    await screen.findByRole('button', { name: 'Set up your organisation' });
    expect(screen.queryByRole('button', { name: 'Open another workspace…' })).toBeNull();
    browser.unmount();

    const desktop = {
      chooseWorkspaceFile: vi.fn(async () => beta.path),
      chooseNewWorkspaceFile: vi.fn(async () => null),
      pathForDroppedFile: vi.fn(() => ''),
    };
    const api = createFakeApi({ files: [beta], desktop });
    window.api = api;
    try {
      const { user } = renderApp(api);
      await user.click(await screen.findByRole('button', { name: 'Open another workspace…' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
      expect(desktop.chooseWorkspaceFile).toHaveBeenCalledOnce();
      expect(api.inputsOf('workspaces.open')).toEqual([{ path: beta.path }]);
    } finally {
      delete window.api;
    }
  });

  it('shows why a workspace could not be opened', async () => {
    const api = createFakeApi({ files: [acme], recent: [recent[0]!] });
    api.failNext('workspaces.open', { code: 'WORKSPACE_TOO_NEW', message: 'This workspace was made by a newer version of the app.' });
    const { user } = renderApp(api);
    await user.click(await screen.findByRole('button', { name: /^Open Acme/ }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/newer version of the app/);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to CarbonRecycling' })).toBeTruthy();
  });
});
