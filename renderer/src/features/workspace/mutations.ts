import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RecentWorkspace, WorkspaceSummary } from '../../../../shared/domain/workspace';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';
import { forgetWorkspaceData } from '../../lib/workspace-cache';

// Show the new workspace straight away rather than waiting for the workspace.changed event.
function switchedTo(client: QueryClient, summary: WorkspaceSummary | null): void {
  forgetWorkspaceData(client);
  client.setQueryData(queryKeys.currentWorkspace, summary);
  void client.invalidateQueries({ queryKey: queryKeys.recentWorkspaces });
}

export function useCreateWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'workspaces.create'>) => call('workspaces.create', input),
    onSuccess: (summary) => switchedTo(client, summary),
  });
}

export function useOpenWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => call('workspaces.open', { path }),
    onSuccess: (summary) => switchedTo(client, summary),
  });
}

/** Opens the sample company's workspace (the backend creates it the first time). */
export function useOpenSample() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('workspaces.openSample', {}),
    onSuccess: (summary) => switchedTo(client, summary),
  });
}

export function useCloseWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('workspaces.close', {}),
    onSuccess: () => switchedTo(client, null),
  });
}

export function useForgetWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => call('workspaces.forget', { path }),
    onSuccess: (_value, path) => {
      client.setQueryData<RecentWorkspace[]>(queryKeys.recentWorkspaces, (prev) => prev?.filter((r) => r.path !== path));
    },
  });
}
