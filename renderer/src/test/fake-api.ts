import type { AuditEntry } from '../../../shared/domain/audit';
import type { Instrument, ResidualMixFactor } from '../../../shared/domain/scope2';
import type { Organisation, Site } from '../../../shared/domain/organisation';
import { defaultPreferences, type Preferences } from '../../../shared/domain/settings';
import type { RecentWorkspace, WorkspaceSummary } from '../../../shared/domain/workspace';
import type { EventName, ProcedureName } from '../../../shared/ipc/channels';
import {
  procedures,
  type AppError,
  type DataTopic,
  type EventPayload,
  type ProcedureInput,
  type ProcedureOutput,
  type ProcedureParsedInput,
  type Result,
} from '../../../shared/ipc/contract';
import type { DesktopApi, WindowApi } from '../../../shared/ipc/window-api';
import { zodFieldErrors } from '../lib/field-errors';
import { fakeFactorHandlers, sampleFactorLibrary, type FakeFactorLibrary } from './fake-factors';
import { fakeCalculationHandlers, type FakeCalculations } from './fake-calculations';
import { fakeImportHandlers, type FakeImports } from './fake-imports';
import { fakeEmissionsHandlers } from './fake-emissions';
import { fakeScope2Handlers } from './fake-scope2';
import { fakeDashboardHandlers, type FakeDashboard } from './fake-dashboard';
import { fakeBackupHandlers, matchesAuditFilter, type FakeBackups } from './fake-backups';
import { fakeReportHandlers, type FakeReports } from './fake-reports';
import { FAKE_SAMPLE_PATH, makeSampleWorkspace } from './fake-sample';

/** One workspace file held in memory. */
export interface FakeWorkspace {
  path: string;
  organisation: Organisation;
  sites: Site[];
  audit: AuditEntry[];
  isSample?: boolean;
  instruments?: Instrument[];
  residualMixes?: ResidualMixFactor[];
  calculations?: FakeCalculations;
  imports?: FakeImports;
  dashboard?: FakeDashboard;
  backups?: FakeBackups;
  reports?: FakeReports;
}

export interface FakeApiOptions {
  /** Workspace files that "exist on disk". */
  files?: FakeWorkspace[];
  /** Path of the open workspace, if any. */
  currentPath?: string | null;
  /** Recent list; `exists` is worked out from `files` like the real backend does. */
  recent?: Array<{ path: string; name: string; lastOpenedAt: string }>;
  preferences?: Preferences;
  desktop?: DesktopApi;
  actor?: string;
  /** The emission factor library (defaults to a few sets and rows copied from the shipped files). */
  factorLibrary?: FakeFactorLibrary;
}

export interface RecordedCall {
  name: ProcedureName;
  input: unknown;
}

export interface FakeApi extends WindowApi {
  readonly calls: RecordedCall[];
  /** The inputs of every call to one procedure, in order. */
  inputsOf<N extends ProcedureName>(name: N): ProcedureInput<N>[];
  /** Make the next call to `name` fail with this error (after input validation). */
  failNext(name: ProcedureName, error: AppError): void;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  readonly files: Map<string, FakeWorkspace>;
  current(): FakeWorkspace | null;
  preferences(): Preferences;
}

export class Failure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export type Handlers = { [N in ProcedureName]: (input: ProcedureParsedInput<N>) => ProcedureOutput<N> };

/** What per-domain fake handler files (fake-*.ts) get to build their handlers with. */
export interface FakeKit {
  requireWorkspace(): FakeWorkspace;
  write<T>(topics: DataTopic[], change: (ws: FakeWorkspace) => T): T;
  audit(ws: FakeWorkspace, entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>): void;
  tick(): string;
  newId(prefix: string): string;
}

