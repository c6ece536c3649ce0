import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import type { RecentWorkspace, WorkspaceSummary, workspaceCreateSchema } from '../../../shared/domain/workspace';
import { recordAudit } from '../audit/audit-repository';
import { AppFailure } from '../errors';
import type { SettingsStore } from '../settings/settings-store';
import { seedWorkspace } from './organisation-service';
import {
  closeWorkspace,
  defaultWorkspacePath,
  describeWorkspace,
  openWorkspaceFile,
  type OpenWorkspace,
  type WorkspaceLocations,
} from './workspace-session';

const MAX_RECENT = 12;

export interface WorkspaceManagerDeps extends WorkspaceLocations {
  appVersion: string;
  userName: string;
  settings: SettingsStore;
  now: () => Date;
}

export type WorkspaceManager = ReturnType<typeof createWorkspaceManager>;

/** Holds the one open workspace of this process and the recent-workspaces list. */
export function createWorkspaceManager(deps: WorkspaceManagerDeps) {
  let current: OpenWorkspace | null = null;

  function remember(summary: WorkspaceSummary): void {
    const others = deps.settings.get('recentWorkspaces').filter((r) => r.path !== summary.path);
    const entry = { path: summary.path, name: summary.organisation.name, lastOpenedAt: deps.now().toISOString() };
    deps.settings.set('recentWorkspaces', [entry, ...others].slice(0, MAX_RECENT));
    deps.settings.set('lastWorkspacePath', summary.path);
  }

  function switchTo(next: OpenWorkspace): WorkspaceSummary {
    if (current) closeWorkspace(current);
    current = next;
    const summary = describeWorkspace(next);
    remember(summary);
    return summary;
  }

  return {
    /** Where workspaces, migrations and factor files are: backups and restores check files against the same migrations. */
    locations: { dataDir: deps.dataDir, migrationsDir: deps.migrationsDir, factorsDir: deps.factorsDir },

    get current(): OpenWorkspace | null {
      return current;
    },

    require(): OpenWorkspace {
      if (!current) throw new AppFailure('NO_WORKSPACE', 'No workspace is open. Create or open one first.');
      return current;
    },

    summary(): WorkspaceSummary | null {
      return current ? describeWorkspace(current) : null;
    },

    create(input: z.output<typeof workspaceCreateSchema>, opts: { isSample?: boolean } = {}): WorkspaceSummary {
      const path = input.path ? resolve(input.path) : defaultWorkspacePath(deps.dataDir, input.organisation.name);
      const now = deps.now();
      const ws = openWorkspaceFile(path, deps, { create: true, now });
      try {
        ws.sqlite.transaction(() => {
          seedWorkspace(ws.db, input, { appVersion: deps.appVersion, isSample: opts.isSample ?? false }, now, (record) =>
            recordAudit(ws.db, deps.userName, now, record),
          );
        })();
      } catch (error) {
        closeWorkspace(ws);
        throw error;
      }
      return switchTo(ws);
    },

    open(path: string): WorkspaceSummary {
      const resolved = resolve(path);
      if (current?.path === resolved) return describeWorkspace(current);
      return switchTo(openWorkspaceFile(resolved, deps, { create: false, now: deps.now() }));
    },

    close(): void {
      if (current) closeWorkspace(current);
      current = null;
      deps.settings.set('lastWorkspacePath', null);
    },

    /** On quit: close the file but keep it as the one to reopen next time. */
    shutdown(): void {
      if (current) closeWorkspace(current);
      current = null;
    },

    forget(path: string): void {
      const resolved = resolve(path);
      deps.settings.set('recentWorkspaces', deps.settings.get('recentWorkspaces').filter((r) => r.path !== resolved));
    },

    listRecent(): RecentWorkspace[] {
      return deps.settings.get('recentWorkspaces').map((r) => ({ ...r, exists: existsSync(r.path) }));
    },
  };
}
