import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys, topicKey } from '../../lib/query-keys';

/** Settings change no figure by themselves: only the cached settings are replaced. */
export function useUpdateEmissionsSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'emissionsSettings.update'>) => call('emissionsSettings.update', input),
    onSuccess: (settings) => client.setQueryData(queryKeys.emissionsSettings, settings),
  });
}

/** A new run changes every figure, run list and restatement list. */
export function useRecalculate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'calculations.recalculate'>) => call('calculations.recalculate', input),
    onSuccess: () => client.invalidateQueries({ queryKey: topicKey('emissions') }),
  });
}
