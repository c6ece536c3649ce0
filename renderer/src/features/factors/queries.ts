import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useFactorSets() {
  return useQuery({ queryKey: queryKeys.factorSets, queryFn: () => call('factors.sets', {}) });
}

export function useFactorSearch(query: ProcedureInput<'factors.search'>, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.factorSearch(query),
    queryFn: () => call('factors.search', query),
    enabled,
    // Keep the last results on screen while the next search runs, so the table does not flicker as people type.
    placeholderData: keepPreviousData,
  });
}

export function useFactorDetail(id: number) {
  return useQuery({ queryKey: queryKeys.factor(id), queryFn: () => call('factors.get', { id }) });
}
