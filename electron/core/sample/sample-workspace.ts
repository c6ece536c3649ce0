import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { intensityMetricsInputSchema } from '../../../shared/domain/dashboard';
import { organisationInputSchema, siteInputSchema } from '../../../shared/domain/organisation';
import { reductionActionInputSchema } from '../../../shared/domain/reports';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { recordAudit, type AuditRecord } from '../audit/audit-repository';
import { createRecord } from '../activities/record-service';
import type { WorkspaceDb } from '../db/connection';
import { updateIntensityMetrics } from '../dashboard/metrics';
import { listFactorSets } from '../emissions/library/factor-repository';
import { workspaceCalculator } from '../emissions/workspace-calculator';
import { AppFailure } from '../errors';
import { runImport } from '../importers/import-service';
import { createReductionAction } from '../reports/inputs-service';
import { createSite, seedWorkspace } from '../workspaces/organisation-service';
import type { WorkspaceManager } from '../workspaces/workspace-manager';
import { closeWorkspace, openWorkspaceFile, workspacesDir, type WorkspaceLocations } from '../workspaces/workspace-session';
import { generateSampleData, SAMPLE_SEED } from './sample-data';
import type { SampleData, SiteKey } from './sample-types';

// The sample workspace is always its own file in the data folder, created whole (in a temporary
// file, renamed into place only when everything is written) and marked `is_sample` in its
// workspace_meta, which the app shows as a banner on every page. Opening it again reuses the file,
// so whatever someone tried in the playground is still there; nothing ever copies data between
// workspaces, so the sample cannot leak into a real one.

export const SAMPLE_FILE_NAME = 'Sample - Example Joinery Ltd.sqlite';

export interface SampleDeps {
  locations: WorkspaceLocations;
  appVersion: string;
  userName: string;
  now: Date;
}

export function sampleWorkspacePath(dataDir: string): string {
  return join(workspacesDir(dataDir), SAMPLE_FILE_NAME);
}

/**
 * The latest complete calendar year that has its own DESNZ factor set, so every sample figure is
 * priced with its own year's factors (no "nearest set" warnings in the showcase).
 */
export function sampleLatestYear(db: WorkspaceDb, now: Date): number {
  const desnzYears = listFactorSets(db).filter((s) => s.dataset === 'uk-desnz').map((s) => s.year);
  if (desnzYears.length === 0) throw new AppFailure('NOT_FOUND', 'No UK Government factor set is installed, so the sample company cannot be calculated. Reinstall the app.');
  return Math.min(now.getUTCFullYear() - 1, Math.max(...desnzYears));
}

export interface SampleBuildReport {
  path: string;
  records: number;
  importedFiles: number;
  intervals: number;
  elapsedMs: number;
}

/** Writes a complete sample workspace at `path` (which must not exist yet). */
export function createSampleWorkspace(path: string, deps: SampleDeps, seed: number = SAMPLE_SEED): SampleBuildReport {
  const started = performance.now();
  if (existsSync(path)) throw new AppFailure('CONFLICT', `A file already exists at ${path}.`);
  const partial = `${path}.partial`;
  removeDatabaseFiles(partial); // left behind by a run that was stopped half-way
  const ws = openWorkspaceFile(partial, deps.locations, { create: true, now: deps.now });
  let counts: { records: number; intervals: number; files: number };
  try {
    const data = generateSampleData({ seed, latestYear: sampleLatestYear(ws.db, deps.now) });
    counts = ws.sqlite.transaction(() => writeSample(ws.db, data, deps))();
  } catch (error) {
    closeWorkspace(ws);
    removeDatabaseFiles(partial);
    throw error;
  }
  closeWorkspace(ws);
  renameSync(partial, path);
  return { path, records: counts.records, importedFiles: counts.files, intervals: counts.intervals, elapsedMs: Math.round(performance.now() - started) };
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function writeSample(db: WorkspaceDb, data: SampleData, deps: SampleDeps): { records: number; intervals: number; files: number } {
  const audit = (record: AuditRecord) => recordAudit(db, deps.userName, deps.now, record);
  const makeCalculate = workspaceCalculator(db);
  // Through the same schemas as the set-up wizard, so the sample's company and sites are valid input.
  seedWorkspace(db, { organisation: organisationInputSchema.parse(data.organisation), sites: [] }, { appVersion: deps.appVersion, isSample: true }, deps.now, audit);
  const siteIds = new Map<SiteKey, string>();
  for (const { key, ...site } of data.sites) siteIds.set(key, createSite(db, siteInputSchema.parse(site), deps.now, audit).id);
  const siteOf = (key: SiteKey): string => {
    const id = siteIds.get(key);
    if (!id) throw new Error(`The sample has no site "${key}"`);
    return id;
  };

  // Bills and other records first: each is calculated as it is added, which is quicker while the
  // run holds few figures (the half-hourly days add thousands).
  for (const r of data.records) {
    createRecord(db, { siteId: siteOf(r.site), activityId: r.activityId, periodStart: r.periodStart, periodEnd: r.periodEnd, quantity: r.quantity, unit: r.unit, options: null, description: r.description, dataQuality: r.dataQuality, meter: r.meter }, 'sample', deps.now, audit, makeCalculate);
  }
  let intervals = 0;
  let records = data.records.length;
  for (const file of data.imports) {
    const outcome = runImport(db, { bytes: new TextEncoder().encode(file.text), fileName: file.fileName }, { profileId: file.profileId, siteId: siteOf(file.site) }, { now: deps.now, audit, makeCalculate });
    if (outcome.status !== 'imported' || outcome.rowsRejected > 0) {
      const reasons = outcome.rejects.slice(0, 3).map((r) => `row ${r.rowNumber}: ${r.reason}`).join('; ');
      throw new Error(`The sample file ${file.fileName} did not import cleanly (${outcome.status}${reasons ? `: ${reasons}` : ''})`);
    }
    intervals += outcome.intervalsImported;
    records += outcome.rowsImported;
  }

  // Through the same services (and input schemas) as the Reports and Dashboard pages.
  for (const metric of data.metrics) {
    updateIntensityMetrics(db, intensityMetricsInputSchema.parse({ ...metric, floorAreaM2: null }), deps.now, audit);
  }
  for (const { site, ...action } of data.actions) {
    createReductionAction(db, reductionActionInputSchema.parse({ ...action, siteId: siteOf(site) }), deps.now, audit);
  }
  return { records, intervals, files: data.imports.length };
}

/** True only for a readable workspace file marked as the sample; never changes the file. */
function isSampleFile(path: string): boolean {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    const row = sqlite.prepare("SELECT value FROM workspace_meta WHERE key = 'is_sample'").get() as { value: string } | undefined;
    return row?.value === 'true';
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/**
 * Opens the sample workspace, creating it first when it does not exist. Idempotent: a second call
 * reopens the same file. A file at the sample's path that is not the sample is never touched.
 */
export function openSampleWorkspace(manager: WorkspaceManager, deps: SampleDeps): WorkspaceSummary {
  const path = sampleWorkspacePath(deps.locations.dataDir);
  if (!existsSync(path)) createSampleWorkspace(path, deps);
  else if (manager.current?.path !== path && !isSampleFile(path)) {
    throw new AppFailure('CONFLICT', `${path} is not the sample workspace, so it was left alone. Rename or move that file, then open the sample again.`);
  }
  return manager.open(path);
}