let clockMs = Date.UTC(2026, 10, 26, 9, 0, 0);
const tick = () => new Date((clockMs += 60_000)).toISOString();
let idCounter = 1;
const newId = (prefix: string) => `${prefix}-${idCounter++}`;

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'org-1',
    name: 'Acme Widgets Ltd',
    companiesHouseNumber: '01234567',
    reportingYearStartMonth: 4,
    baseYear: 2025,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function makeSite(overrides: Partial<Site> = {}): Site {
  return {
    id: newId('site'),
    name: 'Head office',
    country: 'GB',
    postcode: 'SW1A 1AA',
    floorAreaM2: 420,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function makeWorkspace(overrides: Partial<FakeWorkspace> = {}): FakeWorkspace {
  return {
    path: '/home/sam/CarbonRecycling/workspaces/acme-widgets-ltd.sqlite',
    organisation: makeOrganisation(),
    sites: [makeSite()],
    audit: [],
    ...overrides,
  };
}

/**
 * An in-memory backend behind the real contract: inputs are validated with the shared zod schemas
 * (so a bad postcode gets the same VALIDATION answer as from the app), writes are audited, and
 * events are emitted like electron/core does.
 */
export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const files = new Map((options.files ?? []).map((f) => [f.path, structuredClone(f)]));
  let currentPath = options.currentPath ?? null;
  let recent = options.recent ?? [];
  let preferences = options.preferences ?? defaultPreferences;
  const actor = options.actor ?? 'sam';
  const listeners = new Set<(name: EventName, payload: unknown) => void>();
  const calls: RecordedCall[] = [];
  const failures = new Map<ProcedureName, AppError>();

  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(name, structuredClone(payload));
  };

  const requireWorkspace = (): FakeWorkspace => {
    const ws = currentPath ? files.get(currentPath) : undefined;
    if (!ws) throw new Failure({ code: 'NO_WORKSPACE', message: 'No workspace is open. Create or open one first.' });
    return ws;
  };

  const summary = (ws: FakeWorkspace): WorkspaceSummary => ({
    path: ws.path,
    organisation: ws.organisation,
    sites: ws.sites,
    schemaVersion: '0000_init',
    createdByAppVersion: '0.1.0',
    isSample: ws.isSample ?? false,
  });

  const remember = (ws: FakeWorkspace) => {
    recent = [{ path: ws.path, name: ws.organisation.name, lastOpenedAt: tick() }, ...recent.filter((r) => r.path !== ws.path)];
  };

  const audit = (ws: FakeWorkspace, entry: Omit<AuditEntry, 'id' | 'at' | 'actor'>) => {
    const id = ws.audit.reduce((max, e) => Math.max(max, e.id), 0) + 1;
    ws.audit.push({ id, at: tick(), actor, ...entry });
  };

  const write = <T>(topics: DataTopic[], change: (ws: FakeWorkspace) => T): T => {
    const result = change(requireWorkspace());
    emit('data.changed', { topics: [...new Set([...topics, 'audit' as const])] });
    return result;
  };

  const assertUniqueName = (ws: FakeWorkspace, name: string, exceptId: string | null) => {
    const clash = ws.sites.find((s) => s.name.toLowerCase() === name.toLowerCase() && s.id !== exceptId);
    if (clash) {
      throw new Failure({
        code: 'CONFLICT',
        message: `There is already a site called "${clash.name}". Give each site its own name.`,
        fields: { name: 'A site with this name already exists' },
      });
    }
  };

  const addSite = (ws: FakeWorkspace, input: ProcedureParsedInput<'sites.create'>): Site => {
    assertUniqueName(ws, input.name, null);
    const at = tick();
    const site: Site = { id: newId('site'), ...input, createdAt: at, updatedAt: at };
    ws.sites.push(site);
    audit(ws, { action: 'create', entity: 'site', entityId: site.id, summary: `Added site ${site.name}`, before: null, after: site });
    return site;
  };

  const kit: FakeKit = { requireWorkspace, write, audit, tick, newId };

  const handlers: Handlers = {
    ...fakeScope2Handlers(kit),
    ...fakeCalculationHandlers(kit),
    ...fakeImportHandlers(kit),
    ...fakeFactorHandlers(kit, options.factorLibrary ?? sampleFactorLibrary()),
    ...fakeEmissionsHandlers(),
    ...fakeDashboardHandlers(kit),
    ...fakeBackupHandlers({
      ...kit,
      // An opened workspace file becomes a new file and the open workspace, as on the real backend.
      adopt: (ws) => {
        files.set(ws.path, ws);
        currentPath = ws.path;
        remember(ws);
        emit('workspace.changed', { path: ws.path });
        return summary(ws);
      },
      currentOrNull: () => (currentPath ? (files.get(currentPath) ?? null) : null),
    }),
    ...fakeReportHandlers(kit),
    'app.info': () => ({ appVersion: '0.1.0', mode: 'server', dataDir: '/home/sam/CarbonRecycling', userName: actor }),
    'workspaces.current': () => {
      const ws = currentPath ? files.get(currentPath) : undefined;
      return ws ? summary(ws) : null;
    },
    'workspaces.listRecent': () => recent.map((r) => ({ ...r, exists: files.has(r.path) }) satisfies RecentWorkspace),
    'workspaces.create': (input) => {
      const slug = input.organisation.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const path = input.path ?? `/home/sam/CarbonRecycling/workspaces/${slug}.sqlite`;
      if (files.has(path)) throw new Failure({ code: 'CONFLICT', message: `A file already exists at ${path}. Choose another name or open it instead.` });
      const at = tick();
      const ws: FakeWorkspace = {
        path,
        organisation: { id: newId('org'), ...input.organisation, createdAt: at, updatedAt: at },
        sites: [],
        audit: [],
      };
      audit(ws, { action: 'create', entity: 'organisation', entityId: ws.organisation.id, summary: `Created organisation ${ws.organisation.name}`, before: null, after: ws.organisation });
      for (const site of input.sites) addSite(ws, site);
      files.set(path, ws);
      currentPath = path;
      remember(ws);
      emit('workspace.changed', { path });
      return summary(ws);
    },
    'workspaces.open': ({ path }) => {
      const ws = files.get(path);
      if (!ws) throw new Failure({ code: 'NOT_FOUND', message: `No workspace file at ${path}. It may have been moved or deleted.` });
      currentPath = path;
      remember(ws);
      emit('workspace.changed', { path });
      return summary(ws);
    },
    'workspaces.close': () => {
      currentPath = null;
      emit('workspace.changed', { path: null });
      return null;
    },
    'workspaces.forget': ({ path }) => {
      recent = recent.filter((r) => r.path !== path);
      emit('data.changed', { topics: ['workspace'] });
      return null;
    },
    'workspaces.openSample': () => {
      const sample = files.get(FAKE_SAMPLE_PATH) ?? makeSampleWorkspace();
      files.set(sample.path, sample);
      currentPath = sample.path;
      remember(sample);
      emit('workspace.changed', { path: sample.path });
      return summary(sample);
    },
    'organisation.get': () => requireWorkspace().organisation,
    'organisation.update': (input) =>
      write(['organisation', 'workspace'], (ws) => {
        const before = ws.organisation;
        ws.organisation = { ...before, ...input, updatedAt: tick() };
        audit(ws, { action: 'update', entity: 'organisation', entityId: before.id, summary: `Updated organisation ${ws.organisation.name}`, before, after: ws.organisation });
        return ws.organisation;
      }),
    'sites.list': () => requireWorkspace().sites,
    'sites.create': (input) => write(['sites', 'workspace'], (ws) => addSite(ws, input)),
    'sites.update': ({ id, site }) =>
      write(['sites', 'workspace'], (ws) => {
        const before = ws.sites.find((s) => s.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That site no longer exists.' });
        assertUniqueName(ws, site.name, id);
        const after: Site = { ...before, ...site, updatedAt: tick() };
        ws.sites = ws.sites.map((s) => (s.id === id ? after : s));
        audit(ws, { action: 'update', entity: 'site', entityId: id, summary: `Updated site ${after.name}`, before, after });
        return after;
      }),
    'sites.delete': ({ id }) => {
      const ws = requireWorkspace();
      const before = ws.sites.find((s) => s.id === id);
      if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That site no longer exists.' });
      if (ws.sites.length <= 1) {
        throw new Failure({ code: 'CONFLICT', message: 'A workspace needs at least one site. Add another site before deleting this one.' });
      }
      return write(['sites', 'workspace'], () => {
        ws.sites = ws.sites.filter((s) => s.id !== id);
        audit(ws, { action: 'delete', entity: 'site', entityId: id, summary: `Deleted site ${before.name}`, before, after: null });
        return null;
      });
    },
    'audit.list': ({ limit, offset, ...filter }) => {
      const matching = requireWorkspace()
        .audit.filter((e) => matchesAuditFilter(e, filter))
        .sort((a, b) => b.id - a.id);
      return { entries: matching.slice(offset, offset + limit), total: matching.length };
    },
    'settings.get': () => preferences,
    'settings.update': (input) => {
      preferences = { ...preferences, ...input };
      emit('data.changed', { topics: ['settings'] });
      return preferences;
    },
  };

  function run(name: ProcedureName, rawInput: unknown): Result<unknown> {
    const parsed = procedures[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
      return { ok: false, error: { code: 'VALIDATION', message: messages.slice(0, 3).join('; '), fields: zodFieldErrors(parsed.error) } };
    }
    const failure = failures.get(name);
    if (failure) {
      failures.delete(name);
      return { ok: false, error: failure };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      // A JSON round trip, like the real bridges: no shared references into the fake's state.
      return { ok: true, value: structuredClone(handler(parsed.data)) };
    } catch (error) {
      if (error instanceof Failure) return { ok: false, error: error.error };
      throw error;
    }
  }

  return {
    calls,
    files,
    inputsOf: <N extends ProcedureName>(name: N) => calls.filter((c) => c.name === name).map((c) => c.input as ProcedureInput<N>),
    failNext: (name, error) => void failures.set(name, error),
    emit,
    current: () => (currentPath ? (files.get(currentPath) ?? null) : null),
    preferences: () => preferences,
    async invoke(name, input) {
      calls.push({ name, input: structuredClone(input) });
      await Promise.resolve();
      return run(name, input);
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...(options.desktop ? { desktop: options.desktop } : {}),
  };
}
