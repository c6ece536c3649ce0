import { z } from 'zod';

// Files cross the contract as base64 (the browser build has no file paths; the desktop build will
// pass paths chosen in native dialogs). 25 MB of file is plenty for bills; bigger half-hourly
// exports go through `carbonrecycling import`.
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const fileContent = z.object({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z
    .string()
    .max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'The file is larger than 25 MB: import it with the command line (carbonrecycling import)')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content is not base64'),
});

const columnName = z.string().trim().min(1).max(200);

/** A mapping made in the wizard: which column holds what (by header name), or a value fixed for the file. */
export const columnMappingSchema = z
  .object({
    dateColumn: columnName.nullable(),
    periodStartColumn: columnName.nullable(),
    periodEndColumn: columnName.nullable(),
    quantityColumn: columnName,
    unitColumn: columnName.nullable(),
    fixedUnit: z.string().trim().min(1).max(40).nullable(),
    activityColumn: columnName.nullable(),
    fixedActivityId: z.string().trim().min(1).max(120).nullable(),
    siteColumn: columnName.nullable(),
    meterColumn: columnName.nullable(),
    descriptionColumn: columnName.nullable(),
    dataQuality: z.enum(['metered', 'invoice', 'estimate', 'spend', 'proxy']),
    /** Remembered with a saved layout, so the next file is read the same way. */
    decimalMark: z.enum(['.', ',']).optional(),
    dateFormat: z.enum(['dmy', 'mdy', 'ymd', 'excel-1900', 'excel-1904']).nullable().optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.dateColumn && !(m.periodStartColumn && m.periodEndColumn)) {
      ctx.addIssue({ code: 'custom', path: ['dateColumn'], message: 'Choose a date column, or both a period start and a period end column' });
    }
    if (!m.unitColumn && !m.fixedUnit) ctx.addIssue({ code: 'custom', path: ['unitColumn'], message: 'Choose the unit column, or the unit every row is in' });
    if (!m.activityColumn && !m.fixedActivityId) ctx.addIssue({ code: 'custom', path: ['activityColumn'], message: 'Choose the activity column, or what every row is' });
  });
export type ColumnMappingInput = z.input<typeof columnMappingSchema>;

export const savedMappingSchema = z.object({ id: z.string(), name: z.string(), headerSignature: z.string(), mapping: columnMappingSchema, createdAt: z.string() });

export const importOptionsSchema = z.object({
  mapping: columnMappingSchema.optional(),
  saveMappingAs: z.string().trim().min(2, 'Give the layout a name of at least 2 characters').max(100).optional(),
  profileId: z.string().min(1).max(100).optional(),
  siteId: z.string().min(1).nullable().optional(),
  dateFormat: z.enum(['dmy', 'mdy', 'ymd', 'excel-1900', 'excel-1904']).nullable().optional(),
  decimalMark: z.enum(['.', ',']).optional(),
  overlap: z.enum(['ask', 'replace', 'keep-both', 'skip']).optional(),
  /** For gas meters read in m³: the calorific value printed on the gas bill. */
  gasCalorificValueMjPerM3: z.number().gt(0).lt(100, 'The calorific value is in MJ/m³, about 39 for UK gas').nullable().optional(),
  /** What an interval export measures when the file does not say. */
  meterFuel: z.enum(['electricity', 'gas']).nullable().optional(),
});

export const importPreviewInputSchema = fileContent;
export const importRunInputSchema = fileContent.extend({ options: importOptionsSchema.default({}) });

export const rowRejectSchema = z.object({ rowNumber: z.number().int(), column: z.string().nullable(), reason: z.string() });

export const importPreviewSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  encoding: z.string(),
  delimiter: z.string(),
  headerRowNumber: z.number().int(),
  header: z.array(z.string()),
  sampleRows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
  rowsTotal: z.number().int(),
  preamble: z.array(z.string()),
  skipped: z.array(z.object({ rowNumber: z.number().int(), reason: z.string() })),
  profile: z.object({ id: z.string(), label: z.string() }).nullable(),
  previousImport: z.object({ id: z.string(), importedAt: z.string(), fileName: z.string() }).nullable(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importOutcomeSchema = z.object({
  status: z.enum(['imported', 'already-imported', 'nothing-imported', 'needs-decision']),
  importId: z.string().nullable(),
  fileName: z.string(),
  profileId: z.string(),
  encoding: z.string(),
  rowsTotal: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  rowsDuplicate: z.number().int(),
  intervalsImported: z.number().int(),
  rejects: z.array(rowRejectSchema),
  warnings: z.array(z.string()),
  conflicts: z.array(
    z.object({
      rowNumber: z.number().int(),
      supersedesEstimate: z.boolean(),
      sameFileRowNumber: z.number().int().nullable(),
      existing: z.object({ id: z.string(), periodStart: z.string(), periodEnd: z.string(), quantity: z.number(), unit: z.string(), estimated: z.boolean(), importId: z.string().nullable() }),
    }),
  ),
  perActivity: z.array(z.object({ activityId: z.string(), unit: z.string(), quantity: z.number(), co2eKg: z.number() })),
  co2eKgAdded: z.number(),
  previousImport: z.object({ id: z.string(), importedAt: z.string(), fileName: z.string() }).nullable(),
});
export type ImportOutcomeView = z.infer<typeof importOutcomeSchema>;

export const importHistoryEntrySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  encoding: z.string(),
  profileId: z.string(),
  importedAt: z.string(),
  status: z.enum(['imported', 'undone']),
  undoneAt: z.string().nullable(),
  rowsTotal: z.number().int(),
  rowsImported: z.number().int(),
  rowsRejected: z.number().int(),
  rowsDuplicate: z.number().int(),
  intervalsImported: z.number().int(),
  warnings: z.array(z.string()),
});

export const importProfileSchema = z.object({ id: z.string(), label: z.string(), description: z.string() });
