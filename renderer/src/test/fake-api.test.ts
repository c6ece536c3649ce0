import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fake-api';

// The fake must answer like the real backend, or the screen tests prove nothing.
describe('fake bridge', () => {
  it('refuses a bad UK postcode with VALIDATION fields from the shared schemas', async () => {
    const api = createFakeApi();
    const result = await api.invoke('workspaces.create', {
      organisation: { name: 'Acme', reportingYearStartMonth: 4, baseYear: 2025 },
      sites: [{ name: 'Head office', country: 'GB', postcode: 'NOPE' }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '"NOPE" is not a valid UK postcode: use the form SW1A 1AA',
        fields: { 'sites.0.postcode': '"NOPE" is not a valid UK postcode: use the form SW1A 1AA' },
      },
    });
    expect(api.current()).toBeNull();
  });

  it('creates a workspace, audits it and announces it', async () => {
    const api = createFakeApi();
    const events: unknown[] = [];
    api.on((name, payload) => events.push({ name, payload }));
    const result = await api.invoke('workspaces.create', {
      organisation: { name: 'Acme', reportingYearStartMonth: 4, baseYear: 2025 },
      sites: [{ name: 'Head office', country: 'gb', postcode: 'sw1a1aa' }],
    });
    expect(result.ok).toBe(true);
    expect(api.current()?.sites[0]).toMatchObject({ country: 'GB', postcode: 'SW1A 1AA', floorAreaM2: null });
    expect(api.current()?.audit.map((e) => e.summary)).toEqual(['Created organisation Acme', 'Added site Head office']);
    expect(events).toEqual([{ name: 'workspace.changed', payload: { path: '/home/sam/CarbonRecycling/workspaces/acme.sqlite' } }]);
  });

  it('answers NO_WORKSPACE when nothing is open', async () => {
    const result = await createFakeApi().invoke('sites.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});
