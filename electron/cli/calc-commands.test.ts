import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, CalculationResultDto } from '../../shared/domain/activities';
import { cli } from './cli-test-kit';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-calc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('carbonrecycling calc', () => {
  it('prints the total, each component with its scope, and the factor row and set used', async () => {
    const out = await cli('calc', '--activity', 'grid-electricity-uk', '--quantity', '1000', '--unit', 'kWh', '--date', '2024-01-01', '--period-end', '2024-12-31');
    expect(out).toMatchObject({ code: 0, stderr: '' });
    // 2024.csv rows 3060, 3621, 3933, 3934: 0.20705 + 0.0183 + 0.0459 + 0.00397 = 0.27522 kg CO2e per kWh
    expect(out.stdout).toContain('Total: 275.22 kg CO2e (0.2752 t CO2e)');
    expect(out.stdout).toContain('Factor year: 2024 set: 366 of 366 days fall in 2024 (DESNZ guidance)');
    expect(out.stdout).toContain('Electricity generation [generation] — Scope 2, location-based');
    expect(out.stdout).toContain('1,000 kWh × 0.20705 kg CO2e per kWh = 207.05 kg');
    expect(out.stdout).toContain('Factor set: uk-desnz-2024-v1.1');
    expect(out.stdout).toContain('Row 3060 (ID 7_400_4000_5_1): Scope 2 / UK electricity / Electricity generated / Electricity: UK / kWh | Column Text: (empty) | UOM: kWh | kg CO2e');
    expect(out.stdout).toContain('Transmission and distribution losses [td-losses] — Scope 3, category 3');
  });

  it('gives the result as JSON, reading typed unit names and a one-day period', async () => {
    const out = await cli('calc', '--activity', 'vehicle-fuel-diesel', '--quantity', '50', '--unit', 'litres', '--date', '2016-03-14', '--json');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as CalculationResultDto;
    // 2016.csv row 137: Diesel (average biofuel blend), Volume, litres, kg CO2e 2.61162519961 → 50 × = 130.5812599805
    expect(result.components[0]?.co2eKg).toBeCloseTo(130.5812599805, 9);
    expect(result.components[0]?.provenance).toMatchObject({ setId: 'uk-desnz-2016-v1.01', rowNumber: 137, year: 2016 });
    expect(result.factorYearReason).toBe('2016 set: 1 of 1 day falls in 2016 (DESNZ guidance)');
  });

  it('explains bad input and exits non-zero', async () => {
    const unknown = await cli('calc', '--activity', 'teleporter', '--quantity', '1', '--date', '2024-01-01');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no activity "teleporter"');
    const wrongUnit = await cli('calc', '--activity', 'grid-electricity-uk', '--quantity', '1', '--unit', 'litres', '--date', '2024-01-01', '--json');
    expect(JSON.parse(wrongUnit.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('measured in kWh, MWh, GJ') } });
    expect((await cli('calc', '--activity', 'grid-electricity-uk')).stderr).toContain('Usage: carbonrecycling calc');
  });

  it('works against a workspace too, with the same numbers', async () => {
    const path = join(dir, 'calc.sqlite');
    expect((await cli('workspace', 'create', path, '--name', 'Calc Ltd')).code).toBe(0);
    const out = await cli('calc', '--workspace', path, '--activity', 'water-supply', '--quantity', '350', '--unit', 'm3', '--date', '2024-01-01', '--period-end', '2024-12-31', '--json');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as CalculationResultDto;
    // 2024.csv Water supply, cubic metres, kg CO2e 0.15311 → 350 × 0.15311 = 53.5885
    expect(result.totalCo2eKg).toBeCloseTo(53.5885, 9);
    expect(result.components[0]?.provenance.setId).toBe('uk-desnz-2024-v1.1');
  });
});

describe('carbonrecycling activities', () => {
  it('lists every activity with units, scope and the rows each component maps to', async () => {
    const out = await cli('activities', '--json');
    expect(out.code).toBe(0);
    const list = JSON.parse(out.stdout) as Activity[];
    expect(list.length).toBeGreaterThan(700);
    const electricity = list.find((a) => a.id === 'grid-electricity-uk');
    expect(electricity?.acceptedUnits.map((u) => u.id)).toEqual(['kWh', 'MWh', 'GJ']);
    expect(electricity?.components.map((c) => [c.role, c.scope, c.scope3Category])).toEqual([
      ['generation', 2, null],
      ['td-losses', 3, 3],
      ['wtt-generation', 3, 3],
      ['wtt-td-losses', 3, 3],
    ]);
    expect(electricity?.components[2]?.selector.level1).toEqual(['WTT- UK & overseas elec', 'WTT- UK electricity']);
    expect(electricity?.components[0]?.yearOverrides).toContainEqual({ from: 2022, to: 2022, selector: { level4: '2020' } });
  });

  it('filters by words and prints the mapping as text', async () => {
    const out = await cli('activities', 'homeworking');
    expect(out.stdout).toContain('3 activities.');
    expect(out.stdout).toContain('homeworking — Homeworking (heating and office equipment)');
    expect(out.stdout).toContain('- homeworking (Scope 3, category 7): Scope 3 / Homeworking / Homeworking (office equipment + heating) / (empty) / (empty) | Column Text: (empty) | UOM: per FTE Working Hour');
  });
});
