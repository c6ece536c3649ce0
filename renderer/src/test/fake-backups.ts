import type { AuditEntry, AuditFilter } from '../../../shared/domain/audit';
import { defaultBackupSettings, type BackupEntry, type BackupKind, type BackupSettings } from '../../../shared/domain/backups';
import { Failure, makeWorkspace, type FakeKit, type FakeWorkspace, type Handlers } from './fake-api';

/** Backups held on a fake workspace: each remembers the sites it was made with, so a restore brings them back. */
export interface FakeBackups {
  entries: Array<BackupEntry & { sites?: FakeWorkspace['sites'] }>;
  settings?: BackupSettings;
}

type BackupNames =
  | 'backups.list'
  | 'backups.create'
  | 'backups.preview'
  | 'backups.restore'
  | 'backups.settings.get'
  | 'backups.settings.update'
  | 'workspaces.export'
  | 'workspaces.import'
  | 'audit.exportCsv'
  | 'audit.entities';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** The same filters as electron/core/audit/audit-repository.ts, for the fake's audit.list and export. */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  const day = entry.at.slice(0, 10);
  const words = filter.search?.toLowerCase();
  return (
    (!filter.entity || entry.entity === filter.entity) &&
    (!filter.action || entry.action === filter.action) &&
    (!filter.from || day >= filter.from) &&
    (!filter.to || day <= filter.to) &&
    (!words || entry.summary.toLowerCase().includes(words) || entry.entityId.toLowerCase().includes(words))
  );
}

function fileNameFor(ws: FakeWorkspace, kind: BackupKind, at: string): string {
  const base = ws.path.split('/').pop()?.replace(/\.sqlite$/, '') ?? 'workspace';
  return `${base}.${kind}.${at.replace(/[-:]/g, '').replace(/\..+$/, 'Z')}.sqlite`;
}

export function makeBackupEntry(overrides: Partial<BackupEntry> = {}): BackupEntry {
  return {
    file: 'acme-widgets-ltd.daily.20261125T090000Z.sqlite',
    kind: 'daily',
    createdAt: '2026-11-25T09:00:00.000Z',
    sizeBytes: 25_165_824,
    organisationName: 'Acme Widgets Ltd',
    ...overrides,
  };
}

/** The fake's own kit: an opened workspace file becomes a new file and the open workspace. */
export interface FakeBackupKit extends FakeKit {
  adopt(ws: FakeWorkspace): ReturnType<Handlers['workspaces.current']>;
  currentOrNull(): FakeWorkspace | null;
}

