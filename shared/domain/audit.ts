import { z } from 'zod';

export const auditActions = ['create', 'update', 'delete'] as const;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  entity: z.string(),
  entityId: z.string(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-04-30');

/** Which entries: every filter is optional, and the CSV export takes the same filters as the page. */
export const auditFilterSchema = z.object({
  entity: z.string().max(60).optional(),
  action: z.enum(auditActions).optional(),
  /** First and last day to include (yyyy-mm-dd, UTC days, both inclusive). */
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** Words to find in the summary or the record's id (case-insensitive). */
  search: z.string().trim().max(200).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditQuerySchema = auditFilterSchema.extend({
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
});

export const auditCsvSchema = z.object({ fileName: z.string(), csv: z.string(), entries: z.number().int() });

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  total: z.number().int(),
});
