import { z } from 'zod';

// One model for every report (SECR, Carbon Reduction Plan, GHG inventory): the builders in
// electron/core/reports produce a ReportDocument from a calculation run; the renderers turn the
// same document into PDF, XLSX, CSV and the on-screen preview. A published report stores its
// document as JSON, so reopening it shows exactly the numbers it was published with.

export const reportKinds = ['secr', 'crp', 'ghg'] as const;
export const reportKindSchema = z.enum(reportKinds);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const reportFormats = ['pdf', 'xlsx', 'csv', 'json'] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

const cellSchema = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof cellSchema>;

export const reportColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Unit shown in the header ("kWh", "t CO2e"); numbers are stored unrounded. */
  unit: z.string().nullable(),
  /** How a number is shown: decimals for 'number', a percentage for 'percent'. */
  format: z.enum(['text', 'number', 'percent', 'date']),
  decimals: z.number().int().min(0).max(10),
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;

export const reportBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({
    kind: z.literal('keyFigures'),
    items: z.array(z.object({ label: z.string(), value: z.number().nullable(), unit: z.string(), decimals: z.number().int(), note: z.string().nullable() })),
  }),
  z.object({
    kind: z.literal('table'),
    /** Stable id, also the XLSX sheet name stem and the CSV section name. */
    id: z.string(),
    title: z.string(),
    columns: z.array(reportColumnSchema),
    rows: z.array(z.record(z.string(), cellSchema)),
    /** A total row, shown last and in bold. */
    totals: z.record(z.string(), cellSchema).nullable(),
    footnote: z.string().nullable(),
    /**
     * When set, the XLSX export writes `resultKey` as a live formula (quantity × factor ÷ divisor)
     * so a verifier can recompute each figure; the stored value is checked against it.
     */
    recompute: z.object({ quantityKey: z.string(), factorKey: z.string(), resultKey: z.string(), divisor: z.number() }).nullable(),
  }),
  z.object({
    kind: z.literal('chart'),
    title: z.string(),
    chartType: z.enum(['bar', 'stackedBar']),
    unit: z.string(),
    categories: z.array(z.string()),
    series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
  }),
  z.object({ kind: z.literal('warning'), text: z.string() }),
  z.object({ kind: z.literal('signOff'), name: z.string().nullable(), role: z.string().nullable(), date: z.string().nullable(), statement: z.string() }),
]);
export type ReportBlock = z.infer<typeof reportBlockSchema>;
export type ReportTable = Extract<ReportBlock, { kind: 'table' }>;
export type ReportChart = Extract<ReportBlock, { kind: 'chart' }>;

export const reportSectionSchema = z.object({ id: z.string(), title: z.string(), blocks: z.array(reportBlockSchema) });
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const reportDocumentSchema = z.object({
  kind: reportKindSchema,
  title: z.string(),
  organisationName: z.string(),
  companiesHouseNumber: z.string().nullable(),
  reportingYear: z.number().int(),
  /** ISO dates, inclusive. */
  periodStart: z.string(),
  periodEnd: z.string(),
  generatedAt: z.string(),
  runId: z.string(),
  runNumber: z.number().int(),
  /** SHA-256 of the canonical JSON of everything the report was built from. */
  inputsSha256: z.string(),
  /** True when built from a sample workspace: every export carries a "sample data" banner. */
  sample: z.boolean(),
  /** Problems a reader or buyer would reject the report for; shown first, never hidden. */
  warnings: z.array(z.string()),
  sections: z.array(reportSectionSchema),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
