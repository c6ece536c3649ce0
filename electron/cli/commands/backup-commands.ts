import { basename, dirname, resolve } from 'node:path';
import type { BackupEntry } from '../../../shared/domain/backups';
import { exportWorkspaceTo } from '../../core/backups/workspace-transfer';
import { AppFailure } from '../../core/errors';
import type { CliContext } from '../context';
import { CliError } from '../output';
import type { ParsedArgs } from '../args';

function sizeText(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function backupLine(b: BackupEntry): string {
  return `${b.createdAt}\t${b.kind}\t${sizeText(b.sizeBytes)}\t${b.file}`;
}

/** `backup restore` takes the name shown by `backup list`, or a path to a file in the workspace's backups folder. */
function backupName(arg: string, folder: string): string {
  if (!/[/\\]/.test(arg)) return arg;
  if (dirname(resolve(arg)) !== resolve(folder)) {
    throw new CliError('VALIDATION', `Restore takes one of this workspace's backups, from ${folder}. See them with: carbonrecycling backup list --workspace <path>`);
  }
  return basename(arg);
}

export async function backupCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [sub, file] = args.positionals;
  await ctx.openWorkspace(args.string('workspace'));
  if (sub === 'create') {
    const { backup } = await ctx.invoke('backups.create', {});
    ctx.out.result(backup, () => `Backed up to ${backup.file} (${sizeText(backup.sizeBytes)})`);
    return;
  }
  if (sub === 'list' || sub === undefined) {
    const list = await ctx.invoke('backups.list', {});
    ctx.out.result(list, () =>
      list.backups.length
        ? [`Backups in ${list.folder}:`, ...list.backups.map(backupLine)].join('\n')
        : `No backups yet in ${list.folder}. Make one with: carbonrecycling backup create --workspace <path>`,
    );
    return;
  }
  if (sub === 'restore') {
    if (!file) throw new CliError('VALIDATION', 'Usage: carbonrecycling backup restore <backup file> --workspace <path>');
    const list = await ctx.invoke('backups.list', {});
    const restored = await ctx.invoke('backups.restore', { file: backupName(file, list.folder) });
    ctx.out.result(restored, () => `Restored ${restored.workspace.path} from ${restored.restoredFrom}.\nThe state before the restore is kept as ${restored.safetyBackup}.`);
    return;
  }
  throw new CliError('VALIDATION', `Unknown backup command "${sub}". Use: backup create | backup list | backup restore <file>`);
}

export async function workspaceExportCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const out = args.positionals[1];
  if (!out) throw new CliError('VALIDATION', 'Usage: carbonrecycling workspace export <out file> --workspace <path>');
  await ctx.openWorkspace(args.string('workspace'));
  try {
    const written = exportWorkspaceTo(ctx.backend.workspaces.require(), out);
    ctx.backend.write(['backups'], (_db, audit) =>
      audit({ action: 'create', entity: 'workspace-export', entityId: basename(written.path), summary: `Exported the whole workspace to ${written.path} (${sizeText(written.sizeBytes)})`, before: null, after: written }),
    );
    ctx.out.result(written, () => `Exported the workspace to ${written.path} (${sizeText(written.sizeBytes)})`);
  } catch (error) {
    if (error instanceof AppFailure) throw CliError.from(error.toAppError());
    throw error;
  }
}
