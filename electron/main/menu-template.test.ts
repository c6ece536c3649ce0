import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu-template';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const actions = () => ({ newWorkspace: vi.fn(), openWorkspace: vi.fn(), about: vi.fn() });

describe('application menu', () => {
  it('has no reload or developer tools in a packaged build', () => {
    const roles = flatten(menuTemplate({ isMac: false, isDevelopment: false }, actions())).map((i) => i.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).toContain('quit');
  });

  it('adds reload and developer tools when running from source', () => {
    const roles = flatten(menuTemplate({ isMac: false, isDevelopment: true }, actions())).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has the standard edit roles, so copy and paste work in forms', () => {
    const roles = flatten(menuTemplate({ isMac: false, isDevelopment: false }, actions())).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('wires File and Help items to the actions', () => {
    const a = actions();
    const items = flatten(menuTemplate({ isMac: false, isDevelopment: false }, a));
    const click = (label: string) => (items.find((i) => i.label === label)?.click as (() => void) | undefined)?.();
    click('New Workspace…');
    click('Open Workspace…');
    click('About CarbonRecycling Desktop');
    expect(a.newWorkspace).toHaveBeenCalledOnce();
    expect(a.openWorkspace).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('starts with the application menu on macOS', () => {
    expect(menuTemplate({ isMac: true, isDevelopment: false }, actions())[0]).toEqual({ role: 'appMenu' });
  });
});
