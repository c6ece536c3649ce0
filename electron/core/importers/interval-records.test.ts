import { describe, expect, it } from 'vitest';
import { daysInPeriod, monthRecordsOf } from './interval-records';
import type { RecordDraft } from './profiles/types';

const day = (periodStart: string, quantity: number, meter = 'M1', rowNumber = 2): RecordDraft => ({
  rowNumber, siteId: 's1', activityId: 'grid-electricity-uk', periodStart, periodEnd: periodStart, quantity, unit: 'kWh', options: null,
  description: null, dataQuality: 'metered', meter, sourceRef: null, estimated: false,
});

const shape = (records: readonly RecordDraft[]) => records.map((r) => [r.meter, r.periodStart, r.periodEnd, r.quantity, r.rowNumber]);

describe('interval days grouped into month records', () => {
  it('makes one record per meter and calendar month, whatever order the days came in', () => {
    const days = [day('2025-02-01', 4, 'M1', 40), day('2025-01-31', 3, 'M1', 30), day('2025-01-30', 2, 'M1', 20), day('2025-01-30', 7, 'M2', 21), day('2025-02-02', 5, 'M1', 50)];
    expect(shape(monthRecordsOf(days))).toEqual([
      ['M1', '2025-01-30', '2025-01-31', 5, 20],
      ['M1', '2025-02-01', '2025-02-02', 9, 40],
      ['M2', '2025-01-30', '2025-01-30', 7, 21],
    ]);
    expect(monthRecordsOf(days)[0]?.description).toBe('Meter M1: interval readings for 2025-01-30 to 2025-01-31 (2 days)');
  });

  it('starts a new record after a missing day, so a period never claims a day it does not hold', () => {
    expect(shape(monthRecordsOf([day('2025-03-01', 1), day('2025-03-02', 1), day('2025-03-05', 1)]))).toEqual([
      ['M1', '2025-03-01', '2025-03-02', 2, 2],
      ['M1', '2025-03-05', '2025-03-05', 1, 2],
    ]);
  });

  it('keeps sites and fuels of the same meter name apart, and runs across the clock-change days', () => {
    const gas = { ...day('2025-03-30', 10), activityId: 'natural-gas' };
    const records = monthRecordsOf([day('2025-03-29', 1), day('2025-03-30', 1), day('2025-03-31', 1), gas, { ...day('2025-03-31', 2), siteId: 's2' }]);
    expect(records.map((r) => [r.siteId, r.activityId, r.periodStart, r.periodEnd, r.quantity])).toEqual([
      ['s1', 'grid-electricity-uk', '2025-03-29', '2025-03-31', 3],
      ['s1', 'natural-gas', '2025-03-30', '2025-03-30', 10],
      ['s2', 'grid-electricity-uk', '2025-03-31', '2025-03-31', 2],
    ]);
  });

  it('counts days across month and leap-year ends', () => {
    expect([daysInPeriod('2024-02-01', '2024-02-29'), daysInPeriod('2025-12-31', '2026-01-01'), daysInPeriod('2025-06-02', '2025-06-02')]).toEqual([29, 2, 1]);
  });
});
