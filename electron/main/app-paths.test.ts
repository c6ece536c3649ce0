import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundlePaths, chooseDataDir } from './app-paths';

describe('app paths', () => {
  it('finds preload and renderer beside the main bundle', () => {
    const main = pathToFileURL(join('/opt/app/resources/app.asar', 'out', 'main', 'index.js')).href;
    expect(bundlePaths(main)).toEqual({
      preloadPath: join('/opt/app/resources/app.asar', 'out', 'preload', 'index.cjs'),
      rendererDir: join('/opt/app/resources/app.asar', 'out', 'renderer'),
    });
  });

  it('shares the CLI and server data folder unless the profile was redirected', () => {
    const base = { userDataDir: '/tmp/profile', defaultDataDir: '/home/a/.local/share/carbonrecycling' };
    expect(chooseDataDir({ ...base, userDataOverridden: false })).toBe('/home/a/.local/share/carbonrecycling');
    expect(chooseDataDir({ ...base, userDataOverridden: true })).toBe(join('/tmp/profile', 'data'));
  });
});
