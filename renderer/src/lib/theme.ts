import type { Preferences } from '../../../shared/domain/settings';

const themeClasses = ['theme-system', 'theme-light', 'theme-dark'] as const;

/** The stylesheet picks colours from the class on <html>; `system` follows the OS setting. */
export function applyTheme(theme: Preferences['theme'], root: HTMLElement = document.documentElement): void {
  root.classList.remove(...themeClasses);
  root.classList.add(`theme-${theme}`);
}
