import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cli-test-kit';

let dir: string;
let workspace: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cli-import-'));
  workspace = join(dir, 'acme.sqlite');
  await cli('workspace', 'create', workspace, '--name', 'Acme', '--site', 'Head office', '--postcode', 'SW1A 1AA');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('carbonrecycling import', () => {
  it('imports a file and prints rows imported, rejected and the total per activity', async () => {
    const file = join(dir, 'bills.csv');
    writeFileSync(file, 'period_start,period_end,activity,quantity,unit\n2024-01-01,2024-01-31,grid-electricity-uk,1000,kWh\n2024-02-01,2024-02-29,grid-electricity-uk,oops,kWh\n');
    const result = await cli('import', file, '--workspace', workspace);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rows: 2 read, 1 imported, 1 rejected, 0 duplicates skipped');
    expect(result.stdout).toContain('grid-electricity-uk: 1,000 kWh, 275.22 kg CO2e');
    expect(result.stdout).toContain('Row 3 (quantity): quantity "oops" is not a number');
    const again = await cli('import', file, '--workspace', workspace);
    expect(again.stdout).toContain('was already imported');
  });

  it('says how many interval readings a half-hourly export gave, and the monthly records they make', async () => {
    const file = join(dir, 'hh.csv');
    // 31 January and 1 February 2024 (GMT): 96 half-hours across two months.
    const stamps = Array.from({ length: 96 }, (_, i) => new Date(Date.UTC(2024, 0, 31) + i * 1_800_000).toISOString().replace('.000Z', 'Z'));
    writeFileSync(file, `MPAN,Timestamp,kWh\n${stamps.map((t) => `1200012345678,${t},0.5`).join('\n')}\n`);
    const result = await cli('import', file, '--workspace', workspace);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rows: 96 read, 96 interval readings imported (2 records: one per meter and month), 0 rejected');
    expect(result.stdout).toContain('grid-electricity-uk: 48 kWh');
  });

  it('exits non-zero with the reasons when nothing could be imported', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'period_start,period_end,activity,quantity,unit\n2024-01-01,2024-01-31,nonsense,10,kWh\n');
    const result = await cli('import', file, '--workspace', workspace, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'nothing-imported', rejects: [{ rowNumber: 2, column: 'activity' }] });
    const unreadable = await cli('import', join(dir, 'missing.csv'), '--workspace', workspace);
    expect(unreadable).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot read') });
  });
});
