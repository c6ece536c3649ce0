import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeOrganisation, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const acme = makeWorkspace();
const beta = makeWorkspace({ path: '/data/beta.sqlite', organisation: makeOrganisation({ id: 'org-2', name: 'Beta Bakery' }) });

function openApp(hash = '#/dashboard') {
  const api = createFakeApi({
    files: [acme, beta],
    currentPath: acme.path,
    recent: [
      { path: acme.path, name: acme.organisation.name, lastOpenedAt: '2026-11-20T10:00:00.000Z' },
      { path: beta.path, name: beta.organisation.name, lastOpenedAt: '2026-11-19T10:00:00.000Z' },
    ],
  });
  return renderApp(api, { hash });
}

describe('app shell', () => {
  it('shows the organisation, a skip link and marks the current page in the navigation', async () => {
    const { user } = openApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(screen.getByRole('banner').textContent).toMatch(/Acme Widgets Ltd/);
    // A fresh start leaves focus at the top, so the first Tab reaches the skip link.
    expect(document.activeElement).toBe(document.body);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Skip to main content' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/dashboard');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBeNull();

    await user.click(within(nav).getByRole('link', { name: 'Data sources' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Data sources' });
    expect(within(nav).getByRole('link', { name: 'Data sources' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('switches to another recent workspace from the workspace menu', async () => {
    const { user, api } = openApp('#/settings');
    const toggle = await screen.findByRole('button', { name: 'Workspace' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    await user.click(await screen.findByRole('button', { name: 'Switch to Beta Bakery' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('banner').textContent).toMatch(/Beta Bakery/));
    expect(api.inputsOf('workspaces.open')).toEqual([{ path: beta.path }]);
  });

  it('closes the workspace and returns to the start screen', async () => {
    const { user, api } = openApp();
    await user.click(await screen.findByRole('button', { name: 'Workspace' }));
    await user.click(screen.getByRole('button', { name: 'Close workspace' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to CarbonRecycling' })).toBeTruthy();
    expect(api.inputsOf('workspaces.close')).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('closes the workspace menu with Escape and returns focus to its button', async () => {
    const { user } = openApp();
    const toggle = await screen.findByRole('button', { name: 'Workspace' });
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Close workspace' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
