import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { call } from '../../lib/bridge';
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
    onSuccess: (file) => {
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: some browsers start reading the Blob only after click() has returned.
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    },
  });
}
