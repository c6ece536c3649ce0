import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

let t: TestBackend;
beforeAll(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
});
afterAll(() => t.cleanup());

describe('factor procedures', () => {
  it('lists every loaded set with its provenance', async () => {
    const result = await t.backend.invoke('factors.sets', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.refused).toEqual([]);
    expect(result.value.sets.map((s) => s.id)).toEqual([
      'uk-desnz-2016-v1.01',
      'uk-desnz-2017-v1.00',
      'uk-desnz-2018-v1.01',
      'uk-desnz-2019-v1.03',
      'uk-desnz-2020-v1.00',
      'uk-desnz-2021-v3.00',
      'uk-desnz-2022-v3.00',
      'uk-desnz-2023-v1.1',
      'uk-desnz-2024-v1.1',
      'uk-desnz-2025-v1.0',
      'us-egrid-2023-vegrid2023-hub2025',
      'ember-2024-vco2js-2025-08-03',
      'uk-eeio-sic-2022-vextract',
    ]);
    expect(result.value.sets.find((s) => s.dataset === 'uk-eeio-sic')).toMatchObject({ verified: false, rowCount: 220 });
  });

  it('searches and fetches one factor with its set', async () => {
    const found = await t.backend.invoke('factors.search', { text: 'natural gas', year: 2024, kgCo2eOnly: true, limit: 10 });
    if (!found.ok) throw new Error(found.error.message);
    const gross = found.value.rows.find((r) => r.level3 === 'Natural gas' && r.uom === 'kWh (Gross CV)');
    expect(gross).toMatchObject({ setId: 'uk-desnz-2024-v1.1', value: 0.1829, rawValue: '0.1829', scope: 'Scope 1' });
    if (!gross) return;
    const detail = await t.backend.invoke('factors.get', { id: gross.id });
    expect(detail).toMatchObject({ ok: true, value: { factor: gross, set: { id: 'uk-desnz-2024-v1.1', publisher: 'DESNZ and Defra' } } });
  });

  it('refuses bad input and unknown ids', async () => {
    expect(await t.backend.invoke('factors.search', { text: 'gas', limit: 201 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.backend.call('factors.search', { text: 'gas', dataset: 'nope' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.backend.invoke('factors.get', { id: 123_456_789 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('needs an open workspace', async () => {
    await t.backend.invoke('workspaces.close', {});
    expect(await t.backend.invoke('factors.sets', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE' } });
  });
});
