import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceMeta } from '../db/schema';
import { createTestBackend, type TestBackend } from '../testing/fixtures';
import { desnzFactor, keyFigure, ok, seedWorkspace, year2024 } from './report-test-kit';

let t: TestBackend;
beforeEach(async () => {
  t = createTestBackend({ clock: () => new Date('2025-02-01T09:00:00Z') });
  await seedWorkspace(t, { baseYear: 2024, floorAreaM2: 300, records: [{ activityId: 'grid-electricity-uk', quantity: 100_000, unit: 'kWh', ...year2024 }] });
});
afterEach(() => t.cleanup());

describe('publishing reports', () => {
  it('freezes the document: after recalculating with other factors the published report keeps its numbers', async () => {
    const published = await ok(t.backend.invoke('reports.publish', { kind: 'secr', year: 2024 }));
    expect(published).toMatchObject({ kind: 'secr', reportingYear: 2024, title: 'Streamlined Energy and Carbon Reporting (SECR) 2024', publishedBy: 'tester' });
    const original = 100 * desnzFactor(2024, '7_400_4000_5_1'); // t CO2e
    expect(keyFigure(await ok(t.backend.invoke('reports.get', { id: published.id })), 'Scope 2 (location-based)')).toBeCloseTo(original, 9);

    await ok(t.backend.invoke('emissionsSettings.update', { pinnedFactorYear: 2023, significanceThresholdPct: 5 }));
    await ok(t.backend.invoke('calculations.recalculate', { reason: 'Pin the 2023 factors for comparison' }));

    const recalculated = 100 * desnzFactor(2023, '7_400_4000_5_1');
    const preview = await ok(t.backend.invoke('reports.preview', { kind: 'secr', year: 2024 }));
    expect(keyFigure(preview, 'Scope 2 (location-based)')).toBeCloseTo(recalculated, 9);
    expect(preview.runNumber).toBe(2);
    const frozen = await ok(t.backend.invoke('reports.get', { id: published.id }));
    expect(keyFigure(frozen, 'Scope 2 (location-based)')).toBeCloseTo(original, 9);
    expect(frozen.runNumber).toBe(1);
    expect(frozen.inputsSha256).toBe(published.inputsSha256);
    expect(preview.inputsSha256).not.toBe(published.inputsSha256);
    // The GHG inventory now shows the restatement.
    const ghg = await ok(t.backend.invoke('reports.preview', { kind: 'ghg', year: 2024 }));
    const restatements = ghg.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.id === 'restatements');
    expect(restatements).toMatchObject({ rows: [{ runs: '1 → 2', reason: 'Pin the 2023 factors for comparison' }] });
  });

  it('is audited with the inputs hash and listed newest first', async () => {
    const first = await ok(t.backend.invoke('reports.publish', { kind: 'secr', year: 2024 }));
    const second = await ok(t.backend.invoke('reports.publish', { kind: 'crp', year: 2024 }));
    expect((await ok(t.backend.invoke('reports.list', {}))).map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'published-report', limit: 10, offset: 0 }));
    expect(audit.entries.map((e) => e.summary)).toContain(`Published SECR report 2024, inputs ${first.inputsSha256}`);
    expect(t.events).toContainEqual({ name: 'data.changed', payload: { topics: ['reports', 'audit'] } });
  });

  it('exports the frozen document or a draft preview, audited', async () => {
    const published = await ok(t.backend.invoke('reports.publish', { kind: 'ghg', year: 2024 }));
    const json = await ok(t.backend.invoke('reports.export', { id: published.id, format: 'json' }));
    expect(json).toMatchObject({ fileName: 'GHG-Inventory-2024-Acme-Widgets-Ltd.json', mimeType: 'application/json' });
    expect(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'))).toEqual(await ok(t.backend.invoke('reports.get', { id: published.id })));
    const pdf = await ok(t.backend.invoke('reports.export', { kind: 'secr', year: 2024, format: 'pdf' }));
    expect(pdf.fileName).toBe('SECR-2024-Acme-Widgets-Ltd-draft.pdf');
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'report-export', limit: 10, offset: 0 }));
    expect(audit.entries.map((e) => e.summary)).toEqual([
      expect.stringMatching(/^Exported SECR report 2024 as PDF \(draft\), inputs [0-9a-f]{64}$/),
      `Exported GHG inventory 2024 as JSON, inputs ${published.inputsSha256}`,
    ]);
  });

  it('marks a report built from the sample workspace', async () => {
    // The flag seedWorkspace writes for the sample company (false in every real workspace).
    t.backend.write(['workspace'], (db) => db.update(workspaceMeta).set({ value: 'true' }).where(eq(workspaceMeta.key, 'is_sample')).run());
    expect((await ok(t.backend.invoke('reports.preview', { kind: 'secr', year: 2024 }))).sample).toBe(true);
  });

  it('gives a clear reason when there is nothing to report', async () => {
    expect(await t.backend.invoke('reports.preview', { kind: 'secr', year: 2021 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('no activity data in reporting year 2021') } });
    expect(await t.backend.invoke('reports.get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('report inputs and energy-saving actions', () => {
  it('stores each input under its own key, validated, and audits the change', async () => {
    const bad = await t.backend.invoke('reportInputs.update', { netZeroCommitment: { targetYear: 2060, statement: 'Later' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'netZeroCommitment.targetYear': expect.stringContaining('2050') } } });
    const saved = await ok(t.backend.invoke('reportInputs.update', { signOff: { name: 'Jo Bloggs', role: 'Managing Director', date: '2025-01-20' } }));
    expect(saved.signOff).toEqual({ name: 'Jo Bloggs', role: 'Managing Director', date: '2025-01-20' });
    expect(saved.targets).toEqual([]);
    expect(await ok(t.backend.invoke('reportInputs.get', {}))).toEqual(saved);
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'report-inputs', limit: 10, offset: 0 }));
    expect(audit.entries[0]?.summary).toBe('Updated report details: signOff');
  });

  it('adds, edits and deletes actions, refusing a completed action without its date', async () => {
    const action = { title: 'LED lighting', description: 'Replaced all office lights with LEDs', status: 'completed' as const, startedOn: '2024-03-01', completedOn: '2024-04-15', siteId: null, estimatedSavingKwh: 8_000, estimatedSavingCo2eKg: null };
    const created = await ok(t.backend.invoke('reductionActions.create', action));
    const refused = await t.backend.invoke('reductionActions.update', { id: created.id, action: { ...action, completedOn: null } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { completedOn: expect.any(String) } } });
    await ok(t.backend.invoke('reductionActions.update', { id: created.id, action: { ...action, title: 'LED lighting throughout' } }));
    const secr = await ok(t.backend.invoke('reports.preview', { kind: 'secr', year: 2024 }));
    const table = secr.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table' && b.id === 'actions');
    expect(table).toMatchObject({ rows: [{ title: 'LED lighting throughout', savingKwh: 8_000 }] });
    await ok(t.backend.invoke('reductionActions.delete', { id: created.id }));
    expect(await ok(t.backend.invoke('reductionActions.list', {}))).toEqual([]);
    const audit = await ok(t.backend.invoke('audit.list', { entity: 'reduction-action', limit: 10, offset: 0 }));
    expect(audit.entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });
});
