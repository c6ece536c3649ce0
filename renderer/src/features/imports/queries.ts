import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useImportHistory() {
  return useQuery({ queryKey: queryKeys.importHistory, queryFn: () => call('imports.list', {}) });
}

export function useSavedLayouts() {
  return useQuery({ queryKey: queryKeys.importMappings, queryFn: () => call('imports.mappings', {}) });
}

/** The layouts the app knows by itself: fixed while the app runs. */
export function useImportProfiles() {
  return useQuery({ queryKey: queryKeys.importProfiles, queryFn: () => call('imports.profiles', {}), staleTime: Infinity });
}
