import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { DrillDownFilter } from '../../../../shared/domain/dashboard';
import { events } from '../../../../shared/ipc/contract';
import { call, onEvent } from '../../lib/bridge';

// Keys start with the data topic they follow, so data.changed refreshes them: every figure
// changes with 'emissions' (imports, records, recalculations). The summary also carries the
// intensity inputs, which the metrics mutation refreshes itself.
export const dashboardKeys = {
  summary: (year: number) => ['emissions', 'dashboard', 'summary', year] as const,
  drillDown: (year: number, filter: DrillDownFilter, page: number, pageSize: number) => ['emissions', 'dashboard', 'drill-down', year, filter, page, pageSize] as const,
};

export function useDashboardSummary(year: number) {
  return useQuery({ queryKey: dashboardKeys.summary(year), queryFn: () => call('dashboard.summary', { year }) });
}

export function useDrillDown(year: number, filter: DrillDownFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: dashboardKeys.drillDown(year, filter, page, pageSize),
    queryFn: () => call('dashboard.drillDown', { year, filter, limit: pageSize, offset: page * pageSize }),
    placeholderData: keepPreviousData,
  });
}

// Besides figures ('emissions'), the summary shows site names and floor areas, the year's start
// month and the intensity inputs: a change to any of them refreshes it too.
const ALSO_SHOWN = new Set(['sites', 'organisation', 'metrics']);

export function useDashboardRefresh(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      onEvent((name, payload) => {
        if (name !== 'data.changed') return;
        const parsed = events['data.changed'].safeParse(payload);
        if (parsed.success && parsed.data.topics.some((topic) => ALSO_SHOWN.has(topic))) {
          void client.invalidateQueries({ queryKey: ['emissions', 'dashboard', 'summary'] });
        }
      }),
    [client],
  );
}
