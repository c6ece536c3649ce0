import { z } from 'zod';
import type { EventName, ProcedureName } from './channels';
import { auditCsvSchema, auditFilterSchema, auditPageSchema, auditQuerySchema } from '../domain/audit';
import {
  backupCreateResultSchema,
  backupFileInputSchema,
  backupListSchema,
  backupPreviewSchema,
  backupSettingsSchema,
  restoreResultSchema,
  workspaceExportSchema,
  workspaceImportInputSchema,
  workspaceImportResultSchema,
} from '../domain/backups';
import {
  organisationInputSchema,
  organisationSchema,
  siteInputSchema,
  siteSchema,
  siteUpdateSchema,
} from '../domain/organisation';
import {
  activityRecordInputSchema,
  activityRecordSchema,
  emissionsSettingsSchema,
  figureSchema,
  recalculateInputSchema,
  recalculationSchema,
  restatementSchema,
  runDiffSchema,
  runSummarySchema,
} from '../domain/calculations';
import {
  importHistoryEntrySchema,
  importOutcomeSchema,
  importPreviewInputSchema,
  importPreviewSchema,
  importProfileSchema,
  importRunInputSchema,
  savedMappingSchema,
} from '../domain/imports';
import { instrumentInputSchema, instrumentSchema, residualMixInputSchema, residualMixSchema } from '../domain/scope2';
import { factorDetailSchema, factorGetSchema,
  factorSetConfirmSchema,
  factorSetSchema, factorSearchResultSchema, factorSearchSchema, factorSetListSchema } from '../domain/factors';
