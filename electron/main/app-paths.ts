// Where main finds its bundle siblings and keeps data. Pure: tested under plain Node.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BundlePaths {
  preloadPath: string;
  rendererDir: string;
}

/**
 * electron-vite puts main, preload and renderer side by side under out/ (inside app.asar once
 * packaged), so both are found from this bundle's own location, not from the working directory.
 */
export function bundlePaths(mainModuleUrl: string): BundlePaths {
  const outDir = dirname(dirname(fileURLToPath(mainModuleUrl)));
  return { preloadPath: join(outDir, 'preload', 'index.cjs'), rendererDir: join(outDir, 'renderer') };
}

/**
 * The folder new workspaces go into (the backend's dataDir). Normally the same per-user, non-roaming,
 * never-cloud-synced folder the CLI and `npm run serve` use (electron/core/paths.ts defaultDataDir),
 * so all three see the same workspaces. Electron's own userData is a poor home for SQLite on Windows:
 * it is %APPDATA% (Roaming), which domain roaming profiles copy around at logon and logoff. When the
 * profile was redirected with --user-data-dir (tests, portable set-ups), data follows it instead so
 * such a run never touches the user's real workspaces.
 */
export function chooseDataDir(options: { userDataOverridden: boolean; userDataDir: string; defaultDataDir: string }): string {
  return options.userDataOverridden ? join(options.userDataDir, 'data') : options.defaultDataDir;
}
