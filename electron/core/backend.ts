import { userInfo } from 'node:os';
import type { EventName, ProcedureName } from '../../shared/ipc/channels';
import type { EventPayload, ProcedureInput, ProcedureOutput, Result } from '../../shared/ipc/contract';
import { recordAudit } from './audit/audit-repository';
import { startAutomaticBackups } from './backups/backup-scheduler';
import { factorsDirOf } from './emissions/library/shipped-sets';
import { handlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import type { AppMode, HandlerContext } from './ipc/types';
import { silentLogger, type Logger } from './logger';
import { findAppRoot, migrationsDirOf, readAppVersion } from './paths';
import type { SettingsStore } from './settings/settings-store';
import { createWorkspaceManager, type WorkspaceManager } from './workspaces/workspace-manager';

export interface BackendDeps {
  mode: AppMode;
  /** Where new workspaces are created by default. */
  dataDir: string;
  settings: SettingsStore;
  appRoot?: string;
  userName?: string;
  logger?: Logger;
  clock?: () => Date;
}

export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface Backend {
  /** Untyped entry for transports (IPC, HTTP): validates everything itself. */
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
  /** Typed entry for in-process callers (CLI, tests). */
  invoke<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<Result<ProcedureOutput<N>>>;
  onEvent(listener: EventListener): () => void;
  /** The same audited, transactional write the handlers use, for in-process callers (the CLI's large imports). */
  write: HandlerContext['write'];
  readonly workspaces: WorkspaceManager;
  readonly appVersion: string;
  close(): void;
}

function localUserName(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

/** The composition root: every capability is injected, so the same core runs under Electron, the server and the CLI. */
export function createBackend(deps: BackendDeps): Backend {
  const appRoot = deps.appRoot ?? findAppRoot();
  const appVersion = readAppVersion(appRoot);
  const logger = deps.logger ?? silentLogger;
  const now = deps.clock ?? (() => new Date());
  const userName = deps.userName ?? localUserName();
  const listeners = new Set<EventListener>();
  const workspaces = createWorkspaceManager({
    appVersion,
    userName,
    settings: deps.settings,
    now,
    dataDir: deps.dataDir,
    migrationsDir: migrationsDirOf(appRoot),
    factorsDir: factorsDirOf(appRoot),
  });

  const emit: HandlerContext['emit'] = (name, payload) => {
    for (const listener of listeners) {
      try {
        listener(name, payload);
      } catch (error) {
        logger.warn('event listener failed', { event: name, error: (error as Error).message });
      }
    }
  };

  const ctx: HandlerContext = {
    appVersion,
    mode: deps.mode,
    dataDir: deps.dataDir,
    userName,
    settings: deps.settings,
    logger,
    workspaces,
    now,
    emit,
    write(topics, change) {
      const ws = workspaces.require();
      const at = now();
      const result = ws.sqlite.transaction(() =>
        change(ws.db, (record) => recordAudit(ws.db, userName, at, record), at),
      )();
      emit('data.changed', { topics: [...new Set([...topics, 'audit' as const])] });
      return result;
    },
  };
  const router = createRouter(handlers, ctx, logger);
  // Daily backups for the app and the browser mode; one-shot CLI runs back up only when asked.
  const stopAutomaticBackups =
    deps.mode === 'cli'
      ? () => undefined
      : startAutomaticBackups({
          workspaces,
          now,
          logger,
          write: ctx.write,
          subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        });

  return {
    call: (name, input) => router.call(name, input),
    invoke: (name, input) => router.call(name, input) as never,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    write: ctx.write,
    workspaces,
    appVersion,
    close() {
      stopAutomaticBackups();
      workspaces.shutdown();
      listeners.clear();
    },
  };
}
