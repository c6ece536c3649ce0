import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useInstruments() {
  return useQuery({ queryKey: queryKeys.instruments, queryFn: () => call('instruments.list', {}) });
}

export function useResidualMixes() {
  return useQuery({ queryKey: queryKeys.residualMixes, queryFn: () => call('residualMix.list', {}) });
}
