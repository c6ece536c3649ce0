import { useEffect } from 'react';
import { applyTheme } from '../../lib/theme';
import { usePreferences } from './queries';

/** Keeps the class on <html> in step with the saved theme preference. */
export function useApplyTheme(): void {
  const theme = usePreferences().data?.theme ?? 'system';
  useEffect(() => applyTheme(theme), [theme]);
}
