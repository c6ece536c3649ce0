import type { EventName, ProcedureName } from '../../../shared/ipc/channels';
import type {
  DataTopic,
  EventPayload,
  ProcedureOutput,
  ProcedureParsedInput,
} from '../../../shared/ipc/contract';
import type { WorkspaceDb } from '../db/connection';
import type { AuditRecord } from '../audit/audit-repository';
import type { Logger } from '../logger';
import type { SettingsStore } from '../settings/settings-store';
import type { WorkspaceManager } from '../workspaces/workspace-manager';

export type AppMode = 'electron' | 'server' | 'cli';

export interface HandlerContext {
  readonly appVersion: string;
  readonly mode: AppMode;
  readonly dataDir: string;
  readonly userName: string;
  readonly settings: SettingsStore;
  readonly logger: Logger;
  readonly workspaces: WorkspaceManager;
  now(): Date;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /**
   * Runs a change in one transaction with its audit entries, then tells the UI which data changed.
   * Synchronous on purpose: better-sqlite3 transactions must never span an await.
   */
  write<T>(topics: DataTopic[], change: (db: WorkspaceDb, audit: (record: AuditRecord) => void, now: Date) => T): T;
}

export type Handler<N extends ProcedureName> = (
  input: ProcedureParsedInput<N>,
  ctx: HandlerContext,
) => ProcedureOutput<N> | Promise<ProcedureOutput<N>>;

/** Every procedure must have a handler: a missing key is a compile error. */
export type Handlers = { [N in ProcedureName]: Handler<N> };

export type HandlerGroup<N extends ProcedureName> = { [K in N]: Handler<K> };
