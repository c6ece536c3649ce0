// The architecture's boundaries are lint rules; this proves the rules bite, so nobody can quietly
// weaken eslint.config.js and let the core start depending on Electron.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('architecture boundaries', () => {
  it.each(['electron/core/probe.ts', 'electron/server/probe.ts', 'electron/cli/probe.ts', 'shared/probe.ts'])('%s may not import electron', async (file) => {
    const errors = await restrictedImportErrors(file, "import { app } from 'electron';\nexport const probe = app;\n");
    expect(errors.join('\n')).toMatch(/Only electron\/main and electron\/preload may import electron/);
  });

  it('shared may not import Node built-ins or the database', async () => {
    expect(await restrictedImportErrors('shared/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('shared/probe.ts', "import { sql } from 'drizzle-orm';\nexport const probe = sql;\n")).toHaveLength(1);
  });

  it.each([
    "import { readFileSync } from 'node:fs';",
    "import { readFileSync } from 'fs';",
    "import Database from 'better-sqlite3';",
    "import { sql } from 'drizzle-orm';",
    "import { ipcRenderer } from 'electron';",
    "import { createBackend } from '../../electron/core/backend';",
  ])('the renderer may not use %s', async (line) => {
    const errors = await restrictedImportErrors('renderer/src/probe.ts', `${line}\nexport const probe = 1;\n`);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('the preload imports only electron and shared/ipc/channels', async () => {
    expect(await restrictedImportErrors('electron/preload/probe.ts', "import { z } from 'zod';\nexport const probe = z;\n")).toHaveLength(1);
    expect(await restrictedImportErrors('electron/preload/probe.ts', "import { procedures } from '../../shared/ipc/contract';\nexport const probe = procedures;\n")).toHaveLength(1);
    expect(
      await restrictedImportErrors('electron/preload/probe.ts', "import { ipcRenderer } from 'electron';\nimport { INVOKE_CHANNEL } from '../../shared/ipc/channels';\nexport const probe = [ipcRenderer, INVOKE_CHANNEL];\n"),
    ).toEqual([]);
  });

  it('main may import electron', async () => {
    expect(await restrictedImportErrors('electron/main/probe.ts', "import { app } from 'electron';\nexport const probe = app;\n")).toEqual([]);
  });
});
