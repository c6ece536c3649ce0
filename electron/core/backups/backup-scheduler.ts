import type { EventName } from '../../../shared/ipc/channels';
import { events } from '../../../shared/ipc/contract';
import type { HandlerContext } from '../ipc/types';
import type { Logger } from '../logger';
import type { WorkspaceManager } from '../workspaces/workspace-manager';
import { runDailyBackupIfDue } from './backup-service';

/** Checked this often while a workspace stays open, so an app left running for days still gets one backup a day. */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

// Node's timers, unref'd so a pending check never keeps a process alive on its own.
const nodeTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export interface AutomaticBackupDeps {
  workspaces: WorkspaceManager;
  now: () => Date;
  logger: Logger;
  write: HandlerContext['write'];
  /** Subscribes to the backend's own events; returns the unsubscribe function. */
  subscribe(listener: (name: EventName, payload: unknown) => void): () => void;
  timers?: Timers;
}

/** One daily check: backs up the open workspace if today's backup is missing, and records it in the audit log. */
export function checkDailyBackup(deps: Pick<AutomaticBackupDeps, 'workspaces' | 'now' | 'logger' | 'write'>): void {
  const ws = deps.workspaces.current;
  if (!ws) return;
  try {
    const made = runDailyBackupIfDue(ws, deps.now());
    if (!made) return;
    deps.write(['backups'], (_db, audit) =>
      audit({
        action: 'create',
        entity: 'backup',
        entityId: made.backup.file,
        summary: `Automatic daily backup ${made.backup.file}${made.pruned.length ? `; deleted ${made.pruned.length} older daily backup(s)` : ''}`,
        before: null,
        after: { file: made.backup.file, sizeBytes: made.backup.sizeBytes, pruned: made.pruned },
      }),
    );
  } catch (error) {
    // A failed automatic backup must not break the app; it is logged and tried again at the next check.
    deps.logger.warn('automatic daily backup failed', { error: (error as Error).message });
  }
}

/**
 * Runs the daily check just after a workspace opens (deferred, so opening answers first) and every
 * hour while it stays open. Returns the function that stops it.
 */
export function startAutomaticBackups(deps: AutomaticBackupDeps): () => void {
  const timers = deps.timers ?? nodeTimers;
  const check = () => checkDailyBackup(deps);
  const unsubscribe = deps.subscribe((name, payload) => {
    if (name !== 'workspace.changed') return;
    const parsed = events['workspace.changed'].safeParse(payload);
    if (parsed.success && parsed.data.path) timers.setTimeout(check, 0);
  });
  const interval = timers.setInterval(check, DAILY_CHECK_INTERVAL_MS);
  return () => {
    unsubscribe();
    timers.clearInterval(interval);
  };
}
