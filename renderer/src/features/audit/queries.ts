import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useAuditLog(query: ProcedureInput<'audit.list'>) {
  return useQuery({
    queryKey: queryKeys.audit(query),
    queryFn: () => call('audit.list', query),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

/** The record types present in this workspace's log (under the audit topic, so new ones appear as they are written). */
export function useAuditEntities() {
  return useQuery({ queryKey: ['audit', 'entities'] as const, queryFn: () => call('audit.entities', {}) });
}

/** Every matching entry, not only the page on screen: the backend builds the CSV. */
export function useExportAuditCsv() {
  return useMutation({ mutationFn: (filter: ProcedureInput<'audit.exportCsv'>) => call('audit.exportCsv', filter) });
}
