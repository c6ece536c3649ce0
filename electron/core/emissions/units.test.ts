import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allUnits, conversionFactor, convert, describeConversion, KWH_PER_THERM, parseUnit, unitInfo } from './units';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
const quantity = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });
const units = allUnits();
const kinds = [...new Set(units.map((u) => u.kind))];
const sameKindPair = fc.constantFrom(...kinds).chain((kind) => {
  const ids = units.filter((u) => u.kind === kind).map((u) => u.id);
  return fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom(...ids));
});

describe('unit conversions', () => {
  it('uses the exact published definitions', () => {
    expect(convert(1, 'mile', 'km')).toBe(1.609344);
    expect(convert(1, 'gal-imp', 'litre')).toBe(4.54609);
    expect(convert(1, 'gal-us', 'litre')).toBe(3.785411784);
    expect(convert(1, 'therm', 'kWh')).toBe(KWH_PER_THERM);
    expect(convert(1, 'tonne', 'kg')).toBe(1000);
    expect(convert(2, 'MWh', 'kWh')).toBe(2000);
    expect(convert(3.6, 'GJ', 'kWh')).toBeCloseTo(1000, 9);
    expect(convert(1, 'passenger-mile', 'passenger-km')).toBe(1.609344);
  });

  it('converts gas volume to energy with the bill formula: m³ × 1.02264 × CV ÷ 3.6', () => {
    expect(convert(1000, 'm3', 'kWh-gross', { gasCalorificValueMjPerM3: 39.5 })).toBeCloseTo((1000 * 1.02264 * 39.5) / 3.6, 9);
    expect(convert(100, 'm3', 'kWh', { gasCalorificValueMjPerM3: 40 })).toBeCloseTo((100 * 1.02264 * 40) / 3.6, 9);
    expect(convert(1, 'hcf', 'kWh-gross', { gasCalorificValueMjPerM3: 39.5 })).toBeCloseTo((2.8316846592 * 1.02264 * 39.5) / 3.6, 9);
    expect(conversionFactor('m3', 'kWh-gross')).toBeNull(); // no calorific value, no conversion
    expect(conversionFactor('m3', 'kWh-net', { gasCalorificValueMjPerM3: 39.5 })).toBeNull(); // bill CVs are gross
    expect(describeConversion('m3', 'kWh-gross', { gasCalorificValueMjPerM3: 38.7 })).toContain('× 38.7 MJ/m³');
  });

  it('never converts between gross and net calorific value, or between kinds', () => {
    expect(conversionFactor('kWh-gross', 'kWh-net')).toBeNull();
    expect(conversionFactor('MWh-net', 'kWh-gross')).toBeNull();
    expect(conversionFactor('kWh', 'kWh-gross')).toBe(1);
    expect(conversionFactor('km', 'passenger-km')).toBeNull();
    expect(conversionFactor('litre', 'kg')).toBeNull();
    expect(() => convert(1, 'km', 'kg')).toThrow('Cannot convert km to kg');
  });

  it('round-trips any quantity between units of a kind within 1e-9 relative', () => {
    fc.assert(
      fc.property(quantity, sameKindPair, (q, [a, b]) => {
        if (conversionFactor(a, b) === null) return true; // gross ↔ net
        return close(convert(convert(q, a, b), b, a), q);
      }),
    );
  });

  it('composes: a → b → c equals a → c', () => {
    fc.assert(
      fc.property(quantity, sameKindPair, (q, [a, b, c]) => {
        if (conversionFactor(a, b) === null || conversionFactor(b, c) === null || conversionFactor(a, c) === null) return true;
        return close(convert(convert(q, a, b), b, c), convert(q, a, c));
      }),
    );
  });

  it('is linear, so a cached multiplier gives the same answer as converting', () => {
    fc.assert(
      fc.property(quantity, quantity, sameKindPair, (x, y, [a, b]) => {
        const k = conversionFactor(a, b);
        if (k === null) return true;
        return close(convert(x + y, a, b), convert(x, a, b) + convert(y, a, b)) && close(convert(x, a, b), x * k);
      }),
    );
  });

  it('round-trips gas volume ↔ energy for any calorific value', () => {
    fc.assert(
      fc.property(quantity, fc.double({ min: 30, max: 45, noNaN: true }), (q, cv) => {
        const k = conversionFactor('m3', 'kWh-gross', { gasCalorificValueMjPerM3: cv }) as number;
        return close((q * k) / k, q) && close(convert(q, 'm3', 'kWh-gross', { gasCalorificValueMjPerM3: cv }), convert(q * 1000, 'litre', 'kWh-gross', { gasCalorificValueMjPerM3: cv }));
      }),
    );
  });

  it('reads the names people type', () => {
    expect(parseUnit('litres')).toBe('litre');
    expect(parseUnit('Miles')).toBe('mile');
    expect(parseUnit('m³')).toBe('m3');
    expect(parseUnit('kWh (Net CV)')).toBe('kWh-net');
    expect(parseUnit('passenger.km')).toBe('passenger-km');
    expect(parseUnit('£')).toBe('GBP');
    expect(parseUnit('furlongs')).toBeNull();
    expect(unitInfo('room-night').label).toBe('room nights');
  });
});
