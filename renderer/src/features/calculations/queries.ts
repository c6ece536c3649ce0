import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/bridge';
import { queryKeys } from '../../lib/query-keys';

export function useEmissionsSettings() {
  return useQuery({ queryKey: queryKeys.emissionsSettings, queryFn: () => call('emissionsSettings.get', {}) });
}

export function useRuns() {
  return useQuery({ queryKey: queryKeys.runs, queryFn: () => call('calculations.runs', {}) });
}

export function useRestatements() {
  return useQuery({ queryKey: queryKeys.restatements, queryFn: () => call('calculations.restatements', {}) });
}

export function useRunDiff(fromRunId: string, toRunId: string) {
  return useQuery({ queryKey: queryKeys.runDiff(fromRunId, toRunId), queryFn: () => call('calculations.diff', { fromRunId, toRunId }) });
}
