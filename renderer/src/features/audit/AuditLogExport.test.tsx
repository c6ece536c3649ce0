import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { createFakeApi, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { captureDownloads } from '../../test/downloads';

const entries: AuditEntry[] = [
  { id: 1, at: '2026-10-01T09:00:00.000Z', actor: 'sam', action: 'create', entity: 'import', entityId: 'imp-1', summary: 'Imported bills.csv: 12 records', before: null, after: null },
  { id: 2, at: '2026-10-15T09:00:00.000Z', actor: 'sam', action: 'create', entity: 'calculation-run', entityId: 'run-2', summary: 'Recalculated emissions (run 2): new factors', before: null, after: null },
  { id: 3, at: '2026-11-02T10:00:00.000Z', actor: 'alex', action: 'create', entity: 'backup', entityId: 'acme.manual.20261102T100000Z.sqlite', summary: '=HYPERLINK("x") backup', before: null, after: null },
];

const downloads = captureDownloads();
const blobs = downloads.blobs;

function openAudit() {
  const workspace = makeWorkspace({ audit: entries });
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }), { hash: '#/audit' });
}

describe('audit log: dates, search and CSV export', () => {
  it('offers the record types in the log, in plain words', async () => {
    const { user, api } = openAudit();
    await screen.findByRole('table', { name: /Changes to this workspace/ });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Recalculations' })).toBeTruthy());
    expect(screen.getByRole('option', { name: 'Imports' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Record type'), 'Backups');
    await waitFor(() => expect(screen.getByText('Showing 1–1 of 1 change')).toBeTruthy());
    expect(api.inputsOf('audit.list').at(-1)).toEqual({ limit: 25, offset: 0, entity: 'backup' });
  });

  it('filters by a date range and by search words', async () => {
    const { user, api } = openAudit();
    await screen.findByRole('table', { name: /Changes to this workspace/ });
    await user.type(screen.getByLabelText('From'), '2026-10-10');
    await user.type(screen.getByLabelText('To'), '2026-10-31');
    await waitFor(() => expect(screen.getByText('Showing 1–1 of 1 change')).toBeTruthy());
    expect(screen.getByText('Recalculated emissions (run 2): new factors')).toBeTruthy();
    expect(api.inputsOf('audit.list').at(-1)).toEqual({ limit: 25, offset: 0, from: '2026-10-10', to: '2026-10-31' });

    await user.clear(screen.getByLabelText('From'));
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('Search'), 'bills');
    await waitFor(() => expect(api.inputsOf('audit.list').at(-1)).toEqual({ limit: 25, offset: 0, search: 'bills' }));
    expect(await screen.findByText('Imported bills.csv: 12 records')).toBeTruthy();

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'nothing like this');
    expect(await screen.findByRole('heading', { name: 'No changes match these filters' })).toBeTruthy();
  });

  it('warns when the range runs backwards', async () => {
    const { user } = openAudit();
    await screen.findByRole('table', { name: /Changes to this workspace/ });
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.type(screen.getByLabelText('To'), '2026-10-01');
    expect(await screen.findByText('Choose a day on or after the “From” day')).toBeTruthy();
  });

  it('exports every matching entry as CSV, with the page filters', async () => {
    const { user, api } = openAudit();
    await screen.findByRole('table', { name: /Changes to this workspace/ });
    await user.selectOptions(screen.getByLabelText('Action'), 'Created');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Downloaded acme-widgets-ltd-audit-log-2026-11-26.csv (3 changes).')).toBeTruthy();
    expect(api.inputsOf('audit.exportCsv')).toEqual([{ action: 'create' }]);
    const text = new TextDecoder().decode(await blobs.at(-1)!.arrayBuffer());
    expect(text).toContain(`"'=HYPERLINK(""x"") backup"`);
    expect(text.split('\r\n')).toHaveLength(4);
  });
});
