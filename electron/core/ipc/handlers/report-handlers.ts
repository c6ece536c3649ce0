import { buildReport } from '../../reports/build';
import {
  createReductionAction,
  deleteReductionAction,
  listReductionActions,
  readReportInputs,
  updateReductionAction,
  updateReportInputs,
} from '../../reports/inputs-service';
import { auditExport, exportReport, getPublishedReport, listPublishedReports, publishReport } from '../../reports/publish-service';
import type { HandlerGroup } from '../types';

export const reportHandlers: HandlerGroup<
  | 'reports.preview'
  | 'reports.publish'
  | 'reports.list'
  | 'reports.get'
  | 'reports.export'
  | 'reportInputs.get'
  | 'reportInputs.update'
  | 'reductionActions.list'
  | 'reductionActions.create'
  | 'reductionActions.update'
  | 'reductionActions.delete'
> = {
  'reports.preview': (input, ctx) => buildReport(ctx.workspaces.require().db, input.kind, input.year, ctx.now()),
  'reports.publish': (input, ctx) => ctx.write(['reports', 'audit'], (db, audit, now) => publishReport(db, input.kind, input.year, now, ctx.userName, audit)),
  'reports.list': (_input, ctx) => listPublishedReports(ctx.workspaces.require().db),
  'reports.get': (input, ctx) => getPublishedReport(ctx.workspaces.require().db, input.id),
  // Rendering is asynchronous (PDF streams), so it runs outside the write transaction; only the
  // audit entry is written, after the file exists.
  'reports.export': async (input, ctx) => {
    const target = 'id' in input ? { id: input.id } : { kind: input.kind, year: input.year };
    const exported = await exportReport(ctx.workspaces.require().db, target, input.format, ctx.now());
    ctx.write(['audit'], (_db, audit) => auditExport(audit, exported, target, input.format));
    return exported.file;
  },
  'reportInputs.get': (_input, ctx) => readReportInputs(ctx.workspaces.require().db),
  'reportInputs.update': (input, ctx) => ctx.write(['reports', 'audit'], (db, audit, now) => updateReportInputs(db, input, now, audit)),
  'reductionActions.list': (_input, ctx) => listReductionActions(ctx.workspaces.require().db),
  'reductionActions.create': (input, ctx) => ctx.write(['reports', 'audit'], (db, audit, now) => createReductionAction(db, input, now, audit)),
  'reductionActions.update': (input, ctx) => ctx.write(['reports', 'audit'], (db, audit, now) => updateReductionAction(db, input.id, input.action, now, audit)),
  'reductionActions.delete': (input, ctx) =>
    ctx.write(['reports', 'audit'], (db, audit) => {
      deleteReductionAction(db, input.id, audit);
      return null;
    }),
};
