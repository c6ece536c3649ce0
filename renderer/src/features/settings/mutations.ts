import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'settings.update'>) => call('settings.update', input),
    onSuccess: (preferences) => client.setQueryData(queryKeys.preferences, preferences),
  });
}
