import { z } from 'zod';

/** Which published dataset a factor set comes from (the same ids as resources/factors/<dataset>). */
export const factorDatasetIds = ['uk-desnz', 'us-egrid', 'ember', 'uk-eeio-sic'] as const;
export type FactorDatasetId = (typeof factorDatasetIds)[number];

/** The GHG/Unit label of a DESNZ total (all gases as CO2e); per-gas and kWh rows carry other labels. */
export const TOTAL_CO2E_UNIT = 'kg CO2e';

export const factorSetSchema = z.object({
  id: z.string(),
  dataset: z.enum(factorDatasetIds),
  title: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  version: z.string(),
  updatedOn: z.string().nullable(),
  /** The publisher's file this set was converted from. */
  sourceFile: z.string(),
  /** SHA-256 of the publisher's workbook as recorded (may be abbreviated in the sources). */
  sourceSha256: z.string().nullable(),
  /** SHA-256 of the shipped CSV this set was loaded from. */
  fileSha256: z.string(),
  licence: z.string().nullable(),
  /** False for data not checked against the publisher's original: the UI must say so. */
  verified: z.boolean(),
  caveat: z.string().nullable(),
  rowCount: z.number().int(),
  loadedAt: z.string(),
  /** Who confirmed an unverified set in this workspace, when, and against what. */
  confirmation: z.object({ by: z.string(), at: z.string(), note: z.string() }).nullable(),
});
export type FactorSet = z.infer<typeof factorSetSchema>;

export const factorSetConfirmSchema = z.object({
  setId: z.string().min(1),
  note: z
    .string()
    .trim()
    .min(20, 'Say what you checked the factors against (publication, table, date), in at least 20 characters')
    .max(1000),
});

/** A shipped file that was not loaded, e.g. its bytes no longer match the hash in its manifest. */
export const refusedFactorFileSchema = z.object({
  dataset: z.enum(factorDatasetIds),
  fileName: z.string(),
  reason: z.string(),
});
export type RefusedFactorFile = z.infer<typeof refusedFactorFileSchema>;

export const factorSetListSchema = z.object({
  sets: z.array(factorSetSchema),
  refused: z.array(refusedFactorFileSchema),
});
export type FactorSetList = z.infer<typeof factorSetListSchema>;

/** One factor with its full published identity, as stored (labels and text values verbatim). */
export const factorRowSchema = z.object({
  id: z.number().int(),
  setId: z.string(),
  dataset: z.enum(factorDatasetIds),
  setYear: z.number().int(),
  setVersion: z.string(),
  /** 1-based data row in the source CSV (header excluded). */
  rowNumber: z.number().int(),
  externalId: z.string().nullable(),
  scope: z.string(),
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  level4: z.string(),
  columnText: z.string(),
  uom: z.string(),
  ghgUnit: z.string(),
  /** Null where the published cell is blank or text; rawValue always holds it as published. */
  value: z.number().nullable(),
  rawValue: z.string(),
});
export type FactorRowView = z.infer<typeof factorRowSchema>;

export const FACTOR_SEARCH_MAX_LIMIT = 200;

export const factorSearchSchema = z.object({
  /** Whitespace-separated words; every word must appear in a level, column text, unit, ID or SIC code. Empty lists everything. */
  text: z.string().max(200).default(''),
  year: z.number().int().min(1990).max(2100).optional(),
  dataset: z.enum(factorDatasetIds).optional(),
  scope: z.string().max(40).optional(),
  /** Only the total rows (GHG/Unit "kg CO2e"), not per-gas or energy rows. */
  kgCo2eOnly: z.boolean().optional(),
  limit: z.number().int().min(1).max(FACTOR_SEARCH_MAX_LIMIT).default(50),
  offset: z.number().int().min(0).default(0),
});
export type FactorSearchInput = z.input<typeof factorSearchSchema>;

export const factorSearchResultSchema = z.object({
  rows: z.array(factorRowSchema),
  total: z.number().int(),
});
export type FactorSearchResult = z.infer<typeof factorSearchResultSchema>;

export const factorGetSchema = z.object({ id: z.number().int().positive() });

export const factorDetailSchema = z.object({ factor: factorRowSchema, set: factorSetSchema });
export type FactorDetail = z.infer<typeof factorDetailSchema>;
