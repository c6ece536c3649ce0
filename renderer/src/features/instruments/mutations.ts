import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Instrument, ResidualMixFactor } from '../../../../shared/domain/scope2';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

// Each mutation updates the cached list at once; the data.changed event that follows refetches it
// (and anything else under the instruments topic).

export function useCreateInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'instruments.create'>) => call('instruments.create', input),
    onSuccess: (instrument) => {
      // The refetch triggered by the event may already have brought the new instrument in.
      client.setQueryData<Instrument[]>(queryKeys.instruments, (prev) =>
        prev && !prev.some((i) => i.id === instrument.id) ? [...prev, instrument] : prev,
      );
    },
  });
}

export function useUpdateInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'instruments.update'>) => call('instruments.update', input),
    onSuccess: (instrument) => {
      client.setQueryData<Instrument[]>(queryKeys.instruments, (prev) => prev?.map((i) => (i.id === instrument.id ? instrument : i)));
    },
  });
}

export function useDeleteInstrument() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('instruments.delete', { id }),
    onSuccess: (_value, id) => {
      client.setQueryData<Instrument[]>(queryKeys.instruments, (prev) => prev?.filter((i) => i.id !== id));
    },
  });
}

export function useCreateResidualMix() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'residualMix.create'>) => call('residualMix.create', input),
    onSuccess: (mix) => {
      client.setQueryData<ResidualMixFactor[]>(queryKeys.residualMixes, (prev) =>
        prev && !prev.some((m) => m.id === mix.id) ? [...prev, mix] : prev,
      );
    },
  });
}

export function useDeleteResidualMix() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('residualMix.delete', { id }),
    onSuccess: (_value, id) => {
      client.setQueryData<ResidualMixFactor[]>(queryKeys.residualMixes, (prev) => prev?.filter((m) => m.id !== id));
    },
  });
}
