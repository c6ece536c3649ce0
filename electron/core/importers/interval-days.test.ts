import { describe, expect, it } from 'vitest';
import { IntervalDays } from './interval-days';
import { dayDraftsOf } from './interval-records';

const reading = (energyKwh: number, meter = 'M1', minutes = 30) => ({ siteId: 's1', activityId: 'grid-electricity-uk', meter, minutes, energyKwh });
const at = (iso: string) => Date.parse(iso);

describe('interval readings collected per meter and UK day', () => {
  it('puts each half-hour in its slot of the UK day, midnight to midnight in local time', () => {
    const days = new IntervalDays();
    // 23:00 UTC on 1 June is 00:00 BST on 2 June: the first slot of 2 June.
    expect(days.add(2, reading(0.5), at('2025-06-01T23:00:00Z'))).toEqual({ ok: true });
    expect(days.add(3, reading(0.25), at('2025-06-02T22:30:00Z'))).toEqual({ ok: true });
    const [day] = days.days();
    expect(day).toMatchObject({ day: '2025-06-02', readings: 2, energyKwh: 0.75, firstRow: 2, intervalMinutes: 30 });
    expect(day?.valuesKwh.length).toBe(48);
    expect([day?.valuesKwh[0], day?.valuesKwh[47]]).toEqual([0.5, 0.25]);
    expect(Number.isNaN(day?.valuesKwh[1])).toBe(true);
  });

  it('gives clock-change days 46 and 50 half-hour slots', () => {
    const days = new IntervalDays();
    days.add(2, reading(1), at('2025-03-30T00:00:00Z'));
    days.add(3, reading(1), at('2025-10-26T00:00:00Z'));
    expect(days.days().map((d) => [d.day, d.valuesKwh.length])).toEqual([
      ['2025-03-30', 46],
      ['2025-10-26', 50],
    ]);
  });

  it('refuses a second reading for the same meter and half-hour, naming the earlier row', () => {
    const days = new IntervalDays();
    days.add(2, reading(1), at('2025-06-02T10:00:00Z'));
    const repeat = days.add(9, reading(2), at('2025-06-02T10:00:00Z'));
    expect(repeat).toEqual({ ok: false, reason: 'a second reading for meter M1 at 2025-06-02T10:00:00Z (UTC), already given on row 2: it is not counted twice' });
    expect(days.size).toBe(1);
    expect(days.days()[0]?.energyKwh).toBe(1);
  });

  it('refuses readings that do not fit the day’s interval length or boundaries', () => {
    const days = new IntervalDays();
    days.add(2, reading(1), at('2025-06-02T10:00:00Z'));
    expect(days.add(3, reading(1, 'M1', 15), at('2025-06-02T11:00:00Z'))).toMatchObject({ ok: false, reason: expect.stringContaining('a 15-minute reading') });
    expect(days.add(4, reading(1), at('2025-06-02T11:10:00Z'))).toMatchObject({ ok: false, reason: expect.stringContaining('does not start on a 30-minute boundary') });
  });

  it('keeps meters apart and turns each meter-day into one metered day draft', () => {
    const days = new IntervalDays();
    days.add(2, reading(1, 'A'), at('2025-06-02T10:00:00Z'));
    days.add(3, reading(2, 'B'), at('2025-06-02T10:00:00Z'));
    days.add(4, reading(3, 'A'), at('2025-06-02T10:30:00Z'));
    const records = [...dayDraftsOf(days.days()).keys()];
    expect(records.map((r) => [r.meter, r.periodStart, r.quantity, r.rowNumber, r.dataQuality])).toEqual([
      ['A', '2025-06-02', 4, 2, 'metered'],
      ['B', '2025-06-02', 2, 3, 'metered'],
    ]);
    expect(days.readings().map((r) => [r.rowNumber, r.meter, r.startUtc])).toEqual([
      [2, 'A', '2025-06-02T10:00:00Z'],
      [3, 'B', '2025-06-02T10:00:00Z'],
      [4, 'A', '2025-06-02T10:30:00Z'],
    ]);
  });
});
