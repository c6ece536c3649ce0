import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReductionAction, ReportInputs } from '../../../../shared/domain/reports';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { reportKeys } from './queries';

// The data.changed event for the 'reports' topic refetches lists afterwards; these update the
// cache at once so the page answers without waiting for it.

export function usePublishReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'reports.publish'>) => call('reports.publish', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: reportKeys.published }),
  });
}

export function useExportReport() {
  return useMutation({ mutationFn: (input: ProcedureInput<'reports.export'>) => call('reports.export', input) });
}

export function useUpdateReportInputs() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'reportInputs.update'>) => call('reportInputs.update', input),
    onSuccess: (inputs) => client.setQueryData<ReportInputs>(reportKeys.inputs, inputs),
  });
}

export function useSaveReductionAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string | null; action: ProcedureInput<'reductionActions.create'> }) =>
      id === null ? call('reductionActions.create', action) : call('reductionActions.update', { id, action }),
    onSuccess: (saved) =>
      client.setQueryData<ReductionAction[]>(reportKeys.actions, (prev) =>
        prev ? (prev.some((a) => a.id === saved.id) ? prev.map((a) => (a.id === saved.id ? saved : a)) : [...prev, saved]) : prev,
      ),
  });
}

export function useDeleteReductionAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('reductionActions.delete', { id }),
    onSuccess: (_value, id) => client.setQueryData<ReductionAction[]>(reportKeys.actions, (prev) => prev?.filter((a) => a.id !== id)),
  });
}
