import { gunzipSync } from 'node:zlib';
import { basename } from 'node:path';
import { listBackupFiles } from '../../backups/backup-files';
import {
  backupsToPrune,
  createBackup,
  listBackups,
  previewBackup,
  pruneDailyBackups,
  readBackupSettings,
  writeBackupSettings,
} from '../../backups/backup-service';
import { restoreBackup } from '../../backups/restore';
import { importsClosed } from '../../importers/import-runner';
import { exportWorkspaceBytes, importWorkspaceBytes } from '../../backups/workspace-transfer';
import { AppFailure } from '../../errors';
import type { HandlerGroup } from '../types';

/** Far above any real workspace; stops a tiny gzip "bomb" from filling memory. */
const MAX_WORKSPACE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function uploadedBytes(contentBase64: string, compression: 'gzip' | 'none', fileName: string): Buffer {
  const raw = Buffer.from(contentBase64, 'base64');
  if (compression === 'none') return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: MAX_WORKSPACE_BYTES });
  } catch (error) {
    throw new AppFailure('VALIDATION', `${fileName} could not be read after upload (${(error as Error).message}). Try opening it again.`);
  }
}

export const backupHandlers: HandlerGroup<
  | 'backups.list'
  | 'backups.create'
  | 'backups.preview'
  | 'backups.restore'
  | 'backups.settings.get'
  | 'backups.settings.update'
  | 'workspaces.export'
  | 'workspaces.import'
> = {
  'backups.list': (_input, ctx) => listBackups(ctx.workspaces.require()),
  'backups.create': (_input, ctx) => {
    const backup = createBackup(ctx.workspaces.require(), 'manual', ctx.now());
    ctx.write(['backups'], (_db, audit) =>
      audit({ action: 'create', entity: 'backup', entityId: backup.file, summary: `Backed up the workspace by hand: ${backup.file} (${megabytes(backup.sizeBytes)})`, before: null, after: backup }),
    );
    return { backup, pruned: [] };
  },
  'backups.preview': (input, ctx) => previewBackup(ctx.workspaces.require(), input.file, ctx.workspaces.locations.migrationsDir),
  'backups.restore': async (input, ctx) => {
    await importsClosed();
    const outcome = restoreBackup(ctx.workspaces, input.file, ctx.now());
    // Recorded in the restored file (after reopening), so the log itself says the history was rewound.
    ctx.write(['backups', 'workspace'], (_db, audit) =>
      audit({
        action: 'update',
        entity: 'workspace',
        entityId: outcome.restoredFrom,
        summary: `Restored the workspace from the backup made ${outcome.restoredFromCreatedAt} (${outcome.restoredFrom}); the state before the restore is kept as ${outcome.safetyBackup}`,
        before: { backup: outcome.safetyBackup },
        after: { backup: outcome.restoredFrom },
      }),
    );
    ctx.emit('workspace.changed', { path: outcome.workspace.path });
    return { restoredFrom: outcome.restoredFrom, safetyBackup: outcome.safetyBackup, workspace: outcome.workspace };
  },
  'backups.settings.get': (_input, ctx) => readBackupSettings(ctx.workspaces.require().db),
  'backups.settings.update': (input, ctx) => {
    const ws = ctx.workspaces.require();
    const doomed = backupsToPrune(listBackupFiles(ws.path), input.keepDaily);
    ctx.write(['backups'], (db, audit) => {
      const before = readBackupSettings(db);
      writeBackupSettings(db, input);
      const deleting = doomed.length ? `; ${doomed.length} older daily backup(s) deleted` : '';
      audit({ action: 'update', entity: 'backup-settings', entityId: 'workspace', summary: `Changed backup settings: automatic daily backups ${input.automaticDaily ? 'on' : 'off'}, keep ${input.keepDaily}${deleting}`, before, after: input });
    });
    // Files are deleted only once the setting is saved: a failed save leaves every backup in place.
    pruneDailyBackups(ws, input.keepDaily);
    return input;
  },
  'workspaces.export': (_input, ctx) => {
    const ws = ctx.workspaces.require();
    const { fileName, bytes } = exportWorkspaceBytes(ws, ctx.now());
    ctx.write(['backups'], (_db, audit) =>
      audit({ action: 'create', entity: 'workspace-export', entityId: fileName, summary: `Exported the whole workspace as ${fileName} (${megabytes(bytes.length)})`, before: null, after: { fileName, sizeBytes: bytes.length } }),
    );
    return { fileName, sizeBytes: bytes.length, contentBase64: bytes.toString('base64') };
  },
  'workspaces.import': async (input, ctx) => {
    await importsClosed();
    const bytes = uploadedBytes(input.contentBase64, input.compression, input.fileName);
    const { workspace, path } = importWorkspaceBytes(ctx.workspaces, input.fileName, bytes);
    const savedAs = basename(path);
    ctx.write(['workspace'], (_db, audit) =>
      audit({ action: 'create', entity: 'workspace', entityId: savedAs, summary: `Opened the workspace file ${input.fileName} and saved it as ${savedAs}`, before: null, after: { fileName: input.fileName, savedAs, sizeBytes: bytes.length } }),
    );
    ctx.emit('workspace.changed', { path: workspace.path });
    return { workspace, savedAs };
  },
};
