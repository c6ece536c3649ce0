import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useCurrentWorkspace() {
  return useQuery({ queryKey: queryKeys.currentWorkspace, queryFn: () => call('workspaces.current', {}) });
}

export function useRecentWorkspaces() {
  return useQuery({ queryKey: queryKeys.recentWorkspaces, queryFn: () => call('workspaces.listRecent', {}) });
}
