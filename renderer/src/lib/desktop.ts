import type { DesktopApi } from '../../../shared/ipc/window-api';

/** Native dialogs exist only inside Electron; the browser build hides what needs them. */
export function desktopApi(): DesktopApi | null {
  return window.api?.desktop ?? null;
}
