import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
