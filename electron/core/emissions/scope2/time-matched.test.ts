import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeMatchedEmissions } from './time-matched';

describe('time-matched location-based electricity (supplementary)', () => {
  it('multiplies each half-hour by its own intensity', () => {
    const result = timeMatchedEmissions(
      [
        { startUtc: '2024-01-20T12:00:00Z', minutes: 30, energyKwh: 10 },
        { startUtc: '2024-01-20T12:30:00Z', minutes: 30, energyKwh: 20 },
      ],
      [
        { fromUtc: '2024-01-20T12:00Z', toUtc: '2024-01-20T12:30Z', gCo2PerKwh: 266 },
        { fromUtc: '2024-01-20T12:30Z', toUtc: '2024-01-20T13:00Z', gCo2PerKwh: 100 },
      ],
    );
    expect(result.co2Kg).toBeCloseTo((10 * 266 + 20 * 100) / 1000, 12);
    expect(result.matchedKwh).toBe(30);
    expect(result.unmatchedKwh).toBe(0);
    expect(result.averageGCo2PerKwh).toBeCloseTo(4660 / 30, 12);
  });

  it('reports kWh without intensity data instead of guessing', () => {
    const result = timeMatchedEmissions([{ startUtc: '2024-01-20T14:00:00Z', minutes: 30, energyKwh: 5 }], []);
    expect(result).toMatchObject({ co2Kg: 0, matchedKwh: 0, unmatchedKwh: 5, averageGCo2PerKwh: null });
  });

  it('reads the documented API example shape (North West England, 266 gCO2/kWh)', () => {
    const doc = JSON.parse(
      readFileSync(join(import.meta.dirname, 'fixtures', 'get-regional-regionid-3.example.json'), 'utf8'),
    ) as { data: { data: { from: string; to: string; intensity: { forecast: number } }[] }[] };
    const points = (doc.data[0]?.data ?? []).map((d) => ({ fromUtc: d.from, toUtc: d.to, gCo2PerKwh: d.intensity.forecast }));
    const result = timeMatchedEmissions([{ startUtc: '2018-01-20T12:00:00Z', minutes: 30, energyKwh: 2 }], points);
    expect(result.co2Kg).toBeCloseTo(0.532, 12);
  });
});
