import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstrumentInput } from '../../../../shared/domain/scope2';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

let t: TestBackend;
let headOfficeId = '';
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
  headOfficeId = created.value.sites[0]?.id ?? '';
});
afterEach(() => t.cleanup());

const tariff: InstrumentInput = {
  kind: 'rego-tariff',
  supplier: 'Green Supply Ltd',
  tariff: '100% renewable business',
  market: 'GB',
  periodStart: '2024-04-01',
  periodEnd: '2025-03-31',
  factorKgCo2ePerKwh: 0,
  additional: false,
  subsidised: false,
  directSupply: false,
};

describe('Scope 2 instruments', () => {
  it('adds, edits and deletes an instrument, audited', async () => {
    const created = await t.backend.invoke('instruments.create', { ...tariff, siteId: headOfficeId, evidenceName: 'FMD-2024.pdf' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ kind: 'rego-tariff', siteId: headOfficeId, volumeMwh: null, evidenceName: 'FMD-2024.pdf' });
    const updated = await t.backend.invoke('instruments.update', { id: created.value.id, instrument: { ...tariff, kind: 'unbundled-rego', volumeMwh: 40 } });
    expect(updated).toMatchObject({ ok: true, value: { kind: 'unbundled-rego', volumeMwh: 40, siteId: null } });
    expect(await t.backend.invoke('instruments.delete', { id: created.value.id })).toEqual({ ok: true, value: null });
    const page = await t.backend.invoke('audit.list', { entity: 'instrument', limit: 10, offset: 0 });
    expect(page.ok && page.value.entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(t.events).toContainEqual({ name: 'data.changed', payload: { topics: ['instruments', 'audit'] } });
  });

  it('needs a volume for certificates and a sensible period and factor', async () => {
    const noVolume = await t.backend.invoke('instruments.create', { ...tariff, kind: 'unbundled-rego' });
    expect(noVolume).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { volumeMwh: expect.stringContaining('MWh') } } });
    const backwards = await t.backend.invoke('instruments.create', { ...tariff, periodEnd: '2024-01-01' });
    expect(backwards).toMatchObject({ ok: false, error: { fields: { periodEnd: 'The period must end on or after its start' } } });
    const grams = await t.backend.invoke('instruments.create', { ...tariff, kind: 'supplier-mix', factorKgCo2ePerKwh: 180 });
    expect(grams).toMatchObject({ ok: false, error: { fields: { factorKgCo2ePerKwh: expect.stringContaining('kg CO2e per kWh') } } });
  });

  it('refuses a GB certificate for a Northern Ireland site', async () => {
    const belfast = await t.backend.invoke('sites.create', { name: 'Belfast depot', country: 'GB', postcode: 'BT1 5GS' });
    if (!belfast.ok) throw new Error(belfast.error.message);
    const result = await t.backend.invoke('instruments.create', { ...tariff, siteId: belfast.value.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { market: 'Use NI for Belfast depot' } } });
  });

  it('keeps one residual mix per market and year, with its source', async () => {
    const input = { market: 'GB' as const, year: 2024, factorKgCo2ePerKwh: 0.35, source: 'Entered by test: hypothetical supplier FMD residual table 2024' };
    expect(await t.backend.invoke('residualMix.create', input)).toMatchObject({ ok: true, value: { source: input.source } });
    expect(await t.backend.invoke('residualMix.create', input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.backend.invoke('residualMix.create', { ...input, year: 2023, source: 'short' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('sites with contracts', () => {
  it('refuses to delete a site that still has contracts, with a plain reason', async () => {
    const depot = await t.backend.invoke('sites.create', { name: 'Depot', country: 'GB', postcode: 'M1 1AE' });
    if (!depot.ok) throw new Error(depot.error.message);
    await t.backend.invoke('instruments.create', { ...tariff, siteId: depot.value.id });
    const result = await t.backend.invoke('sites.delete', { id: depot.value.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Depot still has 1 electricity contract. Delete or move them first, so no figures lose their site.' } });
  });

  it('refuses to move a site with GB contracts into Northern Ireland', async () => {
    await t.backend.invoke('instruments.create', { ...tariff, siteId: headOfficeId });
    const result = await t.backend.invoke('sites.update', { id: headOfficeId, site: { name: 'Head office', country: 'GB', postcode: 'BT1 5GS' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { postcode: expect.any(String) } } });
    const moved = await t.backend.invoke('sites.update', { id: headOfficeId, site: { name: 'Head office', country: 'GB', postcode: 'EC1A 1BB' } });
    expect(moved.ok).toBe(true);
  });
});
