import { describe, expect, it } from 'vitest';
import { dualTotals, formatPct, formatSignedKg, marketStepLabel, scopeWords } from './emissions-words';

describe('emissions words', () => {
  it('names Scope 3 categories in words', () => {
    expect(scopeWords(3, 3)).toBe('Scope 3 · 3 Fuel- and energy-related activities');
    expect(scopeWords(3, 6)).toBe('Scope 3 · 6 Business travel');
    expect(scopeWords(2, null)).toBe('Scope 2');
  });

  it('says each market-based step in plain words', () => {
    expect(marketStepLabel('instrument')).toBe('Your certificate/contract');
    expect(marketStepLabel('supplier-mix')).toBe("Supplier's fuel mix");
    expect(marketStepLabel('residual-mix')).toBe('Residual mix');
    expect(marketStepLabel('grid-average')).toBe('Grid average (no contract or residual mix, so the grid average is used)');
  });

  it('shows small changes with their sign and never rounds a real change to nothing', () => {
    expect(formatSignedKg(0.291463)).toBe('+0.29');
    expect(formatSignedKg(-3.1)).toBe('-3.1');
    expect(formatSignedKg(0)).toBe('0');
    expect(formatPct(0.0117)).toBe('+0.01 %');
    expect(formatPct(0.001)).toBe('+<0.01 %');
    expect(formatPct(-6.25)).toBe('-6.25 %');
    expect(formatPct(null)).toBe('n/a');
  });

  it('adds every part to both totals except Scope 2, counted once each way', () => {
    const figures = [
      { method: 'location-based', co2eKg: 100 },
      { method: 'market-based', co2eKg: 0 },
      { method: 'activity', co2eKg: 10 },
      { method: 'time-matched', co2eKg: 90 },
    ];
    expect(dualTotals(figures)).toEqual({ locationKg: 110, marketKg: 10 });
  });
});
