import { z } from 'zod';

// The activity catalogue and calculation results as they cross the IPC boundary. The catalogue
// itself lives in electron/core/emissions/catalogue; these schemas describe what the renderer and
// the CLI see of it.

const scopeSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const scope3CategorySchema = z.number().int().min(1).max(15).nullable();
export const calculationMethodSchema = z.enum(['activity', 'spend', 'location-based', 'market-based', 'time-matched']);

/** A selector field: one spelling, several (renamed between years), or "*" (any value). */
const selectorFieldSchema = z.union([z.string(), z.array(z.string())]);
export const rowSelectorSchema = z.object({
  scope: selectorFieldSchema,
  level1: selectorFieldSchema,
  level2: selectorFieldSchema,
  level3: selectorFieldSchema,
  level4: selectorFieldSchema,
  columnText: selectorFieldSchema,
});
export type RowSelector = z.infer<typeof rowSelectorSchema>;

export const unitOptionSchema = z.object({ id: z.string(), label: z.string() });

export const activityComponentSchema = z.object({
  role: z.string(),
  label: z.string(),
  scope: scopeSchema,
  scope3Category: scope3CategorySchema,
  method: calculationMethodSchema,
  dataset: z.string(),
  selector: rowSelectorSchema,
  /** Spellings used only in some set years (e.g. the 2022 Level 4 "2020" quirk). */
  yearOverrides: z.array(z.object({ from: z.number().int(), to: z.number().int(), selector: rowSelectorSchema.partial() })),
  /** The units the factor rows are published in, with their UOM label(s) (and Column Text where it differs by unit). */
  factorUnits: z.array(z.object({ unit: z.string(), label: z.string(), uom: selectorFieldSchema, columnText: selectorFieldSchema.optional() })),
  optional: z.boolean(),
});

export const activitySchema = z.object({
  id: z.string(),
  label: z.string(),
  description: z.string(),
  category: z.string(),
  family: z.string().nullable(),
  dataset: z.string(),
  scope: scopeSchema,
  scope3Category: scope3CategorySchema,
  acceptedUnits: z.array(unitOptionSchema),
  defaultUnit: z.string(),
  /** Natural gas: accepts m³ with a calorific value. */
  gasVolume: z.boolean(),
  warnings: z.array(z.string()),
  keywords: z.array(z.string()),
  components: z.array(activityComponentSchema),
});
export type Activity = z.infer<typeof activitySchema>;
export type ActivityComponent = z.infer<typeof activityComponentSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD');

export const calculationOptionsSchema = z
  .object({
    gasCalorificValueMjPerM3: z.number().gt(0, 'The calorific value must be above 0').lt(100, 'The calorific value is in MJ/m³ (UK gas is about 38–40)').optional(),
  })
  .strict();

export const emissionsPreviewInputSchema = z
  .object({
    activityId: z.string().min(1, 'Choose an activity'),
    quantity: z.number({ error: 'Enter a number' }).min(0, 'The quantity cannot be negative'),
    unit: z.string().min(1, 'Choose a unit'),
    periodStart: isoDate,
    periodEnd: isoDate,
    options: calculationOptionsSchema.optional(),
  })
  .strict()
  .refine((v) => v.periodEnd >= v.periodStart, { message: 'The period must end on or after the day it starts', path: ['periodEnd'] });
export type EmissionsPreviewInput = z.input<typeof emissionsPreviewInputSchema>;

export const factorProvenanceSchema = z.object({
  setId: z.string(),
  dataset: z.string(),
  publisher: z.string(),
  setTitle: z.string(),
  year: z.number().int(),
  version: z.string(),
  verified: z.boolean(),
  caveat: z.string().nullable(),
  factorId: z.number().int().nullable(),
  rowNumber: z.number().int(),
  externalId: z.string().nullable(),
  path: z.object({ scope: z.string(), level1: z.string(), level2: z.string(), level3: z.string(), level4: z.string(), columnText: z.string(), uom: z.string(), ghgUnit: z.string() }),
  value: z.number(),
  unit: z.string(),
  derivation: z.string().nullable().optional(),
});
export type FactorProvenanceDto = z.infer<typeof factorProvenanceSchema>;

export const emissionComponentSchema = z.object({
  role: z.string(),
  label: z.string(),
  scope: scopeSchema,
  scope3Category: scope3CategorySchema,
  method: calculationMethodSchema,
  co2eKg: z.number(),
  gases: z.object({ co2Kg: z.number(), ch4Kg: z.number(), n2oKg: z.number() }).nullable(),
  quantity: z.number(),
  quantityUnit: z.string(),
  provenance: factorProvenanceSchema,
  notes: z.array(z.string()),
});
export type EmissionComponentDto = z.infer<typeof emissionComponentSchema>;

export const calculationResultSchema = z.object({
  activityId: z.string(),
  factorYear: z.number().int(),
  factorYearReason: z.string(),
  input: z.object({ quantity: z.number(), unit: z.string(), periodStart: z.string(), periodEnd: z.string() }),
  components: z.array(emissionComponentSchema),
  totalCo2eKg: z.number(),
  warnings: z.array(z.string()),
});
export type CalculationResultDto = z.infer<typeof calculationResultSchema>;
