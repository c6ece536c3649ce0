import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useOrganisation() {
  return useQuery({ queryKey: queryKeys.organisation, queryFn: () => call('organisation.get', {}) });
}
