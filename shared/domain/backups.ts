import { z } from 'zod';
import { workspaceSummarySchema } from './workspace';

/**
 * daily: made automatically (pruned by the retention setting); manual: "Back up now" (never pruned);
 * before-restore: the state just before a restore replaced it (never pruned); pre-migration: made
 * before the app upgraded the workspace to a new format (never pruned).
 */
export const backupKinds = ['daily', 'manual', 'before-restore', 'pre-migration'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupEntrySchema = z.object({
  /** The file name only, inside the workspace's backups folder: the renderer never handles paths. */
  file: z.string(),
  kind: z.enum(backupKinds),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  /** Read from the backup itself; null when it cannot be read. */
  organisationName: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupListSchema = z.object({
  folder: z.string(),
  backups: z.array(backupEntrySchema),
});
export type BackupList = z.infer<typeof backupListSchema>;

// A bare file name: no folders, so nothing outside the backups folder can be named.
export const backupFileInputSchema = z.object({
  file: z
    .string()
    .min(1)
    .max(255)
    .refine((f) => !/[/\\]/.test(f) && f !== '.' && f !== '..', 'Give the backup file name only, without a folder'),
});

export const backupPreviewSchema = backupEntrySchema.extend({
  sites: z.array(z.string()),
  activityRecords: z.number().int(),
  /** First and last day covered by activity data (yyyy-mm-dd), null when there is none. */
  activityFrom: z.string().nullable(),
  activityTo: z.string().nullable(),
  imports: z.number().int(),
  calculationRuns: z.number().int(),
  publishedReports: z.number().int(),
  auditEntries: z.number().int(),
  schemaVersion: z.string(),
  /** Compared with this app: older backups are upgraded when restored, newer ones cannot be restored. */
  schemaStatus: z.enum(['current', 'older', 'newer']),
  integrity: z.object({ ok: z.boolean(), message: z.string() }),
});
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

export const MAX_KEEP_DAILY = 365;
export const backupSettingsSchema = z.object({
  automaticDaily: z.boolean(),
  /** How many automatic daily backups to keep; older ones are deleted. Manual backups are never deleted. */
  keepDaily: z.number().int().min(1, 'Keep at least 1 daily backup').max(MAX_KEEP_DAILY, `Keep at most ${MAX_KEEP_DAILY} daily backups`),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export const defaultBackupSettings: BackupSettings = { automaticDaily: true, keepDaily: 14 };

export const backupCreateResultSchema = z.object({ backup: backupEntrySchema, pruned: z.array(z.string()) });

export const restoreResultSchema = z.object({
  restoredFrom: z.string(),
  /** The backup of the state the restore replaced, so the restore itself can be undone. */
  safetyBackup: z.string(),
  workspace: workspaceSummarySchema,
});

export const WORKSPACE_EXPORT_EXTENSION = '.crworkspace';

export const workspaceExportSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int(),
  contentBase64: z.string(),
});

// The browser sends the file gzip-compressed (a workspace is mostly factor tables, ~8× smaller
// compressed), which keeps a typical workspace well inside the local server's 40 MB request limit.
export const MAX_WORKSPACE_UPLOAD_BASE64 = 38 * 1024 * 1024;
export const workspaceImportInputSchema = z.object({
  fileName: z.string().trim().min(1).max(260),
  compression: z.enum(['gzip', 'none']),
  contentBase64: z
    .string()
    .min(1, 'The file is empty')
    .max(MAX_WORKSPACE_UPLOAD_BASE64, 'The file is too large to open here: copy it into the workspaces folder and open it from the start page instead')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content is not base64'),
});

export const workspaceImportResultSchema = z.object({
  workspace: workspaceSummarySchema,
  /** The file name it was given in the data folder (never an existing workspace's). */
  savedAs: z.string(),
});
