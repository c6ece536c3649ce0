import { describe, expect, it } from 'vitest';
import { hhWideProfile as wide } from './hh-wide';
import { runProfile } from './profile-test-kit';

const numberedHeader = ['MPAN', 'Date', ...Array.from({ length: 50 }, (_, i) => `HH${i + 1}`)].join(',');
const cells = (count: number, total = 50, value = '0.5') => Array.from({ length: total }, (_, i) => (i < count ? value : '')).join(',');
const row = (date: string, values: string) => `1200012345678,${date},${values}`;
const clocks = (from: number) => Array.from({ length: 48 }, (_, i) => from + i * 30).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

describe('hh-wide', () => {
  it('recognises numbered and clock-time period columns', () => {
    expect(wide.match(numberedHeader.split(','))).toBe(95);
    expect(wide.match(['Date', ...clocks(0)])).toBe(95);
    expect(wide.match(['Date', ...clocks(30)])).toBe(95);
    expect(wide.match(['Date', ...clocks(0).slice(0, 40)])).toBe(0);
    expect(wide.match(clocks(0))).toBe(0);
  });

  it('accepts 48, 46 and 50 half-hours on ordinary, spring and autumn days, as UTC intervals', () => {
    const csv = [numberedHeader, row('02/06/2025', cells(48)), row('30/03/2025', cells(46)), row('26/10/2025', cells(50))].join('\n') + '\n';
    const result = runProfile(wide, csv);
    expect(result.rejects).toEqual([]);
    const starts = (rowNumber: number) => result.intervals.filter((i) => i.rowNumber === rowNumber).map((i) => i.startUtc);
    expect(starts(2)).toHaveLength(48);
    expect([starts(2)[0], starts(2).at(-1)]).toEqual(['2025-06-01T23:00:00Z', '2025-06-02T22:30:00Z']);
    expect(starts(3)).toHaveLength(46);
    expect([starts(3)[0], starts(3)[2], starts(3).at(-1)]).toEqual(['2025-03-30T00:00:00Z', '2025-03-30T01:00:00Z', '2025-03-30T22:30:00Z']);
    expect(starts(4)).toHaveLength(50);
    expect(starts(4).slice(0, 6)).toEqual(['2025-10-25T23:00:00Z', '2025-10-25T23:30:00Z', '2025-10-26T00:00:00Z', '2025-10-26T00:30:00Z', '2025-10-26T01:00:00Z', '2025-10-26T01:30:00Z']);
    expect(starts(4).at(-1)).toBe('2025-10-26T23:30:00Z');
    expect(result.intervals[0]).toEqual({ rowNumber: 2, siteId: 'site-1', activityId: 'grid-electricity-uk', meter: '1200012345678', startUtc: '2025-06-01T23:00:00Z', minutes: 30, energyKwh: 0.5 });
  });

  it('also accepts a spring day written against the 48 clock slots with the skipped hour blank', () => {
    const slots = Array.from({ length: 50 }, (_, i) => (i === 2 || i === 3 || i >= 48 ? '' : '1')).join(',');
    const result = runProfile(wide, `${numberedHeader}\n${row('30/03/2025', slots)}\n`);
    expect(result.rejects).toEqual([]);
    expect(result.intervals.map((i) => i.startUtc).slice(0, 3)).toEqual(['2025-03-30T00:00:00Z', '2025-03-30T00:30:00Z', '2025-03-30T01:00:00Z']);
    expect(result.intervals).toHaveLength(46);
  });

  it('refuses days with the wrong number of values, unreadable cells and repeated days, with the reason', () => {
    const gap = Array.from({ length: 50 }, (_, i) => (i === 11 || i >= 48 ? '' : '1')).join(',');
    const csv = [
      numberedHeader,
      row('30/03/2025', cells(48)),
      row('26/10/2025', cells(48)),
      row('03/06/2025', gap),
      row('04/06/2025', cells(48).replace('0.5', 'x')),
      row('05/06/2025', cells(48)),
      row('05/06/2025', cells(48)),
    ].join('\n') + '\n';
    const result = runProfile(wide, csv);
    expect(result.rejects).toEqual([
      { rowNumber: 2, column: null, reason: '2025-03-30 had 46 half-hours (the clocks went forward), but this row has 48 values' },
      { rowNumber: 3, column: null, reason: '2025-10-26 had 50 half-hours (the clocks went back), but this row has 48 values (HH49, HH50 blank)' },
      { rowNumber: 4, column: null, reason: '2025-06-03 had 48 half-hours, but this row has 47 values (HH12 blank)' },
      { rowNumber: 5, column: 'HH1', reason: 'HH1 "x" is not a number' },
      { rowNumber: 7, column: 'Date', reason: 'meter 1200012345678 already has a row for 2025-06-05 (row 6): a day is not counted twice' },
    ]);
    expect(result.intervals.every((i) => i.rowNumber === 6)).toBe(true);
  });

  it('reads 00:30 … 24:00 columns as period ends; the spring night leaves 01:00 and 01:30 blank; the autumn night cannot fit', () => {
    const header = ['Meter', 'Date', ...clocks(30)].join(',');
    const full = Array(48).fill('0.2').join(',');
    const spring = Array.from({ length: 48 }, (_, i) => (i === 1 || i === 2 ? '' : '0.2')).join(',');
    const csv = `${header}\nM1,02/06/2025,${full}\nM1,30/03/2025,${spring}\nM1,26/10/2025,${full}\nM1,29/03/2025,${spring}\n`;
    const result = runProfile(wide, csv);
    const starts = (rowNumber: number) => result.intervals.filter((i) => i.rowNumber === rowNumber).map((i) => i.startUtc);
    expect([starts(2)[0], starts(2).at(-1), starts(2).length]).toEqual(['2025-06-01T23:00:00Z', '2025-06-02T22:30:00Z', 48]);
    expect([starts(3)[0], starts(3)[1], starts(3).at(-1), starts(3).length]).toEqual(['2025-03-30T00:00:00Z', '2025-03-30T00:30:00Z', '2025-03-30T22:30:00Z', 46]);
    expect(result.rejects).toEqual([
      { rowNumber: 4, column: null, reason: '2025-10-26 had 50 half-hours (the clocks went back), but this layout has one column per clock time, so the repeated hour cannot be told apart: export numbered periods (HH1–HH50) instead' },
      { rowNumber: 5, column: '01:00', reason: '2025-03-29 had 48 half-hours, but the 01:00 value is blank' },
    ]);
    expect(result.warnings).toContain('The period columns run 00:30 … 24:00, so each is read as the end of its half-hour.');
  });

  it('never stores kW demand rows as energy', () => {
    const header = ['MPAN', 'Date', 'Units', ...Array.from({ length: 48 }, (_, i) => `HH${String(i + 1).padStart(2, '0')}`)].join(',');
    const values = Array(48).fill('3.5').join(',');
    const result = runProfile(wide, `${header}\n1200012345678,02/06/2025,kWh,${values}\n1200012345678,02/06/2025,kW,${values}\n`);
    expect(result.intervals).toHaveLength(48);
    expect(result.rejects).toEqual([{ rowNumber: 3, column: 'Units', reason: 'the values are kW (demand, a rate of power), not energy used: they are never added up as kWh' }]);
  });
});
