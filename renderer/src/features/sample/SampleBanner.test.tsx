import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeWorkspace } from '../../test/fake-api';
import { FAKE_SAMPLE_PATH, makeSampleWorkspace } from '../../test/fake-sample';
import { renderApp } from '../../test/render-app';

const banner = () => screen.queryByRole('region', { name: 'Sample data — not your company' });

describe('sample workspace banner', () => {
  it('stays on every page while the sample is open, and "Leave the sample" returns to the start screen', async () => {
    const sample = makeSampleWorkspace();
    const { user, api } = renderApp(createFakeApi({ files: [sample], currentPath: sample.path }), { hash: '#/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(within(banner()!).getByText(/Example Joinery Ltd \(sample\) is made up/)).toBeTruthy();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(banner()).toBeTruthy();

    await user.click(within(banner()!).getByRole('button', { name: 'Leave the sample' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to CarbonRecycling' })).toBeTruthy();
    expect(banner()).toBeNull();
    expect(api.inputsOf('workspaces.close')).toHaveLength(1);
  });

  it('is not shown in a real workspace', async () => {
    const real = makeWorkspace();
    renderApp(createFakeApi({ files: [real], currentPath: real.path }), { hash: '#/dashboard' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(banner()).toBeNull();
  });

  it('opens from the welcome screen with "Explore a sample company"', async () => {
    const { user, api } = renderApp(createFakeApi());
    const section = await screen.findByRole('region', { name: 'Explore a sample company' });
    expect(within(section).getByText(/made-up small UK business/)).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Explore a sample company' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    await waitFor(() => expect(banner()).toBeTruthy());
    expect(api.inputsOf('workspaces.openSample')).toEqual([{}]);
    expect(api.current()?.path).toBe(FAKE_SAMPLE_PATH);
  });

  it('says what went wrong when the sample cannot be opened, and offers to try again', async () => {
    const api = createFakeApi();
    api.failNext('workspaces.openSample', { code: 'CONFLICT', message: 'That file is not the sample workspace, so it was left alone.' });
    const { user } = renderApp(api);
    const section = await screen.findByRole('region', { name: 'Explore a sample company' });
    await user.click(within(section).getByRole('button', { name: 'Explore a sample company' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toMatch(/could not be opened.*not the sample workspace/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(banner()).toBeTruthy());
  });
});
