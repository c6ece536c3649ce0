import { z } from 'zod';
import { reportFormatSchema, reportKindSchema } from './report-document';

// What the user maintains for the annual reports (report_inputs keys, reduction actions) and the
// procedures' shapes. The report documents themselves are in report-document.ts.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2025-03-31');
const text = (max: number) => z.string().trim().max(max);

/** Net zero by 2050 at the latest, for UK operations (PPN 006 template, section 1). */
export const netZeroCommitmentSchema = z.object({
  targetYear: z.number().int().min(2025, 'Enter a year from 2025').max(2050, 'PPN 006 requires net zero by 2050 at the latest'),
  statement: text(2000).min(1, 'Write the commitment in a sentence or two'),
});

export const reductionTargetSchema = z.object({
  description: text(500).min(1, 'Describe the target'),
  scopes: z.enum(['scope1-2', 'scope1-2-3', 'scope3']),
  baselineYear: z.number().int().min(2000).max(2100),
  targetYear: z.number().int().min(2000).max(2100),
  /** Reduction from the baseline, as a percentage (50 = halve). */
  reductionPct: z.number().min(0).max(100),
});
export type ReductionTarget = z.infer<typeof reductionTargetSchema>;

export const environmentalManagementSchema = z.object({
  iso14001Certified: z.boolean(),
  measures: text(4000),
});

export const signOffSchema = z.object({
  name: text(200).min(1, 'Enter the name of the director who approved the report'),
  role: text(200).min(1, 'Enter their role, e.g. Managing Director'),
  date: isoDate,
});

const scope3CategoryKey = z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);

/** Every report_inputs key with its own schema; an unknown or invalid stored value reads as unset. */
export const reportInputSchemas = {
  netZeroCommitment: netZeroCommitmentSchema.nullable(),
  targets: z.array(reductionTargetSchema).max(20),
  environmentalManagement: environmentalManagementSchema.nullable(),
  signOff: signOffSchema.nullable(),
  /** Why a Scope 3 category is not reported, keyed "1"…"15". */
  scope3Exclusions: z.partialRecord(scope3CategoryKey, text(1000)),
  /** Why a CRP / SECR category shows zero when it does (e.g. "No company vehicles"). */
  zeroExplanations: z.partialRecord(z.enum(['scope1', 'scope2', 'cat4', 'cat5', 'cat6', 'cat7', 'cat9']), text(1000)),
} as const;

export const reportInputsSchema = z.object(reportInputSchemas);
export type ReportInputs = z.infer<typeof reportInputsSchema>;
export type ReportInputKey = keyof ReportInputs;

export const emptyReportInputs: ReportInputs = {
  netZeroCommitment: null,
  targets: [],
  environmentalManagement: null,
  signOff: null,
  scope3Exclusions: {},
  zeroExplanations: {},
};

export const reductionActionInputSchema = z.object({
  title: text(200).min(1, 'Give the action a short title'),
  description: text(4000),
  status: z.enum(['planned', 'in-progress', 'completed']),
  startedOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  siteId: z.string().min(1).nullable(),
  estimatedSavingKwh: z.number().min(0).nullable(),
  estimatedSavingCo2eKg: z.number().min(0).nullable(),
});
export type ReductionActionInput = z.infer<typeof reductionActionInputSchema>;

export const reductionActionSchema = reductionActionInputSchema.extend({ id: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type ReductionAction = z.infer<typeof reductionActionSchema>;

export const reportRequestSchema = z.object({ kind: reportKindSchema, year: z.number().int().min(2000).max(2100) });

export const publishedReportSummarySchema = z.object({
  id: z.string(),
  kind: reportKindSchema,
  reportingYear: z.number().int(),
  title: z.string(),
  runId: z.string(),
  inputsSha256: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string(),
});
export type PublishedReportSummary = z.infer<typeof publishedReportSummarySchema>;

export const reportExportInputSchema = z.union([
  z.object({ id: z.string().min(1), format: reportFormatSchema }).strict(),
  z.object({ kind: reportKindSchema, year: z.number().int().min(2000).max(2100), format: reportFormatSchema }).strict(),
]);

export const reportFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type ReportFile = z.infer<typeof reportFileSchema>;
