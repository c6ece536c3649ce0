import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useRecords(limit: number, offset: number) {
  return useQuery({
    queryKey: queryKeys.records({ limit, offset }),
    queryFn: () => call('records.list', { limit, offset }),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/**
 * The figures of one record in the current run. Fetched only once the row is opened (one call per
 * record would be N+1 on a big page); once loaded, the row keeps showing its totals from the cache.
 */
export function useRecordFigures(recordId: string, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.recordFigures(recordId), queryFn: () => call('records.figures', { recordId }), enabled });
}
