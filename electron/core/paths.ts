import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'carbonrecycling-desktop';

/**
 * The folder holding package.json, migrations and resources. Found by walking up from this module,
 * so it is right from source (tsx, vitest), from the bundled server/CLI in out/, and inside app.asar.
 */
export function findAppRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} folder above ${from}`);
  }
}

export function readAppVersion(appRoot: string): string {
  return (JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

export function migrationsDirOf(appRoot: string): string {
  return join(appRoot, 'electron', 'core', 'db', 'migrations');
}

/**
 * Where workspaces live when nobody says otherwise: the per-user, per-machine application data
 * folder (never Documents, which OneDrive may sync: a live SQLite file in a synced folder corrupts).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'CarbonRecycling');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'CarbonRecycling');
  return join(env['XDG_DATA_HOME'] ?? join(home, '.local', 'share'), 'carbonrecycling');
}
