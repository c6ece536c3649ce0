import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cli-test-kit';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cr-cli-backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));


describe('carbonrecycling backup and workspace export', () => {
  it('creates, lists and restores backups, and exports the workspace without overwriting', async () => {
    const path = join(dir, 'acme.sqlite');
    expect((await cli('workspace', 'create', path, '--name', 'Acme Widgets Ltd', '--site', 'Head office', '--postcode', 'SW1A 1AA')).code).toBe(0);

    const created = await cli('backup', 'create', '--workspace', path, '--json');
    expect(created.code).toBe(0);
    const backup = JSON.parse(created.stdout) as { file: string; kind: string };
    expect(backup).toMatchObject({ kind: 'manual', file: expect.stringMatching(/^acme\.manual\.\d{8}T\d{6}Z(-\d+)?\.sqlite$/) });

    const list = await cli('backup', 'list', '--workspace', path);
    expect(list.stdout).toContain(`Backups in ${join(dir, 'backups')}:`);
    expect(list.stdout).toContain(backup.file);

    expect((await cli('site', 'add', '--workspace', path, '--name', 'Depot', '--postcode', 'M1 1AE')).code).toBe(0);
    const restored = await cli('backup', 'restore', join(dir, 'backups', backup.file), '--workspace', path);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(restored.stdout).toMatch(/The state before the restore is kept as acme\.before-restore\./);
    expect((await cli('site', 'list', '--workspace', path)).stdout).not.toContain('Depot');

    const outside = await cli('backup', 'restore', join(dir, 'acme.sqlite'), '--workspace', path);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/Restore takes one of this workspace's backups/);

    const out = join(dir, 'for-accountant.crworkspace');
    const exported = await cli('workspace', 'export', out, '--workspace', path);
    expect(exported.stdout).toMatch(/^Exported the workspace to .*for-accountant\.crworkspace/);
    expect(readFileSync(out).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const again = await cli('workspace', 'export', out, '--workspace', path);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  }, 60_000);
});
