import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-test-kit';

let dir: string;
let workspace: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cli-factors-'));
  workspace = join(dir, 'acme.sqlite');
  const created = await cli('workspace', 'create', workspace, '--name', 'Acme Widgets Ltd');
  if (created.code !== 0) throw new Error(created.stderr);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


interface SearchJson {
  source: string;
  total: number;
  rows: { id: number | null; setId: string; rowNumber: number; level3: string; uom: string; ghgUnit: string; rawValue: string }[];
}

describe('carbonrecycling factors', () => {
  it('searches the workspace library and prints a readable table', async () => {
    const result = await cli('factors', 'search', 'natural', 'gas', '--year', '2024', '--limit', '5', '--workspace', workspace);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`Factors from workspace ${workspace}.`);
    expect(lines[1]).toBe('40 matching factors; showing the first 5 (use --limit).');
    expect(lines[3]).toMatch(/^Set\s+Row\s+Scope\s+Levels\s+Column text\s+UOM\s+GHG\/Unit\s+Value$/);
    const gross = lines.find((l) => l.includes('kWh (Gross CV)'));
    expect(gross).toMatch(/^uk-desnz-2024-v1\.1\s+77\s+Scope 1\s+Fuels > Gaseous fuels > Natural gas\s+kWh \(Gross CV\)\s+kg CO2e\s+0\.1829$/);
  });

  it('searches the shipped files in memory when no workspace is given, with the same answers', async () => {
    const shipped = await cli('factors', 'search', 'electricity UK generated', '--year', '2024', '--json');
    const fromWorkspace = await cli('factors', 'search', 'electricity UK generated', '--year', '2024', '--json', '--workspace', workspace);
    expect(shipped.code).toBe(0);
    const a = JSON.parse(shipped.stdout) as SearchJson;
    const b = JSON.parse(fromWorkspace.stdout) as SearchJson;
    expect(a.source).toMatch(/^the shipped factor files in .*resources[/\\]factors \(no --workspace given/);
    expect(b.source).toBe(`workspace ${workspace}`);
    expect(a.rows[0]).toMatchObject({ id: null, setId: 'uk-desnz-2024-v1.1', level3: 'Electricity: UK', ghgUnit: 'kg CO2e', rawValue: '0.20705' });
    expect(b.rows[0]?.id).toEqual(expect.any(Number));
    expect(a.total).toBe(b.total);
    expect(a.rows).toEqual(b.rows.map((r) => ({ ...r, id: null })));

    const text = await cli('factors', 'search', 'electricity', 'UK', 'generated', '--year', '2024');
    expect(text.stdout.split('\n')[0]).toMatch(/^Factors from the shipped factor files in /);
  });

  it('shows caveats for unverified sets next to their factors', async () => {
    const result = await cli('factors', 'search', 'agriculture', '--dataset', 'uk-eeio-sic');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('uk-eeio-sic-2022-vextract');
    expect(result.stdout).toMatch(/Caveats:\n {2}uk-eeio-sic-2022-vextract: UNVERIFIED: a secondary extract/);
  });

  it('lists the factor sets with provenance, as text and JSON', async () => {
    const text = await cli('factors', 'sets', '--workspace', workspace);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/uk-desnz-2025-v1\.0\s+DESNZ \(produced by .*\s+2025\s+1\.0\s+2025-06-10\s+8740\s+yes/);
    expect(text.stdout).toMatch(/uk-eeio-sic-2022-vextract\s+Defra\s+2022\s+2022 \(extract\)\s+220\s+NO/);
    const json = JSON.parse((await cli('factors', 'sets', '--json')).stdout) as { sets: { id: string; rowCount: number; verified: boolean }[] };
    expect(json.sets).toHaveLength(13);
    expect(json.sets.find((s) => s.id === 'uk-desnz-2016-v1.01')).toMatchObject({ rowCount: 5483, verified: true });
  });

  it('explains bad input', async () => {
    const noWords = await cli('factors', 'search');
    expect(noWords.code).toBe(1);
    expect(noWords.stderr).toContain('Usage: carbonrecycling factors search <words>');
    const badDataset = await cli('factors', 'search', 'gas', '--dataset', 'acme', '--json');
    expect(JSON.parse(badDataset.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { dataset: expect.any(String) } } });
    const badLimit = await cli('factors', 'search', 'gas', '--limit', '500');
    expect(badLimit.stderr).toContain('Error:');
    const nothing = await cli('factors', 'search', 'unicorn', 'exhaust');
    expect(nothing.stdout).toContain('0 matching factors.');
    const unknown = await cli('factors', 'list');
    expect(unknown.stderr).toContain('Unknown factors command "list"');
  });
});
