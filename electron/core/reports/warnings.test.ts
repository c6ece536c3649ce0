import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../shared/domain/report-document';
import { createTestBackend, type TestBackend } from '../testing/fixtures';
import { blocksOf, ok, paragraphs, rowOf, seedWorkspace, tableOf, year2024 } from './report-test-kit';

let t: TestBackend;
beforeEach(() => {
  t = createTestBackend({ clock: () => new Date('2025-02-01T09:00:00Z') });
});
afterEach(() => t.cleanup());

const preview = (kind: ReportDocument['kind']) => ok(t.backend.invoke('reports.preview', { kind, year: 2024 }));

describe('SECR warnings and statements', () => {
  it('states low energy use at or under 40,000 kWh and warns when no intensity ratio can be given', async () => {
    await seedWorkspace(t, { baseYear: 2024, floorAreaM2: null, records: [{ activityId: 'grid-electricity-uk', quantity: 40_000, unit: 'kWh', ...year2024 }] });
    const secr = await preview('secr');
    expect(paragraphs(secr).join(' ')).toMatch(/consumed 40,000 kWh of energy in the UK.*low energy user/);
    expect(secr.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^No intensity ratio: enter turnover, full-time employees or floor area for 2024/)]));
    expect(rowOf(tableOf(secr, 'intensity'), 'label', 'Scope 1 and 2 per full-time employee').value).toBeNull();
  });

  it('makes no low-energy statement above 40,000 kWh', async () => {
    await seedWorkspace(t, { baseYear: 2024, floorAreaM2: 100, records: [{ activityId: 'grid-electricity-uk', quantity: 40_001, unit: 'kWh', ...year2024 }] });
    expect(paragraphs(await preview('secr')).join(' ')).not.toMatch(/low energy user/);
  });

  it('warns that distances cannot be put in kWh, and counts grey-fleet mileage once', async () => {
    await seedWorkspace(t, { baseYear: 2024, floorAreaM2: 100, records: [{ activityId: 'grey-fleet-car-average-petrol', quantity: 1_000, unit: 'km', ...year2024 }] });
    const secr = await preview('secr');
    expect(secr.warnings).toEqual(expect.arrayContaining([expect.stringContaining("Business trips in an employee's own car: average car, petrol: 1000.0 km could not be converted to kWh")]));
  });
});

describe('Carbon Reduction Plan warnings', () => {
  beforeEach(async () => {
    await seedWorkspace(t, {
      baseYear: 2024,
      floorAreaM2: 100,
      records: [
        { activityId: 'grid-electricity-uk', quantity: 50_000, unit: 'kWh', ...year2024 },
        { activityId: 'natural-gas', quantity: 20_000, unit: 'kWh', ...year2024 },
      ],
    });
  });

  it('lists unexplained zeros until they are explained, and then shows the explanation', async () => {
    const before = await preview('crp');
    expect(before.warnings.find((w) => w.startsWith('Zero with no explanation'))).toBe(
      'Zero with no explanation in the current year: Scope 3 category 4: Upstream transportation and distribution; Scope 3 category 5: Waste generated in operations; Scope 3 category 6: Business travel; Scope 3 category 7: Employee commuting; Scope 3 category 9: Downstream transportation and distribution. Explain each in Report details (unexplained zeros are a common reason for rejection).',
    );
    await ok(t.backend.invoke('reportInputs.update', { zeroExplanations: { cat4: 'We buy no freight', cat5: 'Waste collected by the landlord', cat6: 'No business travel', cat7: 'Everyone walks', cat9: 'We sell services only' } }));
    const after = await preview('crp');
    expect(after.warnings.some((w) => w.startsWith('Zero with no explanation'))).toBe(false);
    expect(rowOf(tableOf(after, 'current'), 'line', 'Scope 3 category 4: Upstream transportation and distribution').note).toBe('We buy no freight');
  });

  it('warns about a missing sign-off until it is entered, then prints it with the declaration', async () => {
    expect((await preview('crp')).warnings).toEqual(expect.arrayContaining([expect.stringContaining('has not been signed off')]));
    await ok(t.backend.invoke('reportInputs.update', { signOff: { name: 'Jo Bloggs', role: 'Managing Director', date: '2025-01-20' }, netZeroCommitment: { targetYear: 2045, statement: 'We will reach net zero across our UK operations.' } }));
    const signed = await preview('crp');
    expect(signed.warnings.some((w) => w.includes('signed off') || w.includes('net zero commitment'))).toBe(false);
    expect(blocksOf(signed).find((b) => b.kind === 'signOff')).toMatchObject({ name: 'Jo Bloggs', role: 'Managing Director', date: '2025-01-20', statement: expect.stringContaining('PPN 006') });
    expect(paragraphs(signed)[0]).toBe('Acme Widgets Ltd is committed to achieving Net Zero emissions by 2045. We will reach net zero across our UK operations.');
  });

  it('flags "carbon neutral" wording, a baseline without data and a stale current period', async () => {
    await ok(t.backend.invoke('reportInputs.update', { netZeroCommitment: { targetYear: 2040, statement: 'We aim to be carbon neutral.' } }));
    await ok(t.backend.invoke('organisation.update', { name: 'Acme Widgets Ltd', companiesHouseNumber: '01234567', reportingYearStartMonth: 1, baseYear: 2022 }));
    const crp = await preview('crp');
    expect(crp.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('"carbon neutral"'), expect.stringMatching(/^The baseline year 2022 has no activity data/)]),
    );
    const stale = createTestBackend({ clock: () => new Date('2026-06-01T09:00:00Z') });
    try {
      await seedWorkspace(stale, { baseYear: 2024, floorAreaM2: 100, records: [{ activityId: 'grid-electricity-uk', quantity: 10, unit: 'kWh', periodStart: '2024-01-01', periodEnd: '2024-06-30' }] });
      const old = await ok(stale.backend.invoke('reports.preview', { kind: 'crp', year: 2024 }));
      expect(old.warnings).toEqual(expect.arrayContaining([expect.stringContaining('more than 12 months ago'), expect.stringContaining('no data for 2024-07, 2024-08, 2024-09, 2024-10, 2024-11, 2024-12')]));
    } finally {
      stale.cleanup();
    }
  });
});
