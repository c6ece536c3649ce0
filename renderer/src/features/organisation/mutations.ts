import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceSummary } from '../../../../shared/domain/workspace';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useUpdateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'organisation.update'>) => call('organisation.update', input),
    onSuccess: (organisation) => {
      client.setQueryData(queryKeys.organisation, organisation);
      // The header shows the name from the workspace summary: update it without waiting for the event.
      client.setQueryData<WorkspaceSummary | null>(queryKeys.currentWorkspace, (prev) => (prev ? { ...prev, organisation } : prev));
    },
  });
}
