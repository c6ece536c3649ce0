import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const platformExecutable: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Where the electron package keeps its binary, found without importing 'electron': under plain Node
 * that import tries to download the binary and throws when it cannot.
 */
export function electronBinaryPath(root: string): string {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (platformExecutable[process.platform] ?? 'electron');
  return join(process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(electronDir, 'dist'), executable);
}
