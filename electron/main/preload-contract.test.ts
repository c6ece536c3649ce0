import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { WindowApi } from '../../shared/ipc/window-api';
import type { ExposedApi } from '../preload/index';

describe('preload contract', () => {
  it('exposes what the renderer expects as window.api (checked by tsc)', () => {
    expectTypeOf<ExposedApi>().toExtend<WindowApi>();
    expectTypeOf<ExposedApi['desktop']>().toExtend<NonNullable<WindowApi['desktop']>>();
  });

  it('takes its channel names from shared/ipc/channels.ts, the same constants main uses', () => {
    // Read as text: importing the preload would load electron, which plain Node cannot.
    const preload = readFileSync(new URL('../preload/index.ts', import.meta.url), 'utf8');
    for (const name of ['OPEN_WORKSPACE_DIALOG_CHANNEL', 'NEW_WORKSPACE_DIALOG_CHANNEL', 'INVOKE_CHANNEL', 'EVENT_CHANNEL']) {
      expect(preload).toMatch(new RegExp(`\\b${name}\\b[\\s\\S]*from '../../shared/ipc/channels'`));
    }
    expect(preload).not.toMatch(/'cr:[a-z:-]+'/);
  });
});
