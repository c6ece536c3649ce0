// Runs the real electron/main/index.ts against a stand-in for the electron module (the binary is
// not on every machine), to check the wiring: what happens before 'ready', and that every IPC
// handler, the protocol and the navigation guards are installed and refuse what they should.
import type { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

interface FakeWebContents extends EventEmitter {
  id: number;
  openHandler: ((details: { url: string }) => unknown) | null;
  currentUrl: string;
  sent: unknown[][];
  getURL(): string;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void;
  send(...args: unknown[]): void;
}

// vi.hoisted and vi.mock factories run before the imports above exist: no imported names in them.
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const windows: Array<{ options: Record<string, unknown>; webContents: FakeWebContents }> = [];
  const permissions: { request?: (...args: unknown[]) => void; check?: (...args: unknown[]) => boolean } = {};
  const state = { userDataDir: '' };
  return { calls, ipcHandlers, protocolHandlers, windows, permissions, state };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const session = {
    setPermissionRequestHandler: (h: (...args: unknown[]) => void) => (fake.permissions.request = h),
    setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) => (fake.permissions.check = h),
  };
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    commandLine: { hasSwitch: (s: string) => s === 'user-data-dir', getSwitchValue: () => fake.state.userDataDir },
    enableSandbox: () => fake.calls.push('enableSandbox'),
    setPath: (name: string) => fake.calls.push(`setPath:${name}`),
    getPath: () => fake.state.userDataDir,
    requestSingleInstanceLock: () => (fake.calls.push('requestSingleInstanceLock'), true),
    whenReady: () => (fake.calls.push('whenReady'), Promise.resolve()),
    getVersion: () => '0.0.0-test',
    setAboutPanelOptions: () => undefined,
    showAboutPanel: () => undefined,
    quit: () => fake.calls.push('quit'),
    exit: (code: number) => fake.calls.push(`exit:${code}`),
  });
  let nextId = 1;
  class WebContents extends Emitter implements FakeWebContents {
    id = nextId++;
    session = session;
    openHandler: FakeWebContents['openHandler'] = null;
    currentUrl = '';
    sent: unknown[][] = [];
    getURL(): string {
      return this.currentUrl;
    }
    setWindowOpenHandler(handler: FakeWebContents['openHandler']): void {
      this.openHandler = handler;
    }
    send(...args: unknown[]): void {
      this.sent.push(args);
    }
  }
  class BrowserWindow extends Emitter {
    readonly webContents = new WebContents();
    constructor(readonly options: Record<string, unknown>) {
      super();
      fake.windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isFullScreen = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    maximize = () => undefined;
    show = () => undefined;
    loadURL = async (url: string) => {
      fake.calls.push(`loadURL:${url}`);
      this.webContents.currentUrl = url;
    };
  }
  return {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => fake.calls.push(`registerSchemesAsPrivileged:${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: never) => fake.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: never) => fake.ipcHandlers.set(channel, handler), removeHandler: () => undefined },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => fake.calls.push('setApplicationMenu') },
    dialog: { showErrorBox: (title: string) => fake.calls.push(`showErrorBox:${title}`) },
    shell: { openExternal: async (url: string) => fake.calls.push(`openExternal:${url}`) },
  };
});

// electron-store loads electron itself from node_modules, outside vi.mock's reach.
vi.mock('./settings', async () => {
  const { createMemorySettings } = await import('../core/settings/settings-store');
  return { createSettingsStore: () => createMemorySettings() };
});

const trustedFrame = { url: 'app://renderer/index.html', parent: null };

function invoke(channel: string, event: Record<string, unknown>, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, ...args));
}

describe('electron main wiring', () => {
  beforeAll(async () => {
    fake.state.userDataDir = mkdtempSync(join(tmpdir(), 'cr-main-wiring-'));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await import('./index');
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  });

  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(fake.state.userDataDir, { recursive: true, force: true });
  });

  it('sandboxes, registers app:// and takes the single-instance lock before ready', () => {
    const ready = fake.calls.indexOf('whenReady');
    for (const step of ['enableSandbox', 'registerSchemesAsPrivileged:', 'requestSingleInstanceLock']) {
      const at = fake.calls.findIndex((call) => call.startsWith(step));
      expect(at, step).toBeGreaterThanOrEqual(0);
      expect(at, step).toBeLessThan(ready);
    }
    expect(fake.calls).toContain('loadURL:app://renderer/index.html');
  });

  it('creates the window with the hardened options', () => {
    expect(fake.windows[0]?.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  it('serves our page and refuses to leave the renderer folder', async () => {
    const handle = fake.protocolHandlers.get('app');
    expect(handle).toBeDefined();
    const traversal = await handle!({ url: 'app://renderer/assets/..%2f..%2f..%2fpackage.json', method: 'GET' });
    expect(traversal.status).toBe(403);
    const other = await handle!({ url: 'app://evil/index.html', method: 'GET' });
    expect(other.status).toBe(403);
    expect(other.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers our page and refuses every other sender', async () => {
    const webContents = fake.windows[0]!.webContents;
    await expect(invoke('cr:invoke', { sender: webContents, senderFrame: trustedFrame }, 'app.info', {})).resolves.toMatchObject({
      ok: true,
      value: { mode: 'electron', dataDir: join(fake.state.userDataDir, 'data') },
    });
    const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
    for (const event of [
      { sender: webContents, senderFrame: null },
      { sender: webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: webContents, senderFrame: { url: trustedFrame.url, parent: {} } },
      { sender: { id: 999 }, senderFrame: trustedFrame },
    ]) {
      await expect(invoke('cr:invoke', event, 'app.info', {})).resolves.toMatchObject(forbidden);
    }
    await expect(invoke('cr:dialog:open-workspace', { sender: webContents, senderFrame: null })).resolves.toBeNull();
  });

  it('forwards backend events to our page only', async () => {
    const webContents = fake.windows[0]!.webContents;
    await invoke('cr:invoke', { sender: webContents, senderFrame: trustedFrame }, 'workspaces.close', {});
    expect(webContents.sent).toContainEqual(['cr:event', 'workspace.changed', { path: null }]);
    webContents.sent.length = 0;
    webContents.currentUrl = 'https://evil.example/';
    await invoke('cr:invoke', { sender: webContents, senderFrame: trustedFrame }, 'workspaces.close', {});
    expect(webContents.sent).toEqual([]);
    webContents.currentUrl = 'app://renderer/index.html';
  });

  it('blocks navigation away, new windows and webviews, and denies permissions', () => {
    const webContents = fake.windows[0]!.webContents;
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      webContents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://renderer/index.html#/reports')).toBe(false);
    expect(navigate('https://gov.uk.evil.com/')).toBe(true);
    expect(navigate('https://www.gov.uk/')).toBe(true);
    expect(fake.calls).toContain('openExternal:https://www.gov.uk/');
    expect(webContents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    const callback = vi.fn();
    fake.permissions.request?.(webContents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissions.check?.(webContents, 'media')).toBe(false);
  });
});
