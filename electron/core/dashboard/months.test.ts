import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, daysByMonth, monthsFrom } from './months';

describe('months', () => {
  it('counts the days of a period in each month it touches', () => {
    expect(daysByMonth('2024-05-01', '2024-07-31')).toEqual([
      { month: '2024-05', days: 31 },
      { month: '2024-06', days: 30 },
      { month: '2024-07', days: 31 },
    ]);
    expect(daysByMonth('2024-02-15', '2024-03-10')).toEqual([
      { month: '2024-02', days: 15 },
      { month: '2024-03', days: 10 },
    ]);
    expect(daysByMonth('2024-12-20', '2025-01-05')).toEqual([
      { month: '2024-12', days: 12 },
      { month: '2025-01', days: 5 },
    ]);
    expect(daysByMonth('2024-06-03', '2024-06-03')).toEqual([{ month: '2024-06', days: 1 }]);
  });

  it('lists the months of a reporting year across the calendar year end', () => {
    expect(monthsFrom('2024-04', 12)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03']);
  });

  it('apportions by days, and the parts added up in order give exactly the whole', () => {
    expect(apportion(9200, [31, 30, 31])).toEqual([3100, 3000, 3100]);
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), fc.double({ min: 1e-12, max: 1e12, noNaN: true }), fc.double({ min: -1e12, max: -1e-12, noNaN: true })), fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 14 }), (total, weights) => {
        const parts = apportion(total, weights);
        expect(parts).toHaveLength(weights.length);
        // === rather than toBe: -0 and 0 are the same amount.
        expect(parts.reduce((a, b) => a + b, 0) === total).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
