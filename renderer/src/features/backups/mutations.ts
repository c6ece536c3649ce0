import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BackupSettings } from '../../../../shared/domain/backups';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys, topicKey } from '../../lib/query-keys';
import { forgetWorkspaceData } from '../../lib/workspace-cache';

export function useCreateBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('backups.create', {}),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: topicKey('backups') }), client.invalidateQueries({ queryKey: topicKey('audit') })]),
  });
}

export function useUpdateBackupSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BackupSettings) => call('backups.settings.update', input),
    onSuccess: () => client.invalidateQueries({ queryKey: topicKey('backups') }),
  });
}

// A restore or an opened file replaces every answer on screen: drop the old workspace's data
// first so none of it flashes up, then refetch everything.
function replacedBy(client: ReturnType<typeof useQueryClient>, summary: WorkspaceSummary): Promise<void> {
  forgetWorkspaceData(client);
  client.setQueryData(queryKeys.currentWorkspace, summary);
  return client.invalidateQueries();
}

export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: string) => call('backups.restore', { file }),
    onSuccess: (result) => replacedBy(client, result.workspace),
  });
}

export function useExportWorkspace() {
  return useMutation({ mutationFn: () => call('workspaces.export', {}) });
}

export function useImportWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'workspaces.import'>) => call('workspaces.import', input),
    onSuccess: (result) => replacedBy(client, result.workspace),
  });
}
