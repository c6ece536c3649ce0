import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, createMainWindow, mainWindowOptions } from './window-options';

const input = { preloadPath: '/app/out/preload/index.cjs', width: 1280, height: 820 };

describe('main window options', () => {
  it('hardens the renderer: isolated, sandboxed, no Node, web security on', () => {
    const prefs = mainWindowOptions(input).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('sets nothing that loosens the defaults', () => {
    const prefs = mainWindowOptions(input).webPreferences ?? {};
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'devTools', 'javascript', 'plugins'] as const) {
      expect(prefs).not.toHaveProperty(risky);
    }
  });

  it('passes exactly these options to the constructor it is given', () => {
    const seen: BrowserWindowConstructorOptions[] = [];
    class FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        seen.push(options);
      }
    }
    const window = createMainWindow(FakeWindow, input);
    expect(window).toBeInstanceOf(FakeWindow);
    expect(seen).toEqual([mainWindowOptions(input)]);
  });

  it('starts hidden at the given size, never below the minimum', () => {
    const options = mainWindowOptions(input);
    expect(options).toMatchObject({ width: 1280, height: 820, show: false, minWidth: MIN_WINDOW_WIDTH, minHeight: MIN_WINDOW_HEIGHT });
    expect(options).not.toHaveProperty('x');
  });

  it('uses a saved position only when both coordinates are known', () => {
    expect(mainWindowOptions({ ...input, x: 10, y: 20 })).toMatchObject({ x: 10, y: 20 });
    expect(mainWindowOptions({ ...input, x: 10 })).not.toHaveProperty('x');
  });
});
