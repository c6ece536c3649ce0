import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { createFakeApi, makeOrganisation, makeSite, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const organisation = makeOrganisation();
const siteBefore = makeSite({ id: 'site-1', name: 'Head office', postcode: 'SW1A 1AA', floorAreaM2: 420 });
const siteAfter = { ...siteBefore, postcode: 'EC1A 1BB', floorAreaM2: 450, updatedAt: '2026-11-02T10:00:00.000Z' };

const entries: AuditEntry[] = [
  { id: 1, at: '2026-11-01T09:00:00.000Z', actor: 'sam', action: 'create', entity: 'organisation', entityId: organisation.id, summary: 'Created organisation Acme Widgets Ltd', before: null, after: organisation },
  { id: 2, at: '2026-11-01T09:00:00.000Z', actor: 'sam', action: 'create', entity: 'site', entityId: 'site-1', summary: 'Added site Head office', before: null, after: siteBefore },
  { id: 3, at: '2026-11-02T10:00:00.000Z', actor: 'alex', action: 'update', entity: 'site', entityId: 'site-1', summary: 'Updated site Head office', before: siteBefore, after: siteAfter },
];

function openAudit(audit: AuditEntry[]) {
  const workspace = makeWorkspace({ organisation, sites: [siteAfter], audit });
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }), { hash: '#/audit' });
}

describe('audit log', () => {
  it('lists entries newest first with when, who, action and what', async () => {
    openAudit(entries);
    const table = await screen.findByRole('table', { name: /Changes to this workspace/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const cells = within(rows[0]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([expect.stringMatching(/2 Nov 2026/), 'alex', 'Updated', 'Updated site Head office']);
    expect(rows[2]!.textContent).toMatch(/Created organisation Acme Widgets Ltd/);
    expect(screen.getByText('Showing 1–3 of 3 changes')).toBeTruthy();
  });

  it('expands an update to show the changed fields side by side', async () => {
    const { user } = openAudit(entries);
    const toggle = await screen.findByRole('button', { name: 'Show changes for Updated site Head office' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const diff = within(details).getByRole('table', { name: /Before and after/ });
    const body = within(diff).getAllByRole('row').slice(1).map((row) => [...row.children].map((c) => c.textContent));
    // Only what changed; ids and timestamps are left out.
    expect(body).toEqual([
      ['Postcode', 'SW1A 1AA', 'EC1A 1BB'],
      ['Floor area (m²)', '420 m²', '450 m²'],
    ]);

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table', { name: /Before and after/ })).toBeNull();
  });

  it('shows every field of a created record, with an empty "before"', async () => {
    const { user } = openAudit(entries);
    await user.click(await screen.findByRole('button', { name: 'Show changes for Created organisation Acme Widgets Ltd' }));
    const diff = screen.getByRole('table', { name: /Before and after/ });
    expect(within(diff).getByRole('row', { name: /Reporting year starts in/ }).textContent).toBe('Reporting year starts in—April');
    expect(within(diff).getByRole('row', { name: /Companies House number/ }).textContent).toBe('Companies House number—01234567');
  });

  it('filters by record type and action', async () => {
    const { user, api } = openAudit(entries);
    await screen.findByRole('table', { name: /Changes to this workspace/ });
    await user.selectOptions(screen.getByLabelText('Record type'), 'Sites');
    await user.selectOptions(screen.getByLabelText('Action'), 'Updated');

    await waitFor(() => expect(screen.getByText('Showing 1–1 of 1 change')).toBeTruthy());
    expect(screen.queryByText('Added site Head office')).toBeNull();
    expect(api.inputsOf('audit.list').at(-1)).toEqual({ limit: 25, offset: 0, entity: 'site', action: 'update' });

    await user.selectOptions(screen.getByLabelText('Action'), 'Deleted');
    expect(await screen.findByRole('heading', { name: 'No changes match these filters' })).toBeTruthy();
  });

  it('pages through a long log', async () => {
    const many: AuditEntry[] = Array.from({ length: 30 }, (_, i) => ({
      id: i + 1,
      at: '2026-11-01T09:00:00.000Z',
      actor: 'sam',
      action: 'update',
      entity: 'site',
      entityId: 'site-1',
      summary: `Change number ${i + 1}`,
      before: { name: 'A' },
      after: { name: 'B' },
    }));
    const { user, api } = openAudit(many);
    expect(await screen.findByText('Showing 1–25 of 30 changes')).toBeTruthy();
    expect(screen.getByText('Change number 30')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Showing 26–30 of 30 changes')).toBeTruthy();
    expect(screen.getByText('Change number 1')).toBeTruthy();
    expect(screen.queryByText('Change number 30')).toBeNull();
    expect(api.inputsOf('audit.list').at(-1)).toEqual({ limit: 25, offset: 25 });
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('has an empty state', async () => {
    openAudit([]);
    expect(await screen.findByRole('heading', { name: 'No changes recorded yet' })).toBeTruthy();
    expect(screen.getByText(/each change is listed here/)).toBeTruthy();
  });
});
