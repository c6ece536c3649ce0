import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { topicKey } from '../../lib/query-keys';

// Both change the current run: records, figures and run totals are all refetched. The
// data.changed event (topic "emissions") does the same for other windows.

export function useCreateRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'records.create'>) => call('records.create', input),
    onSuccess: () => client.invalidateQueries({ queryKey: topicKey('emissions') }),
  });
}

export function useDeleteRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('records.delete', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: topicKey('emissions') }),
  });
}
