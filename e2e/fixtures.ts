import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface ServedApp {
  loginUrl: string;
  baseUrl: string;
  dataDir: string;
}

/** Starts the built server (out/node/server.mjs) on a free port with its own empty data folder. */
export async function startServedApp(dataDir: string, extraArgs: readonly string[] = []): Promise<{ app: ServedApp; child: ChildProcess }> {
  const child = spawn(process.execPath, ['out/node/server.mjs', '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const loginUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { app: { loginUrl, baseUrl: new URL(loginUrl).origin, dataDir }, child };
}

export const test = base.extend<{ app: ServedApp }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cr-e2e-'));
    const { app, child } = await startServedApp(dataDir);
    await page.goto(app.loginUrl);
    await use(app);
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(forceKill);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