import { activitySchema, calculationResultSchema, emissionsPreviewInputSchema } from '../domain/activities';
import { preferencesSchema } from '../domain/settings';
import { dashboardSummarySchema, drillDownInputSchema, drillDownPageSchema, evidenceFileSchema, intensityMetricsInputSchema, intensityMetricsSchema } from '../domain/dashboard';
import { reportDocumentSchema } from '../domain/report-document';
import {
  publishedReportSummarySchema,
  reductionActionInputSchema,
  reductionActionSchema,
  reportExportInputSchema,
  reportFileSchema,
  reportInputsSchema,
  reportRequestSchema,
} from '../domain/reports';
import {
  recentWorkspaceSchema,
  workspaceCreateSchema,
  workspaceSummarySchema,
} from '../domain/workspace';

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NO_WORKSPACE',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_CORRUPT',
  'FORBIDDEN',
  'UNKNOWN_PROCEDURE',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const appErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  /** Field-level problems, keyed by dotted path, for forms. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

const none = z.object({}).strict();
const byId = z.object({ id: z.string().min(1) }).strict();
const byPath = z.object({ path: z.string().min(1) }).strict();

export const procedures = {
  'app.info': {
    input: none,
    output: z.object({
      appVersion: z.string(),
      mode: z.enum(['electron', 'server', 'cli']),
      dataDir: z.string(),
      userName: z.string(),
    }),
  },
  'workspaces.current': { input: none, output: workspaceSummarySchema.nullable() },
  'workspaces.listRecent': { input: none, output: z.array(recentWorkspaceSchema) },
  'workspaces.create': { input: workspaceCreateSchema.strict(), output: workspaceSummarySchema },
  'workspaces.open': { input: byPath, output: workspaceSummarySchema },
  'workspaces.close': { input: none, output: z.null() },
  'workspaces.forget': { input: byPath, output: z.null() },
  /** Opens the sample company's workspace, creating it first if needed (idempotent). */
  'workspaces.openSample': { input: none, output: workspaceSummarySchema },
  'organisation.get': { input: none, output: organisationSchema },
  'organisation.update': { input: organisationInputSchema.strict(), output: organisationSchema },
  'sites.list': { input: none, output: z.array(siteSchema) },
  'sites.create': { input: siteInputSchema, output: siteSchema },
  'sites.update': { input: siteUpdateSchema.strict(), output: siteSchema },
  'sites.delete': { input: byId, output: z.null() },
  'audit.list': { input: auditQuerySchema.strict(), output: auditPageSchema },
  /** Every entry matching the filters (not only one page), as spreadsheet-safe CSV. */
  'audit.exportCsv': { input: auditFilterSchema.strict(), output: auditCsvSchema },
  /** The record types that appear in this workspace's log, for the filter. */
  'audit.entities': { input: none, output: z.array(z.string()) },
  'backups.list': { input: none, output: backupListSchema },
  'backups.create': { input: none, output: backupCreateResultSchema },
  'backups.preview': { input: backupFileInputSchema.strict(), output: backupPreviewSchema },
  'backups.restore': { input: backupFileInputSchema.strict(), output: restoreResultSchema },
  'backups.settings.get': { input: none, output: backupSettingsSchema },
  'backups.settings.update': { input: backupSettingsSchema.strict(), output: backupSettingsSchema },
  'workspaces.export': { input: none, output: workspaceExportSchema },
  'workspaces.import': { input: workspaceImportInputSchema.strict(), output: workspaceImportResultSchema },
  'settings.get': { input: none, output: preferencesSchema },
  'settings.update': { input: preferencesSchema.partial().strict(), output: preferencesSchema },
  'instruments.list': { input: none, output: z.array(instrumentSchema) },
  'instruments.create': { input: instrumentInputSchema.strict(), output: instrumentSchema },
  'instruments.update': { input: z.object({ id: z.string().min(1), instrument: instrumentInputSchema }).strict(), output: instrumentSchema },
  'instruments.delete': { input: byId, output: z.null() },
  'residualMix.list': { input: none, output: z.array(residualMixSchema) },
  'residualMix.create': { input: residualMixInputSchema.strict(), output: residualMixSchema },
  'residualMix.delete': { input: byId, output: z.null() },
  'emissionsSettings.get': { input: none, output: emissionsSettingsSchema },
  'emissionsSettings.update': { input: emissionsSettingsSchema.strict(), output: emissionsSettingsSchema },
  'calculations.runs': { input: none, output: z.array(runSummarySchema) },
  'calculations.recalculate': { input: recalculateInputSchema.strict(), output: recalculationSchema },
  'calculations.diff': { input: z.object({ fromRunId: z.string().min(1), toRunId: z.string().min(1) }).strict(), output: runDiffSchema },
  'calculations.restatements': { input: none, output: z.array(restatementSchema) },
  'records.create': { input: activityRecordInputSchema.strict(), output: activityRecordSchema },
  'records.list': {
    input: z.object({ siteId: z.string().min(1).optional(), limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }).strict(),
    output: z.object({ records: z.array(activityRecordSchema), total: z.number().int() }),
  },
  'records.delete': { input: byId, output: z.null() },
  'records.figures': { input: z.object({ recordId: z.string().min(1), runId: z.string().min(1).optional() }).strict(), output: z.array(figureSchema) },
  'imports.profiles': { input: none, output: z.array(importProfileSchema) },
  'imports.template': { input: none, output: z.object({ fileName: z.string(), csv: z.string() }) },
  'imports.preview': { input: importPreviewInputSchema.strict(), output: importPreviewSchema },
  'imports.run': { input: importRunInputSchema.strict(), output: importOutcomeSchema },
  'imports.cancel': { input: z.object({ fileSha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(), output: z.null() },
  'imports.list': { input: none, output: z.array(importHistoryEntrySchema) },
  'imports.undo': { input: byId, output: z.null() },
  'imports.rejectsCsv': { input: byId, output: z.object({ fileName: z.string(), csv: z.string() }) },
  'imports.mappings': { input: none, output: z.array(savedMappingSchema) },
  'imports.deleteMapping': { input: byId, output: z.null() },
  'factors.sets': { input: none, output: factorSetListSchema },
  'factors.search': { input: factorSearchSchema.strict(), output: factorSearchResultSchema },
  'factors.get': { input: factorGetSchema.strict(), output: factorDetailSchema },
  'factors.confirm': { input: factorSetConfirmSchema.strict(), output: factorSetSchema },
  'activities.list': { input: none, output: z.array(activitySchema) },
  'emissions.preview': { input: emissionsPreviewInputSchema, output: calculationResultSchema },
  'dashboard.summary': { input: z.object({ year: z.number().int().min(1990).max(2100) }).strict(), output: dashboardSummarySchema },
  'dashboard.drillDown': { input: drillDownInputSchema, output: drillDownPageSchema },
  'dashboard.metrics.get': { input: z.object({ year: z.number().int().min(1990).max(2100) }).strict(), output: intensityMetricsSchema },
  'dashboard.metrics.update': { input: intensityMetricsInputSchema.strict(), output: intensityMetricsSchema },
  'evidence.download': { input: z.object({ importId: z.string().min(1) }).strict(), output: evidenceFileSchema },
  'reports.preview': { input: reportRequestSchema.strict(), output: reportDocumentSchema },
  'reports.publish': { input: reportRequestSchema.strict(), output: publishedReportSummarySchema },
  'reports.list': { input: none, output: z.array(publishedReportSummarySchema) },
  'reports.get': { input: byId, output: reportDocumentSchema },
  'reports.export': { input: reportExportInputSchema, output: reportFileSchema },
  'reportInputs.get': { input: none, output: reportInputsSchema },
  'reportInputs.update': { input: reportInputsSchema.partial().strict(), output: reportInputsSchema },
  'reductionActions.list': { input: none, output: z.array(reductionActionSchema) },
  'reductionActions.create': { input: reductionActionInputSchema.strict(), output: reductionActionSchema },
  'reductionActions.update': { input: z.object({ id: z.string().min(1), action: reductionActionInputSchema }).strict(), output: reductionActionSchema },
  'reductionActions.delete': { input: byId, output: z.null() },
} as const satisfies Record<ProcedureName, { input: z.ZodType; output: z.ZodType }>;

// The reverse check: no procedure in the contract that channels.ts (and so the preload allowlist)
// does not know about.
type ExtraProcedures = Exclude<keyof typeof procedures, ProcedureName>;
const noExtraProcedures: ExtraProcedures extends never ? true : never = true;
void noExtraProcedures;

export type Procedures = typeof procedures;
export type ProcedureInput<N extends ProcedureName> = z.input<Procedures[N]['input']>;
export type ProcedureParsedInput<N extends ProcedureName> = z.output<Procedures[N]['input']>;
export type ProcedureOutput<N extends ProcedureName> = z.output<Procedures[N]['output']>;

export const dataTopics = ['workspace', 'organisation', 'sites', 'audit', 'settings', 'instruments', 'emissions', 'factors', 'imports', 'backups', 'reports', 'metrics'] as const;
export type DataTopic = (typeof dataTopics)[number];

export const events = {
  'data.changed': z.object({ topics: z.array(z.enum(dataTopics)) }),
  'workspace.changed': z.object({ path: z.string().nullable() }),
  /** Long imports report as they go; `fileSha256` ties progress to the file being imported. */
  'import.progress': z.object({
    fileSha256: z.string(),
    phase: z.enum(['reading', 'checking', 'writing', 'calculating', 'done']),
    rowsDone: z.number().int(),
    rowsTotal: z.number().int(),
    /** False while a big file is still being read and its row count is estimated from how far in it is. */
    rowsTotalExact: z.boolean().optional(),
  }),
} as const satisfies Record<EventName, z.ZodType>;

export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
