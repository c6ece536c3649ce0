import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function usePreferences() {
  return useQuery({ queryKey: queryKeys.preferences, queryFn: () => call('settings.get', {}) });
}
