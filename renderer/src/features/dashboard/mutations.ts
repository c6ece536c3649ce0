import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
import { downloadBase64 } from '../../lib/download';
import { dashboardKeys } from './queries';

/** New denominators change the intensity ratios in the summary too. */
export function useUpdateIntensityMetrics() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProcedureInput<'dashboard.metrics.update'>) => call('dashboard.metrics.update', input),
    onSuccess: (metrics) => client.invalidateQueries({ queryKey: dashboardKeys.summary(metrics.year) }),
  });
}

/** Saves the original imported file (kept inside the workspace as evidence) through a download. */
export function useDownloadEvidence() {
  return useMutation({
    mutationFn: (importId: string) => call('evidence.download', { importId }),
    onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64),
  });
}
