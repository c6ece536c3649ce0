import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD');

export const emissionsSettingsSchema = z.object({
  pinnedFactorYear: z.number().int().min(2016).max(2100).nullable(),
  significanceThresholdPct: z.number().min(0.1, 'The threshold must be more than 0 %').max(100),
});
export type EmissionsSettings = z.infer<typeof emissionsSettingsSchema>;

export const runTotalsSchema = z.object({
  scope1Co2eKg: z.number(),
  scope2LocationCo2eKg: z.number(),
  scope2MarketCo2eKg: z.number(),
  scope3Co2eKg: z.number(),
});

export const runSummarySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  createdAt: z.string(),
  reason: z.string(),
  factorSetIds: z.array(z.string()),
  pinnedFactorYear: z.number().int().nullable(),
  previousRunId: z.string().nullable(),
  figureCount: z.number().int(),
  totals: runTotalsSchema,
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const figureErrorSchema = z.object({ recordId: z.string(), message: z.string(), code: z.string().nullable() });

export const recalculateInputSchema = z.object({
  reason: z.string().trim().min(5, 'Say why you are recalculating (e.g. "2025 DESNZ factors published"); it is kept with the restatement').max(500),
});

export const recalculationSchema = z.object({
  run: runSummarySchema,
  restatementId: z.string().nullable(),
  baseYearChangePct: z.number().nullable(),
  baseYearRecalculationRequired: z.boolean(),
  errors: z.array(figureErrorSchema),
});

export const diffRowSchema = z.object({
  scope: z.number().int(),
  scope3Category: z.number().int().nullable(),
  siteId: z.string(),
  siteName: z.string(),
  method: z.string(),
  beforeCo2eKg: z.number(),
  afterCo2eKg: z.number(),
  changeCo2eKg: z.number(),
  changePct: z.number().nullable(),
});

export const runDiffSchema = z.object({
  fromRun: runSummarySchema,
  toRun: runSummarySchema,
  rows: z.array(diffRowSchema),
  factorSetsAdded: z.array(z.string()),
  factorSetsRemoved: z.array(z.string()),
  baseYear: z.object({
    year: z.number().int(),
    start: z.string(),
    end: z.string(),
    beforeCo2eKg: z.number(),
    afterCo2eKg: z.number(),
    changePct: z.number().nullable(),
  }),
});
export type RunDiffView = z.infer<typeof runDiffSchema>;

export const restatementSchema = z.object({
  id: z.string(),
  fromRunId: z.string(),
  toRunId: z.string(),
  fromRunNumber: z.number().int(),
  toRunNumber: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
  baseYearChangePct: z.number().nullable(),
  thresholdPct: z.number(),
  baseYearRecalculationRequired: z.boolean(),
});

export const dataQualityTiers = ['metered', 'invoice', 'estimate', 'spend', 'proxy'] as const;
export const recordSources = ['manual', 'import', 'connector', 'sample'] as const;

export const activityRecordInputSchema = z
  .object({
    siteId: z.string().min(1, 'Choose a site'),
    activityId: z.string().min(1, 'Choose what was used or done'),
    periodStart: isoDate,
    periodEnd: isoDate,
    quantity: z.number().finite().min(0, 'The quantity cannot be negative'),
    unit: z.string().min(1, 'Choose a unit'),
    options: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).nullable().optional().transform((v) => v ?? null),
    description: z.string().trim().max(500).nullable().optional().transform((v) => v || null),
    dataQuality: z.enum(dataQualityTiers),
    meter: z.string().trim().max(100).nullable().optional().transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.periodEnd < value.periodStart) ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period must end on or after its start' });
  });

export const activityRecordSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  activityId: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  quantity: z.number(),
  unit: z.string(),
  options: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).nullable(),
  source: z.enum(recordSources),
  sourceRef: z.string().nullable(),
  description: z.string().nullable(),
  dataQuality: z.enum(dataQualityTiers),
  meter: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActivityRecordView = z.infer<typeof activityRecordSchema>;

/** One stored figure with the snapshot of how it was made (provenance kept as stored JSON). */
export const figureSchema = z.object({
  id: z.number().int(),
  runId: z.string(),
  activityRecordId: z.string(),
  role: z.string(),
  scope: z.number().int(),
  scope3Category: z.number().int().nullable(),
  method: z.string(),
  co2eKg: z.number(),
  co2Kg: z.number().nullable(),
  ch4Kg: z.number().nullable(),
  n2oKg: z.number().nullable(),
  quantity: z.number(),
  quantityUnit: z.string(),
  factorSetId: z.string().nullable(),
  factorId: z.number().int().nullable(),
  factorRowNumber: z.number().int().nullable(),
  factorValue: z.number(),
  factorUnit: z.string(),
  factorYear: z.number().int().nullable(),
  marketStep: z.string().nullable(),
  provenance: z.record(z.string(), z.unknown()),
  notes: z.array(z.string()),
});
export type FigureView = z.infer<typeof figureSchema>;
