import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createFakeApi, makeSite, makeWorkspace } from '../../test/fake-api';
import { makeBackupEntry } from '../../test/fake-backups';
import { renderApp } from '../../test/render-app';
import { captureDownloads } from '../../test/downloads';

const downloads = captureDownloads();
const blobs = downloads.blobs;

function openBackups(entries = [makeBackupEntry()]) {
  const workspace = makeWorkspace({ sites: [makeSite({ name: 'Head office' })], backups: { entries } });
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }), { hash: '#/backups' });
}

describe('Backups page', () => {
  it('is reached from Settings and lists backups with their date, kind and size', async () => {
    const { user } = openBackups();
    window.location.hash = '#/settings';
    await user.click(await screen.findByRole('link', { name: 'Manage backups' }));
    expect(await screen.findByRole('heading', { name: 'Backups', level: 1 })).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Backups of this workspace/ });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([expect.stringMatching(/25 Nov 2026/), 'Automatic (daily)', '24.0 MB', 'Acme Widgets Ltd']);
  });

  it('says what to do when there are no backups, and backs up now', async () => {
    const { user, api } = openBackups([]);
    expect(await screen.findByRole('heading', { name: 'No backups yet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('Backed up (24.0 MB).')).toBeTruthy();
    const table = await screen.findByRole('table', { name: /Backups of this workspace/ });
    expect(within(table).getByText('Made by hand')).toBeTruthy();
    expect(api.current()?.audit.at(-1)?.entity).toBe('backup');
  });

  it('previews a backup, then restores it after a confirmation that says the current state is backed up first', async () => {
    const { user, api } = openBackups();
    // A site added after the backup was made: restoring takes it away again.
    const ws = api.current()!;
    ws.backups!.entries[0]!.sites = structuredClone(ws.sites);
    ws.sites.push(makeSite({ name: 'Depot' }));
    await user.click(await screen.findByRole('button', { name: /^Preview the backup made/ }));
    const panel = await screen.findByRole('region', { name: 'What this backup contains' });
    expect(await within(panel).findByText('12 records, from 2025-04-01 to 2026-03-31')).toBeTruthy();
    expect(within(panel).getByText('Head office')).toBeTruthy();
    expect(within(panel).getByText('Passed')).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Restore this backup' }));
    const dialog = await screen.findByRole('dialog', { name: /Restore the backup made/ });
    expect(dialog.textContent).toMatch(/The current state is backed up first/);
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));

    expect(await screen.findByText(/Restored the backup made .* kept as a “Before a restore” backup/)).toBeTruthy();
    expect(api.inputsOf('backups.restore')).toEqual([{ file: 'acme-widgets-ltd.daily.20261125T090000Z.sqlite' }]);
    expect(api.current()!.sites.map((site) => site.name)).toEqual(['Head office']);
    const table = await screen.findByRole('table', { name: /Backups of this workspace/ });
    await waitFor(() => expect(within(table).getByText('Before a restore')).toBeTruthy());
  });

  it('saves the retention setting and refuses a number out of range', async () => {
    const { user, api } = openBackups();
    const keep = await screen.findByLabelText('Daily backups to keep');
    await waitFor(() => expect((keep as HTMLInputElement).value).toBe('14'));
    await user.clear(keep);
    await user.type(keep, '0');
    await user.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText('Enter a whole number from 1 to 365')).toBeTruthy();
    expect(api.inputsOf('backups.settings.update')).toEqual([]);

    await user.clear(keep);
    await user.type(keep, '30');
    await user.click(screen.getByLabelText('Back up automatically once a day'));
    await user.click(screen.getByRole('button', { name: 'Save backup settings' }));
    expect(await screen.findByText('Backup settings saved.')).toBeTruthy();
    expect(api.inputsOf('backups.settings.update')).toEqual([{ automaticDaily: false, keepDaily: 30 }]);
  });

  it('exports the workspace as a download, and opens a workspace file someone sent', async () => {
    const { user, api } = openBackups();
    await user.click(await screen.findByRole('button', { name: 'Export workspace for your accountant' }));
    expect(await screen.findByText(/Downloaded acme-widgets-ltd-2026-11-26\.crworkspace/)).toBeTruthy();
    const link = vi.mocked(HTMLAnchorElement.prototype.click).mock.contexts.at(-1) as HTMLAnchorElement;
    expect(link.download).toBe('acme-widgets-ltd-2026-11-26.crworkspace');
    const bytes = new Uint8Array(await blobs.at(-1)!.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 15))).toBe('SQLite format 3');

    const file = new File([bytes], 'from-accountant.crworkspace');
    await user.upload(screen.getByLabelText('Open a workspace file'), file);
    expect(await screen.findByText(/Opened from-accountant\.crworkspace \(Acme Widgets Ltd\)\. It is saved in your workspaces folder as acme-widgets-ltd-2\.sqlite/)).toBeTruthy();
    const sent = api.inputsOf('workspaces.import')[0]!;
    expect(sent.fileName).toBe('from-accountant.crworkspace');
    expect(['gzip', 'none']).toContain(sent.compression);
    expect(api.current()?.path).toMatch(/acme-widgets-ltd-2\.sqlite$/);
  });

  it('shows why an opened file was refused', async () => {
    const { user, api } = openBackups();
    api.failNext('workspaces.import', { code: 'VALIDATION', message: 'The file notes.sqlite is a database from another program, not a CarbonRecycling workspace. Nothing was changed.' });
    await user.upload(await screen.findByLabelText('Open a workspace file'), new File(['x'], 'notes.sqlite'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/The file was not opened.*database from another program/);
  });
});

describe('opening a workspace file from the welcome screen', () => {
  it('opens a file someone sent when no workspace is open yet, and goes to the dashboard', async () => {
    const { user, api } = renderApp(createFakeApi({ files: [], currentPath: null }));
    await screen.findByRole('heading', { name: 'Welcome to CarbonRecycling' });
    await user.upload(screen.getByLabelText('Open a workspace file'), new File(['SQLite format 3\u0000'], 'client.crworkspace'));
    expect(await screen.findByRole('heading', { name: 'Dashboard', level: 1 })).toBeTruthy();
    expect(api.inputsOf('workspaces.import')[0]?.fileName).toBe('client.crworkspace');
    expect(api.current()?.organisation.name).toBe('Acme Widgets Ltd');
  });
});
