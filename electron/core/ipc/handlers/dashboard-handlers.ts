import { drillDown, evidenceFile } from '../../dashboard/drill-down';
import { getIntensityMetrics, updateIntensityMetrics } from '../../dashboard/metrics';
import { dashboardSummary } from '../../dashboard/summary';
import type { HandlerGroup } from '../types';

export const dashboardHandlers: HandlerGroup<'dashboard.summary' | 'dashboard.drillDown' | 'dashboard.metrics.get' | 'dashboard.metrics.update' | 'evidence.download'> = {
  'dashboard.summary': (input, ctx) => dashboardSummary(ctx.workspaces.require().db, input.year, ctx.now()),
  'dashboard.drillDown': (input, ctx) => drillDown(ctx.workspaces.require().db, input),
  'dashboard.metrics.get': (input, ctx) => getIntensityMetrics(ctx.workspaces.require().db, input.year),
  'dashboard.metrics.update': (input, ctx) => ctx.write(['metrics'], (db, audit, now) => updateIntensityMetrics(db, input, now, audit)),
  'evidence.download': (input, ctx) => evidenceFile(ctx.workspaces.require().db, input.importId),
};