/** Backups, export/import and audit export against the fake workspace; an uploaded file becomes a copy of the open (or a default) workspace. */
export function fakeBackupHandlers(kit: FakeBackupKit): Pick<Handlers, BackupNames> {
  const backupsOf = (ws: FakeWorkspace): FakeBackups => (ws.backups ??= { entries: [] });
  const find = (ws: FakeWorkspace, file: string) => {
    const entry = backupsOf(ws).entries.find((b) => b.file === file);
    if (!entry) throw new Failure({ code: 'NOT_FOUND', message: `There is no backup called ${file} for this workspace. Refresh the list of backups and choose one from it.` });
    return entry;
  };
  const make = (ws: FakeWorkspace, kind: BackupKind): BackupEntry => {
    const at = kit.tick();
    const entry = { file: fileNameFor(ws, kind, at), kind, createdAt: at, sizeBytes: 25_165_824, organisationName: ws.organisation.name, sites: structuredClone(ws.sites) };
    backupsOf(ws).entries.unshift(entry);
    const { sites: _sites, ...visible } = entry;
    return visible;
  };
  const summaryOf = (ws: FakeWorkspace) => ({ path: ws.path, organisation: ws.organisation, sites: ws.sites, schemaVersion: '0000_init', createdByAppVersion: '0.1.0', isSample: ws.isSample ?? false });

  return {
    'backups.list': () => {
      const ws = kit.requireWorkspace();
      return { folder: ws.path.replace(/[^/]+$/, 'backups'), backups: backupsOf(ws).entries.map(({ sites: _sites, ...b }) => b) };
    },
    'backups.create': () =>
      kit.write(['backups'], (ws) => {
        const backup = make(ws, 'manual');
        kit.audit(ws, { action: 'create', entity: 'backup', entityId: backup.file, summary: `Backed up the workspace by hand: ${backup.file}`, before: null, after: backup });
        return { backup, pruned: [] };
      }),
    'backups.preview': ({ file }) => {
      const ws = kit.requireWorkspace();
      const { sites, ...entry } = find(ws, file);
      return {
        ...entry,
        sites: (sites ?? ws.sites).map((s) => s.name),
        activityRecords: 12,
        activityFrom: '2025-04-01',
        activityTo: '2026-03-31',
        imports: 2,
        calculationRuns: 3,
        publishedReports: 1,
        auditEntries: ws.audit.length,
        schemaVersion: '0000_init',
        schemaStatus: 'current',
        integrity: { ok: true, message: 'No problems found' },
      };
    },
    'backups.restore': ({ file }) =>
      kit.write(['backups', 'workspace'], (ws) => {
        const chosen = find(ws, file);
        const safety = make(ws, 'before-restore');
        if (chosen.sites) ws.sites = structuredClone(chosen.sites);
        kit.audit(ws, { action: 'update', entity: 'workspace', entityId: file, summary: `Restored the workspace from ${file}; the state before the restore is kept as ${safety.file}`, before: null, after: null });
        return { restoredFrom: file, safetyBackup: safety.file, workspace: summaryOf(ws) };
      }),
    'backups.settings.get': () => backupsOf(kit.requireWorkspace()).settings ?? defaultBackupSettings,
    'backups.settings.update': (input) =>
      kit.write(['backups'], (ws) => {
        backupsOf(ws).settings = input;
        kit.audit(ws, { action: 'update', entity: 'backup-settings', entityId: 'workspace', summary: `Changed backup settings: keep ${input.keepDaily}`, before: null, after: input });
        return input;
      }),
    'workspaces.export': () => {
      const ws = kit.requireWorkspace();
      const bytes = `${SQLITE_HEADER}${ws.organisation.name}`;
      return { fileName: 'acme-widgets-ltd-2026-11-26.crworkspace', sizeBytes: bytes.length, contentBase64: btoa(bytes) };
    },
    'workspaces.import': ({ fileName }) => {
      // With nothing open (the start page), the file holds the default fake organisation.
      const source = kit.currentOrNull() ?? makeWorkspace();
      const savedAs = `${source.path.split('/').pop()?.replace(/\.sqlite$/, '') ?? 'workspace'}-2.sqlite`;
      const copy: FakeWorkspace = { ...structuredClone(source), path: source.path.replace(/[^/]+$/, savedAs), backups: { entries: [] } };
      const workspace = kit.adopt(copy);
      if (!workspace) throw new Failure({ code: 'INTERNAL', message: 'The copy could not be opened.' });
      kit.audit(copy, { action: 'create', entity: 'workspace', entityId: savedAs, summary: `Opened the workspace file ${fileName} and saved it as ${savedAs}`, before: null, after: null });
      return { workspace, savedAs };
    },
    'audit.exportCsv': (filter) => {
      const entries = kit.requireWorkspace().audit.filter((e) => matchesAuditFilter(e, filter)).sort((a, b) => a.id - b.id);
      const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
      const csv = ['when_utc,who,action,record_type,record_id,what', ...entries.map((e) => [e.at, e.actor, e.action, e.entity, e.entityId, e.summary].map((v) => `"${cell(v).replace(/"/g, '""')}"`).join(','))].join('\r\n');
      return { fileName: 'acme-widgets-ltd-audit-log-2026-11-26.csv', csv, entries: entries.length };
    },
    'audit.entities': () => [...new Set(kit.requireWorkspace().audit.map((e) => e.entity))].sort(),
  };
}
