import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReportKind } from '../../../../shared/domain/report-document';
import { call, onEvent } from '../../lib/bridge';

// Every key starts with the 'reports' data topic. A preview depends on almost everything in the
// workspace (records, runs, sites, organisation, year figures), so any data change refetches it.
export const reportKeys = {
  all: ['reports'] as const,
  preview: (kind: ReportKind, year: number) => ['reports', 'preview', kind, year] as const,
  previews: ['reports', 'preview'] as const,
  published: ['reports', 'published'] as const,
  publishedDocument: (id: string) => ['reports', 'document', id] as const,
  inputs: ['reports', 'inputs'] as const,
  actions: ['reports', 'actions'] as const,
};

export function useReportPreview(kind: ReportKind, year: number) {
  const client = useQueryClient();
  useEffect(
    () =>
      onEvent((name) => {
        if (name === 'data.changed' || name === 'workspace.changed') void client.invalidateQueries({ queryKey: reportKeys.previews });
      }),
    [client],
  );
  return useQuery({ queryKey: reportKeys.preview(kind, year), queryFn: () => call('reports.preview', { kind, year }), retry: false });
}

export function usePublishedReports() {
  return useQuery({ queryKey: reportKeys.published, queryFn: () => call('reports.list', {}) });
}

/** A published report never changes, so it is fetched once. */
export function usePublishedReport(id: string | null) {
  return useQuery({
    queryKey: reportKeys.publishedDocument(id ?? ''),
    queryFn: () => call('reports.get', { id: id ?? '' }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

export function useReportInputs() {
  return useQuery({ queryKey: reportKeys.inputs, queryFn: () => call('reportInputs.get', {}) });
}

export function useReductionActions() {
  return useQuery({ queryKey: reportKeys.actions, queryFn: () => call('reductionActions.list', {}) });
}
