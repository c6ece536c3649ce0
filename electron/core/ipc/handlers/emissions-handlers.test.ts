import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

// Hand values from the shipped DESNZ flat files:
//   2024.csv row 3060 UK electricity generated, kWh, kg CO2e 0.20705
//   2023.csv UK electricity generated, kWh, kg CO2e 0.207074288591 (stored precision, SOURCES.md)

let t: TestBackend;
beforeEach(() => {
  t = createTestBackend();
});
afterEach(() => t.cleanup());

const electricity2024 = { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2024-01-01', periodEnd: '2024-12-31' };

describe('activities.list and emissions.preview', () => {
  it('lists the catalogue through the contract', async () => {
    const result = await t.backend.invoke('activities.list', {});
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.length).toBeGreaterThan(700);
    expect(result.value.find((a) => a.id === 'homeworking')).toMatchObject({ scope: 3, scope3Category: 7, acceptedUnits: [{ id: 'fte-hour', label: 'FTE working hours' }] });
  });

  it('previews from the shipped files when no workspace is open', async () => {
    const result = await t.backend.invoke('emissions.preview', electricity2024);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.components[0]?.co2eKg).toBeCloseTo(207.05, 9);
    expect(result.value.components[0]?.provenance).toMatchObject({ setId: 'uk-desnz-2024-v1.1', rowNumber: 3060, factorId: null });
  });

  it("uses the open workspace's factor rows (with their ids) and its pinned year", async () => {
    const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
    if (!created.ok) throw new Error(created.error.message);
    const fromDb = await t.backend.invoke('emissions.preview', electricity2024);
    if (!fromDb.ok) throw new Error(fromDb.error.message);
    expect(fromDb.value.components[0]?.co2eKg).toBeCloseTo(207.05, 9);
    expect(fromDb.value.components[0]?.provenance.rowNumber).toBe(3060);
    expect(fromDb.value.components[0]?.provenance.factorId).toEqual(expect.any(Number));

    const pinned = await t.backend.invoke('emissionsSettings.update', { pinnedFactorYear: 2023, significanceThresholdPct: 5 });
    if (!pinned.ok) throw new Error(pinned.error.message);
    const result = await t.backend.invoke('emissions.preview', electricity2024);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.factorYear).toBe(2023);
    expect(result.value.factorYearReason).toBe('2023 set pinned for this workspace');
    expect(result.value.components[0]?.co2eKg).toBeCloseTo(207.074288591, 9);
  });

  it('answers bad input with a validation error naming the field', async () => {
    const wrongUnit = await t.backend.invoke('emissions.preview', { ...electricity2024, unit: 'litre' });
    expect(wrongUnit).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { unit: expect.stringContaining('measured in kWh') } } });
    const backwards = await t.backend.invoke('emissions.preview', { ...electricity2024, periodEnd: '2023-12-31' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { periodEnd: 'The period must end on or after the day it starts' } } });
    const unknown = await t.backend.invoke('emissions.preview', { ...electricity2024, activityId: 'warp-drive' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
