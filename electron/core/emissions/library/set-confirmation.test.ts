import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

const SIC_SET = 'uk-eeio-sic-2022-vextract';

let t: TestBackend;
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
});
afterEach(() => t.cleanup());

describe('confirming an unverified factor set', () => {
  it('marks the SIC spend set verified in this workspace, with who, when and why, and the calculator sees it', async () => {
    const before = await t.backend.invoke('emissions.preview', { activityId: 'spend-sic-01', quantity: 1000, unit: 'GBP', periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.components[0]?.provenance.verified).toBe(false);

    const note = 'Checked every value against the Defra UK full dataset 2022, table 13, on 26 Nov 2026';
    const confirmed = await t.backend.invoke('factors.confirm', { setId: SIC_SET, note });
    expect(confirmed).toMatchObject({ ok: true, value: { verified: true, confirmation: { by: 'tester', note } } });
    if (confirmed.ok) expect(confirmed.value.caveat).toContain('Confirmed in this workspace by tester');

    const after = await t.backend.invoke('emissions.preview', { activityId: 'spend-sic-01', quantity: 1000, unit: 'GBP', periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.components[0]?.provenance.verified).toBe(true);
    expect(after.value.totalCo2eKg).toBe(before.value.totalCo2eKg);

    const audit = await t.backend.invoke('audit.list', { entity: 'factor-set', limit: 5, offset: 0 });
    expect(audit.ok && audit.value.entries[0]?.summary).toBe(`Confirmed factor set ${SIC_SET} as checked`);
  });

  it('needs a real note, and refuses already-verified sets', async () => {
    expect(await t.backend.invoke('factors.confirm', { setId: SIC_SET, note: 'ok' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.backend.invoke('factors.confirm', { setId: 'uk-desnz-2024-v1.1', note: 'Checked against the GOV.UK page in full' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('unverified warnings follow the set', () => {
  it('drops the unverified warning once the set is confirmed, keeping the method warning', async () => {
    const input = { activityId: 'spend-sic-01', quantity: 1000, unit: 'GBP', periodStart: '2024-01-01', periodEnd: '2024-12-31' };
    const before = await t.backend.invoke('emissions.preview', input);
    expect(before.ok && before.value.warnings.some((w) => w.startsWith('Unverified factor set'))).toBe(true);
    await t.backend.invoke('factors.confirm', { setId: SIC_SET, note: 'Checked against the Defra UK full dataset 2022 conversion factors by SIC' });
    const after = await t.backend.invoke('emissions.preview', input);
    expect(after.ok && after.value.warnings.some((w) => w.startsWith('Unverified factor set'))).toBe(false);
    expect(after.ok && after.value.warnings.some((w) => w.includes('rough estimates'))).toBe(true);
  });
});
