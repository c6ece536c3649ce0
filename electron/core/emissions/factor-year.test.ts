import { describe, expect, it } from 'vitest';
import { chooseFactorYear, daysByCalendarYear, majorityYear, nearestLoadedYear } from './factor-year';

const ALL = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('DESNZ factor-year rule', () => {
  it('uses the calendar year itself for a calendar year', () => {
    expect(chooseFactorYear('2024-01-01', '2024-12-31', { loadedYears: ALL })).toEqual({
      year: 2024,
      requestedYear: 2024,
      reason: '2024 set: 366 of 366 days fall in 2024 (DESNZ guidance)',
      warnings: [],
    });
  });

  it('uses the start year for an April–March year (9 months in the start year)', () => {
    expect(chooseFactorYear('2024-04-01', '2025-03-31', { loadedYears: ALL }).reason).toBe('2024 set: 275 of 365 days fall in 2024 (DESNZ guidance)');
    expect(chooseFactorYear('2023-04-01', '2024-03-31', { loadedYears: ALL }).year).toBe(2023); // 275 of 366 (leap February)
    expect(daysByCalendarYear('2023-04-01', '2024-03-31')).toEqual([{ year: 2023, days: 275 }, { year: 2024, days: 91 }]);
  });

  it('counts 52/53-week years day by day', () => {
    // A 53-week year ending on the first Saturday of April 2021: 371 days, 278 in 2020.
    expect(daysByCalendarYear('2020-03-29', '2021-04-03')).toEqual([{ year: 2020, days: 278 }, { year: 2021, days: 93 }]);
    expect(majorityYear('2020-03-29', '2021-04-03')).toEqual({ year: 2020, days: 278, totalDays: 371 });
    // A 52-week year ending in early January: nearly all of it in the earlier year.
    expect(majorityYear('2023-01-08', '2024-01-06').year).toBe(2023);
  });

  it('moves to the later year exactly when it holds more days', () => {
    // July–June years: 1 Jul 2023 – 30 Jun 2024 has 184 days in 2023 and 182 in 2024.
    expect(majorityYear('2023-07-01', '2024-06-30')).toEqual({ year: 2023, days: 184, totalDays: 366 });
    // October–September: 92 days in 2023, 274 in 2024.
    expect(majorityYear('2023-10-01', '2024-09-30').year).toBe(2024);
  });

  it('breaks an exact tie in favour of the earlier year', () => {
    // 2 Jul 2023 – 1 Jul 2024: 183 days each side.
    expect(daysByCalendarYear('2023-07-02', '2024-07-01')).toEqual([{ year: 2023, days: 183 }, { year: 2024, days: 183 }]);
    expect(majorityYear('2023-07-02', '2024-07-01').year).toBe(2023);
  });

  it('handles one-day and year-boundary periods', () => {
    expect(majorityYear('2024-12-31', '2024-12-31')).toEqual({ year: 2024, days: 1, totalDays: 1 });
    expect(majorityYear('2024-12-31', '2025-01-01').year).toBe(2024);
    expect(majorityYear('2024-12-31', '2025-01-02').year).toBe(2025);
    expect(daysByCalendarYear('2019-06-01', '2022-02-01').map((p) => p.year)).toEqual([2019, 2020, 2021, 2022]);
  });

  it('lets a workspace pin a year', () => {
    expect(chooseFactorYear('2025-01-01', '2025-12-31', { loadedYears: ALL, pinnedYear: 2023 })).toMatchObject({ year: 2023, reason: '2023 set pinned for this workspace', warnings: [] });
  });

  it('falls back to the nearest earlier loaded year, else the nearest later, always with a warning', () => {
    const later = chooseFactorYear('2026-01-01', '2026-12-31', { loadedYears: ALL });
    expect(later.year).toBe(2025);
    expect(later.requestedYear).toBe(2026);
    expect(later.warnings[0]).toContain('The 2026 factor set is not loaded, so 2025 was used instead');
    const earlier = chooseFactorYear('2014-01-01', '2014-12-31', { loadedYears: ALL });
    expect(earlier.year).toBe(2016);
    expect(earlier.warnings[0]).toContain('nearest later set');
    expect(chooseFactorYear('2022-01-01', '2022-12-31', { loadedYears: [2021, 2023] }).year).toBe(2021);
    expect(chooseFactorYear('2022-01-01', '2022-12-31', { loadedYears: [2021, 2023], pinnedYear: 2024 }).year).toBe(2023);
    expect(nearestLoadedYear(2020, [])).toBeNull();
  });

  it('rejects impossible periods', () => {
    expect(() => majorityYear('2024-02-30', '2024-03-01')).toThrow('not a real calendar date');
    expect(() => majorityYear('2024-03-01', '2024-02-01')).toThrow('ends (2024-02-01) before it starts');
    expect(() => majorityYear('1/3/2024', '2024-03-01')).toThrow('YYYY-MM-DD');
    expect(() => chooseFactorYear('2024-01-01', '2024-12-31', { loadedYears: [] })).toThrow('No UK Government');
  });
});
