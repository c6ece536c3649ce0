import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { topicKey } from '../../lib/query-keys';

/** A preview is a question, not a change: nothing is stored, so nothing is invalidated. */
export function usePreviewImport() {
  return useMutation({ mutationFn: (input: ProcedureInput<'imports.preview'>) => call('imports.preview', input) });
}

// An import or an undo changes records, figures and run totals as well as the history; the
// data.changed event (topics "emissions" and "imports") does the same for other windows.

export function useRunImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'imports.run'>) => call('imports.run', input),
    onSuccess: async (outcome) => {
      if (outcome.status !== 'imported') return;
      await Promise.all([client.invalidateQueries({ queryKey: topicKey('imports') }), client.invalidateQueries({ queryKey: topicKey('emissions') })]);
    },
  });
}

export function useUndoImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('imports.undo', { id }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: topicKey('imports') }), client.invalidateQueries({ queryKey: topicKey('emissions') })]),
  });
}

export function useDeleteLayout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('imports.deleteMapping', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: topicKey('imports') }),
  });
}

/** Downloads fetched on demand (the template, an import's rejected rows): busy and error state only. */
export function useFetchDownload() {
  return useMutation({
    mutationFn: (what: { kind: 'template' } | { kind: 'rejects'; importId: string }) =>
      what.kind === 'template' ? call('imports.template', {}) : call('imports.rejectsCsv', { id: what.importId }),
  });
}
