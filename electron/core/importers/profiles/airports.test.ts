import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { airports, airportsCsvPath, greatCircleKm } from './airports';

describe('shipped airport data', () => {
  it('is the file resources/airports/SOURCES.md describes', () => {
    const bytes = readFileSync(airportsCsvPath());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('5820156599c32453a6e4a6a19a7f539b16b8ddef483c43c26cb9912aa529ac5c');
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('iata,name,country,latitude,longitude');
    expect(lines).toHaveLength(4518);
    expect(airports().size).toBe(4517);
  });

  it('has plausible positions and countries for every airport', () => {
    for (const a of airports().values()) {
      expect(a.country).toMatch(/^[A-Z]{2}$/);
      expect(Math.abs(a.latitude)).toBeLessThanOrEqual(90);
      expect(Math.abs(a.longitude)).toBeLessThanOrEqual(180);
    }
    const uk = [...airports().values()].filter((a) => a.country === 'GB').map((a) => a.iata);
    expect(uk).toEqual(expect.arrayContaining(['LHR', 'LGW', 'MAN', 'EDI', 'GLA', 'BFS', 'BHD', 'CWL', 'ABZ', 'KOI', 'LSI']));
  });

  it('measures great-circle distance on a sphere (quarter of a meridian = 10,008 km)', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 90, longitude: 0 })).toBeCloseTo(10007.56, 1);
    expect(greatCircleKm({ latitude: 51.47, longitude: -0.46 }, { latitude: 51.47, longitude: -0.46 })).toBe(0);
  });
});
