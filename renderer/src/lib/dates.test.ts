import { describe, expect, it } from 'vitest';
import { monthName, reportingYearFor } from './dates';

describe('reportingYearFor', () => {
  it('starts in the current year once the start month has come', () => {
    expect(reportingYearFor(4, new Date(2026, 10, 26)).label).toBe('1 April 2026 – 31 March 2027');
    expect(reportingYearFor(4, new Date(2026, 3, 1)).label).toBe('1 April 2026 – 31 March 2027');
  });

  it('starts in the previous year before the start month', () => {
    expect(reportingYearFor(4, new Date(2026, 2, 31)).label).toBe('1 April 2025 – 31 March 2026');
  });

  it('handles calendar years and leap years', () => {
    expect(reportingYearFor(1, new Date(2026, 5, 1)).label).toBe('1 January 2026 – 31 December 2026');
    expect(reportingYearFor(3, new Date(2027, 5, 1)).label).toBe('1 March 2027 – 29 February 2028');
  });

  it('names months in British English', () => {
    expect(monthName(4)).toBe('April');
    expect(monthName(12)).toBe('December');
  });
});
