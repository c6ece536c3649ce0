#!/usr/bin/env node
// `npm start`: runs the built app (out/) in the Electron binary, if this machine has one. The
// binary is found by hand: require('electron') tries to download it when missing, which fails
// offline with an unhelpful stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');

const platformExecutable = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/** Same lookup as the electron package's index.js (path.txt, ELECTRON_OVERRIDE_DIST_PATH), minus the download. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (platformExecutable[process.platform] ?? 'electron');
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  return join(distDir, executable);
}

const binary = electronBinary();
if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.error('The app is not built: run `npx electron-vite build` (or `npm start`, which builds first).');
  process.exit(1);
}
if (!existsSync(binary)) {
  console.error(
    [
      `The Electron binary is not installed on this machine (looked for ${binary}).`,
      'Electron 42+ does not download it on npm install; where downloads are allowed, run `npx install-electron`.',
      'Without it, run the app in a browser instead: `npm run serve`.',
    ].join('\n'),
  );
  process.exit(1);
}

// A stray ELECTRON_RUN_AS_NODE would make the binary behave as plain Node and never open a window.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
