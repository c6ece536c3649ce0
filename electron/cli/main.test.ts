import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cli-test-kit';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('carbonrecycling CLI', () => {
  it('creates a workspace and describes it, as text and as JSON', async () => {
    const path = join(dir, 'acme.sqlite');
    const created = await cli('workspace', 'create', path, '--name', 'Acme Widgets Ltd');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('Created workspace for Acme Widgets Ltd');
    expect(created.stdout).toContain('none yet: add one with');

    const added = await cli('site', 'add', '--workspace', path, '--name', 'Head office', '--postcode', 'sw1a1aa', '--floor-area', '250');
    expect(added.stdout.trim()).toBe('Added site Head office (SW1A 1AA, GB)');

    const info = await cli('workspace', 'info', '--workspace', path, '--json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as { organisation: { name: string; reportingYearStartMonth: number }; sites: { name: string; floorAreaM2: number }[] };
    expect(summary.organisation).toMatchObject({ name: 'Acme Widgets Ltd', reportingYearStartMonth: 4 });
    expect(summary.sites).toEqual([expect.objectContaining({ name: 'Head office', floorAreaM2: 250 })]);

    const audit = await cli('audit', '--workspace', path, '--json');
    expect((JSON.parse(audit.stdout) as { total: number }).total).toBe(2);
  });

  it('exits non-zero with the reason on bad input, and as JSON with --json', async () => {
    const path = join(dir, 'acme.sqlite');
    const missingName = await cli('workspace', 'create', path);
    expect(missingName.code).toBe(1);
    expect(missingName.stderr).toContain('Organisation name is required');

    await cli('workspace', 'create', path, '--name', 'Acme');
    const badPostcode = await cli('site', 'add', '--workspace', path, '--name', 'Depot', '--postcode', 'nope', '--json');
    expect(badPostcode.code).toBe(1);
    expect(JSON.parse(badPostcode.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { postcode: expect.stringContaining('not a valid UK postcode') } } });

    const exists = await cli('workspace', 'create', path, '--name', 'Acme');
    expect(exists.stderr).toContain('A file already exists');

    const noWorkspace = await cli('workspace', 'info');
    expect(noWorkspace.stderr).toContain('--workspace <path');
  });

  it('prints usage for no command and refuses unknown options', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('--help')).stdout).toContain('carbonrecycling workspace create');
    const unknown = await cli('workspace', 'info', '--bogus');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
  });
});
