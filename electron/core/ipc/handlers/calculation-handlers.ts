import { createRecord, deleteRecord, figuresForRecord, listRecords } from '../../activities/record-service';
import { readEmissionsSettings, recalculate, updateEmissionsSettings } from '../../emissions/runs/calculation-service';
import { diffRuns } from '../../emissions/runs/restatement';
import { listRestatementViews, listRunSummaries, summariseRun } from '../../emissions/runs/run-summary';
import { workspaceCalculator } from '../../emissions/workspace-calculator';
import type { HandlerGroup } from '../types';

export const calculationHandlers: HandlerGroup<
  | 'emissionsSettings.get'
  | 'emissionsSettings.update'
  | 'calculations.runs'
  | 'calculations.recalculate'
  | 'calculations.diff'
  | 'calculations.restatements'
  | 'records.create'
  | 'records.list'
  | 'records.delete'
  | 'records.figures'
> = {
  'emissionsSettings.get': (_input, ctx) => readEmissionsSettings(ctx.workspaces.require().db),
  'emissionsSettings.update': (input, ctx) => ctx.write(['emissions'], (db, audit) => updateEmissionsSettings(db, input, audit)),
  'calculations.runs': (_input, ctx) => listRunSummaries(ctx.workspaces.require().db),
  'calculations.recalculate': (input, ctx) =>
    ctx.write(['emissions'], (db, audit, now) => {
      const outcome = recalculate(db, workspaceCalculator(db), input.reason, now, audit);
      return {
        run: summariseRun(db, outcome.run),
        restatementId: outcome.restatementId,
        baseYearChangePct: outcome.diff?.baseYear.changePct ?? null,
        baseYearRecalculationRequired: outcome.baseYearRecalculationRequired,
        errors: outcome.errors,
      };
    }),
  'calculations.diff': (input, ctx) => {
    const db = ctx.workspaces.require().db;
    const diff = diffRuns(db, input.fromRunId, input.toRunId);
    return { ...diff, fromRun: summariseRun(db, diff.fromRun), toRun: summariseRun(db, diff.toRun) };
  },
  'calculations.restatements': (_input, ctx) => listRestatementViews(ctx.workspaces.require().db),
  'records.create': (input, ctx) =>
    ctx.write(['emissions'], (db, audit, now) => createRecord(db, input, 'manual', now, audit, workspaceCalculator(db))),
  'records.list': (input, ctx) => listRecords(ctx.workspaces.require().db, input),
  'records.delete': (input, ctx) =>
    ctx.write(['emissions'], (db, audit) => {
      deleteRecord(db, input.id, audit);
      return null;
    }),
  'records.figures': (input, ctx) => figuresForRecord(ctx.workspaces.require().db, input.recordId, input.runId),
};
