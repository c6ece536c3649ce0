import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
  t.events.length = 0;
});
afterEach(() => t.cleanup());


describe('organisation and sites', () => {
  it('updates the organisation and audits before and after', async () => {
    const updated = await ok(
      t.backend.invoke('organisation.update', { name: 'Acme Widgets Group Ltd', companiesHouseNumber: 'sc 123456', reportingYearStartMonth: 1, baseYear: 2023 }),
    );
    expect(updated).toMatchObject({ name: 'Acme Widgets Group Ltd', companiesHouseNumber: 'SC123456', reportingYearStartMonth: 1, baseYear: 2023 });
    const page = await ok(t.backend.invoke('audit.list', { entity: 'organisation', action: 'update', limit: 10, offset: 0 }));
    expect(page.total).toBe(1);
    expect(page.entries[0]).toMatchObject({
      action: 'update',
      actor: 'tester',
      before: expect.objectContaining({ name: 'Acme Widgets Ltd', baseYear: 2024 }),
      after: expect.objectContaining({ name: 'Acme Widgets Group Ltd', baseYear: 2023 }),
    });
    expect(t.events).toContainEqual({ name: 'data.changed', payload: { topics: expect.arrayContaining(['organisation', 'audit']) } });
  });

  it('refuses an invalid Companies House number', async () => {
    const result = await t.backend.invoke('organisation.update', { name: 'Acme', companiesHouseNumber: 'XX12', reportingYearStartMonth: 4, baseYear: 2024 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { companiesHouseNumber: expect.stringMatching(/8 characters/) } } });
  });

  it('adds, edits and deletes sites with audit entries', async () => {
    const depot = await ok(t.backend.invoke('sites.create', { name: 'Depot', country: 'GB', postcode: 'm1 1ae', floorAreaM2: null }));
    expect(depot.postcode).toBe('M1 1AE');
    const edited = await ok(t.backend.invoke('sites.update', { id: depot.id, site: { name: 'North depot', country: 'GB', postcode: 'M1 1AE', floorAreaM2: 900 } }));
    expect(edited).toMatchObject({ name: 'North depot', floorAreaM2: 900 });
    await ok(t.backend.invoke('sites.delete', { id: depot.id }));
    const sites = await ok(t.backend.invoke('sites.list', {}));
    expect(sites.map((s) => s.name)).toEqual(['Head office']);
    const page = await ok(t.backend.invoke('audit.list', { entity: 'site', limit: 10, offset: 0 }));
    expect(page.entries.map((e) => e.summary)).toEqual(['Deleted site North depot', 'Updated site North depot', 'Added site Depot', 'Added site Head office']);
    expect(page.entries[0]?.before).toMatchObject({ name: 'North depot' });
    expect(page.entries[0]?.after).toBeNull();
  });

  it('allows a site outside the UK with a free-form postal code', async () => {
    const paris = await ok(t.backend.invoke('sites.create', { name: 'Paris office', country: 'fr', postcode: '75001', floorAreaM2: 80 }));
    expect(paris).toMatchObject({ country: 'FR', postcode: '75001' });
  });

  it('refuses duplicate site names and deleting the last site, changing nothing', async () => {
    const dup = await t.backend.invoke('sites.create', { name: 'head OFFICE', country: 'GB', postcode: 'SW1A 1AA' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: expect.any(String) } } });
    const [only] = await ok(t.backend.invoke('sites.list', {}));
    const del = await t.backend.invoke('sites.delete', { id: only?.id ?? '' });
    expect(del).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/at least one site/) } });
    const page = await ok(t.backend.invoke('audit.list', { limit: 50, offset: 0 }));
    expect(page.total).toBe(2);
  });

  it('answers NOT_FOUND for a site that does not exist', async () => {
    const result = await t.backend.invoke('sites.update', { id: 'nope', site: { name: 'X', country: 'GB', postcode: 'SW1A 1AA' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('pages the audit log', async () => {
    for (let i = 0; i < 5; i++) await ok(t.backend.invoke('sites.create', { name: `Site ${i}`, country: 'GB', postcode: 'SW1A 1AA' }));
    const first = await ok(t.backend.invoke('audit.list', { limit: 3, offset: 0 }));
    const second = await ok(t.backend.invoke('audit.list', { limit: 3, offset: 3 }));
    expect(first.total).toBe(7);
    expect(first.entries).toHaveLength(3);
    expect(second.entries).toHaveLength(3);
    expect(new Set([...first.entries, ...second.entries].map((e) => e.id)).size).toBe(6);
  });
});
