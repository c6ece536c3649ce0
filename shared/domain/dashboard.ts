import { z } from 'zod';
import { figureSchema } from './calculations';

/** Emissions of one slice, Scope 2 both ways (location-based and market-based side by side). */
export const scopeTotalsSchema = z.object({
  scope1Co2eKg: z.number(),
  scope2LocationCo2eKg: z.number(),
  scope2MarketCo2eKg: z.number(),
  scope3Co2eKg: z.number(),
});
export type ScopeTotals = z.infer<typeof scopeTotalsSchema>;

const reportingYear = z.number().int().min(1990).max(2100);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM');
const sourceKind = z.enum(['import', 'manual', 'connector', 'sample']);

/** Percentage change against the previous reporting year; null where that year had nothing. */
const changeSchema = z.object({
  scope1Pct: z.number().nullable(),
  scope2LocationPct: z.number().nullable(),
  scope2MarketPct: z.number().nullable(),
  scope3Pct: z.number().nullable(),
  totalLocationPct: z.number().nullable(),
  totalMarketPct: z.number().nullable(),
});

const qualityAmount = z.object({ co2eKg: z.number(), figureCount: z.number().int() });

export const intensityMetricsSchema = z.object({
  year: reportingYear,
  turnoverGbp: z.number().nullable(),
  employeesFte: z.number().nullable(),
  /** As entered; null means "use the sites' floor areas". */
  floorAreaM2: z.number().nullable(),
  sitesFloorAreaM2: z.number().nullable(),
  updatedAt: z.string().nullable(),
});
export type IntensityMetrics = z.infer<typeof intensityMetricsSchema>;

export const intensityMetricsInputSchema = z.object({
  year: reportingYear,
  turnoverGbp: z.number().positive('Turnover must be more than £0').max(1e13).nullable(),
  employeesFte: z.number().positive('Full-time equivalent employees must be more than 0').max(1e7).nullable(),
  floorAreaM2: z.number().positive('Floor area must be more than 0 m²').max(1e9).nullable(),
});

/** kg CO2e per unit of the denominator (£1m, one FTE, one m²), both Scope 2 methods; null when the denominator is unknown. */
const ratio = z.object({ locationCo2eKg: z.number(), marketCo2eKg: z.number() }).nullable();

export const dashboardSummarySchema = z.object({
  year: reportingYear,
  startMonth: z.number().int().min(1).max(12),
  window: z.object({ start: z.string(), end: z.string() }),
  /** Reporting years (named by the calendar year they start in) that have any figures. */
  availableYears: z.array(z.number().int()),
  run: z.object({ id: z.string(), number: z.number().int(), createdAt: z.string() }).nullable(),
  figureCount: z.number().int(),
  totals: scopeTotalsSchema,
  previous: z.object({ year: z.number().int(), figureCount: z.number().int(), totals: scopeTotalsSchema }),
  change: changeSchema,
  monthly: z.array(scopeTotalsSchema.extend({ month })),
  bySite: z.array(scopeTotalsSchema.extend({ siteId: z.string(), siteName: z.string() })),
  bySource: z.array(scopeTotalsSchema.extend({ source: z.string(), importId: z.string().nullable(), fileName: z.string().nullable() })),
  byCategory: z.array(scopeTotalsSchema.extend({ scope: z.number().int(), scope3Category: z.number().int().nullable() })),
  byActivity: z.array(scopeTotalsSchema.extend({ activityId: z.string(), label: z.string() })),
  intensity: z.object({
    metrics: intensityMetricsSchema,
    floorAreaUsedM2: z.number().nullable(),
    floorAreaFromSites: z.boolean(),
    perMillionGbp: ratio,
    perFte: ratio,
    perM2: ratio,
  }),
  dataQuality: z.object({
    /** Location-based basis (market-based slices would count electricity twice). */
    estimated: qualityAmount,
    proxy: qualityAmount,
    spend: qualityAmount,
    unverifiedFactorSets: z.array(z.object({ setId: z.string(), title: z.string(), co2eKg: z.number(), figureCount: z.number().int() })),
    missingMonths: z.array(
      z.object({
        siteId: z.string(),
        siteName: z.string(),
        activityId: z.string(),
        activityLabel: z.string(),
        meter: z.string().nullable(),
        sources: z.array(z.string()),
        missing: z.array(month),
      }),
    ),
  }),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

/** Which figures a bar or total stands for. Every field narrows; none means the whole year. */
export const drillDownFilterSchema = z
  .object({
    month: month.optional(),
    scope: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    /** location: leave out market-based Scope 2; market: leave out location-based Scope 2. */
    basis: z.enum(['location', 'market']).optional(),
    scope3Category: z.number().int().min(1).max(15).nullable().optional(),
    siteId: z.string().min(1).optional(),
    activityId: z.string().min(1).optional(),
    source: sourceKind.optional(),
    /** An import's id, or null for records that came from no file. */
    importId: z.string().min(1).nullable().optional(),
    dataQuality: z.enum(['metered', 'invoice', 'estimate', 'spend', 'proxy']).optional(),
    estimated: z.boolean().optional(),
    factorSetId: z.string().min(1).optional(),
  })
  .strict();
export type DrillDownFilter = z.infer<typeof drillDownFilterSchema>;

export const drillDownInputSchema = z
  .object({
    year: reportingYear,
    filter: drillDownFilterSchema.default({}),
    limit: z.number().int().min(1).max(200).default(25),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const drillDownRowSchema = z.object({
  figure: figureSchema,
  siteId: z.string(),
  siteName: z.string(),
  activityId: z.string(),
  activityLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The part of the figure that falls in the window asked for (apportioned by days). */
  co2eKgInWindow: z.number(),
  record: z
    .object({
      source: z.string(),
      dataQuality: z.string(),
      estimated: z.boolean(),
      meter: z.string().nullable(),
      description: z.string().nullable(),
      sourceRef: z.string().nullable(),
    })
    .nullable(),
  evidence: z.object({ importId: z.string(), fileName: z.string() }).nullable(),
  factorSet: z.object({ id: z.string(), title: z.string(), year: z.number().int(), verified: z.boolean() }).nullable(),
});
export type DrillDownRow = z.infer<typeof drillDownRowSchema>;

export const drillDownPageSchema = z.object({
  window: z.object({ start: z.string(), end: z.string() }),
  total: z.number().int(),
  rows: z.array(drillDownRowSchema),
});
export type DrillDownPage = z.infer<typeof drillDownPageSchema>;

export const evidenceFileSchema = z.object({ fileName: z.string(), contentBase64: z.string(), sizeBytes: z.number().int() });
