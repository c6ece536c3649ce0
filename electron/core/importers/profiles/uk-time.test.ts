import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { halfHoursInUkDay, isoUtc, londonOffsetMinutes, periodStartUtc, ukLocalToUtc } from './uk-time';

const iso = (ms: number[]) => ms.map(isoUtc);

describe('UK local time', () => {
  it('knows the clock-change days from the zone rules (reliability.md §3.5)', () => {
    expect(['2024-03-31', '2025-03-30', '2026-03-29'].map(halfHoursInUkDay)).toEqual([46, 46, 46]);
    expect(['2024-10-27', '2025-10-26', '2026-10-25'].map(halfHoursInUkDay)).toEqual([50, 50, 50]);
    expect(['2025-01-15', '2025-06-01', '2025-03-29', '2025-10-27'].map(halfHoursInUkDay)).toEqual([48, 48, 48, 48]);
  });

  it('refuses the hour the spring night skipped and returns both instants of the repeated autumn hour', () => {
    expect(iso(ukLocalToUtc('2025-03-30', 30))).toEqual(['2025-03-30T00:30:00Z']);
    expect(ukLocalToUtc('2025-03-30', 60)).toEqual([]);
    expect(ukLocalToUtc('2025-03-30', 90)).toEqual([]);
    expect(iso(ukLocalToUtc('2025-03-30', 120))).toEqual(['2025-03-30T01:00:00Z']);
    expect(iso(ukLocalToUtc('2025-10-26', 30))).toEqual(['2025-10-25T23:30:00Z']);
    expect(iso(ukLocalToUtc('2025-10-26', 60))).toEqual(['2025-10-26T00:00:00Z', '2025-10-26T01:00:00Z']);
    expect(iso(ukLocalToUtc('2025-10-26', 90))).toEqual(['2025-10-26T00:30:00Z', '2025-10-26T01:30:00Z']);
    expect(iso(ukLocalToUtc('2025-10-26', 120))).toEqual(['2025-10-26T02:00:00Z']);
    expect(iso(ukLocalToUtc('2025-06-01', 1440))).toEqual(['2025-06-01T23:00:00Z']);
  });

  it('counts settlement periods in elapsed half-hours from local midnight', () => {
    expect(isoUtc(periodStartUtc('2025-10-26', 1))).toBe('2025-10-25T23:00:00Z');
    expect(isoUtc(periodStartUtc('2025-10-26', 50))).toBe('2025-10-26T23:30:00Z');
    expect(isoUtc(periodStartUtc('2025-03-30', 46))).toBe('2025-03-30T22:30:00Z');
  });

  it('turns every instant back into itself from its UK wall-clock time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1) / 60_000, max: Date.UTC(2031, 0, 1) / 60_000 }), (minute) => {
        const ms = minute * 60_000;
        const wall = new Date(ms + londonOffsetMinutes(ms) * 60_000);
        const date = wall.toISOString().slice(0, 10);
        const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
        expect(ukLocalToUtc(date, minutes)).toContain(ms);
      }),
      { numRuns: 3000 },
    );
  });
});
