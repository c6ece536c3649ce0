// Procedure and event names. Zero imports on purpose: the sandboxed preload bundles this file
// alone to allowlist what the renderer may call, so it must not drag zod or anything else in.

export const INVOKE_CHANNEL = 'cr:invoke';
export const EVENT_CHANNEL = 'cr:event';
// Native dialogs run in main (they show UI) rather than in the backend, so they get their own
// invoke channels beside the procedure channel.
export const OPEN_WORKSPACE_DIALOG_CHANNEL = 'cr:dialog:open-workspace';
export const NEW_WORKSPACE_DIALOG_CHANNEL = 'cr:dialog:new-workspace';

export const procedureNames = [
  'app.info',
  'workspaces.current',
  'workspaces.listRecent',
  'workspaces.create',
  'workspaces.open',
  'workspaces.close',
  'workspaces.forget',
  'workspaces.openSample',
  'organisation.get',
  'organisation.update',
  'sites.list',
  'sites.create',
  'sites.update',
  'sites.delete',
  'audit.list',
  'audit.exportCsv',
  'audit.entities',
  'backups.list',
  'backups.create',
  'backups.preview',
  'backups.restore',
  'backups.settings.get',
  'backups.settings.update',
  'workspaces.export',
  'workspaces.import',
  'settings.get',
  'settings.update',
  'instruments.list',
  'instruments.create',
  'instruments.update',
  'instruments.delete',
  'residualMix.list',
  'residualMix.create',
  'residualMix.delete',
  'emissionsSettings.get',
  'emissionsSettings.update',
  'calculations.runs',
  'calculations.recalculate',
  'calculations.diff',
  'calculations.restatements',
  'records.create',
  'records.list',
  'records.delete',
  'records.figures',
  'imports.profiles',
  'imports.template',
  'imports.preview',
  'imports.run',
  'imports.cancel',
  'imports.list',
  'imports.undo',
  'imports.rejectsCsv',
  'imports.mappings',
  'imports.deleteMapping',
  'factors.sets',
  'factors.search',
  'factors.get',
  'factors.confirm',
  'activities.list',
  'emissions.preview',
  'dashboard.summary',
  'dashboard.drillDown',
  'dashboard.metrics.get',
  'dashboard.metrics.update',
  'evidence.download',
  'reports.preview',
  'reports.publish',
  'reports.list',
  'reports.get',
  'reports.export',
  'reportInputs.get',
  'reportInputs.update',
  'reductionActions.list',
  'reductionActions.create',
  'reductionActions.update',
  'reductionActions.delete',
] as const;

export const eventNames = ['data.changed', 'workspace.changed', 'import.progress'] as const;

export type ProcedureName = (typeof procedureNames)[number];
export type EventName = (typeof eventNames)[number];

export function isProcedureName(value: unknown): value is ProcedureName {
  return typeof value === 'string' && (procedureNames as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (eventNames as readonly string[]).includes(value);
}
