import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useSites() {
  return useQuery({ queryKey: queryKeys.sites, queryFn: () => call('sites.list', {}) });
}
