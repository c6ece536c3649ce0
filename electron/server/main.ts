import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../core/backend';
import { createStderrLogger } from '../core/logger';
import { defaultDataDir, findAppRoot } from '../core/paths';
import { createConfSettings } from '../core/settings/settings-store';
import { reopenLastWorkspace } from '../core/startup';
import { startAppServer } from './http-server';

const USAGE = `Usage: npm run serve -- [--data-dir <folder>] [--port <n>] [--sample]

Runs CarbonRecycling Desktop in your browser, on this computer only (127.0.0.1).
  --data-dir <folder>  where workspaces and settings live (default: ${defaultDataDir()})
  --port <n>           port to listen on (default: a free port)
  --sample             open the sample company (made-up data, in its own workspace; created if needed)`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      sample: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${values.port}"`);

  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  mkdirSync(dataDir, { recursive: true });
  const appRoot = findAppRoot();
  const logger = createStderrLogger('serve');
  const settings = createConfSettings(dataDir);
  const backend = createBackend({ mode: 'server', dataDir, settings, appRoot, logger });
  if (values.sample) {
    const opened = await backend.invoke('workspaces.openSample', {});
    if (!opened.ok) throw new Error(`The sample company could not be opened: ${opened.error.message}`);
  } else reopenLastWorkspace(backend, settings, logger);
  const server = await startAppServer({ backend, rendererDir: join(appRoot, 'out', 'renderer'), port });

  process.stdout.write(
    `CarbonRecycling Desktop is running. Open this address in your browser:\n\n  ${server.loginUrl}\n\n` +
      `Data folder: ${dataDir}\nPress Ctrl+C to stop.\n`,
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
  process.exit(1);
});
