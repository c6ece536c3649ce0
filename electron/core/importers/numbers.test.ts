import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, plainNumber } from './numbers';

const value = (raw: string, mark: '.' | ',' = '.') => {
  const r = parseNumber(raw, mark);
  return r.ok ? r.value : r.reason;
};

describe('parsing numbers from exports', () => {
  it.each([
    ['12.5', 12.5],
    ['1,234.56', 1234.56],
    ['£1,234.56', 1234.56],
    ['Â£1,234.56', 1234.56],
    ['(12.34)', -12.34],
    ['-12.34', -12.34],
    ['12.34 CR', -12.34],
    ['12.34-', -12.34],
    ['£-12.34', -12.34],
    ['1234 kWh', 1234],
    ['\u00a01 234.5\u00a0', 1234.5],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5.58199E+12', 5.58199e12],
    ['1,234,567', 1234567],
  ])('%s → %s', (raw, expected) => {
    expect(value(raw)).toBeCloseTo(expected, 9);
  });

  it('reads decimal commas only when the file says so', () => {
    expect(value('1.234,56', ',')).toBeCloseTo(1234.56, 9);
    expect(value('12,5', ',')).toBeCloseTo(12.5, 9);
    expect(value('1,234', '.')).toBe(1234);
    expect(value('1,234', ',')).toBeCloseTo(1.234, 12);
  });

  it.each(['', 'abc', '1,23,4', '12..5', '1.234,56', 'N/A', '--5'])('refuses %j with a reason', (raw) => {
    const r = parseNumber(raw);
    expect(r.ok).toBe(false);
  });

  it('round-trips any number written the UK way', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const rounded = Math.round(n * 100) / 100;
        const text = rounded.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const parsed = parseNumber(text);
        expect(parsed.ok && parsed.value).toBeCloseTo(rounded, 6);
      }),
    );
  });

  it('takes the shortcut for exactly the plain numbers the expression describes', () => {
    const plain = /^-?\d{1,15}(?:\.\d{1,15})?$/;
    const numberish = fc.stringMatching(/^[-+]?[0-9]{0,17}[.,]?[0-9]{0,17}[ a-z.-]?$/);
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string()), (text) => {
        expect(plainNumber(text)).toBe(plain.test(text) ? Number(text) : null);
      }),
      { numRuns: 2000 },
    );
  });
});
