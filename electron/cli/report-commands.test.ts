import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../../shared/domain/report-document';
import { desnzFactor } from '../core/reports/report-test-kit';
import { cli } from './cli-test-kit';

let dir: string;
let workspace: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cli-report-'));
  workspace = join(dir, 'acme.sqlite');
  await cli('workspace', 'create', workspace, '--name', 'Acme', '--site', 'Head office', '--postcode', 'SW1A 1AA', '--year-start-month', '1', '--base-year', '2024');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


async function importElectricity() {
  const file = join(dir, 'bills.csv');
  writeFileSync(file, 'period_start,period_end,activity,quantity,unit\n2024-01-01,2024-12-31,grid-electricity-uk,50000,kWh\n');
  expect((await cli('import', file, '--workspace', workspace)).code).toBe(0);
}

describe('carbonrecycling report', () => {
  it('writes the SECR report as JSON and CSV and says where', async () => {
    await importElectricity();
    const jsonPath = join(dir, 'secr.json');
    const json = await cli('report', 'secr', '--year', '2024', '--format', 'json', '--workspace', workspace, '--out', jsonPath);
    expect(json).toMatchObject({ code: 0, stdout: expect.stringContaining(`to ${jsonPath}`) });
    const document = reportDocumentSchema.parse(JSON.parse(readFileSync(jsonPath, 'utf8')));
    const scope2 = document.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'keyFigures' ? b.items : [])).find((i) => i.label === 'Scope 2 (location-based)');
    expect(scope2?.value).toBeCloseTo(50 * desnzFactor(2024, '7_400_4000_5_1'), 9);

    const csvPath = join(dir, 'secr.csv');
    const csv = await cli('report', 'secr', '--year', '2024', '--format', 'csv', '--workspace', workspace, '--out', csvPath, '--json');
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.stdout)).toMatchObject({ path: csvPath, fileName: 'SECR-2024-Acme-draft.csv', mimeType: 'text/csv; charset=utf-8' });
    expect(readFileSync(csvPath, 'utf8')).toContain('Electricity from the grid (UK)');
  });

  it('exits non-zero with a reason when there is no data, no workspace or a bad option', async () => {
    const empty = await cli('report', 'crp', '--year', '2024', '--format', 'json', '--workspace', workspace);
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringContaining('nothing to report yet') });
    expect(await cli('report', 'ghg', '--year', '2024', '--format', 'json')).toMatchObject({ code: 1, stderr: expect.stringContaining('--workspace') });
    expect(await cli('report', 'secr', '--year', '2024', '--format', 'docx', '--workspace', workspace)).toMatchObject({ code: 1, stderr: expect.stringContaining('--format must be one of') });
    expect(await cli('report', 'annual', '--year', '2024', '--workspace', workspace)).toMatchObject({ code: 1, stderr: expect.stringContaining('secr, crp or ghg') });
  });
});
