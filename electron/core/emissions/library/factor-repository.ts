import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { WorkspaceDb } from '../../db/connection';
import { readSetConfirmations, type SetConfirmation } from './set-confirmation';
import { listShippedFactorFiles, loadShippedFactorFile, type ShippedFactorFile } from './shipped-sets';
import { factorDatasets, type FactorDataset, type FactorLookup, type FactorRow, type FactorSetInfo, type LoadedFactorSet } from './types';

/** A factor set as stored in a workspace: its provenance plus when it was loaded. */
export interface StoredFactorSet extends FactorSetInfo {
  rowCount: number;
  loadedAt: string;
  /** Set when someone confirmed an unverified set in this workspace (then `verified` is true). */
  confirmation: SetConfirmation | null;
}

/** A factor row with its database id, which provenance records so a figure can point at the exact row. */
export type StoredFactorRow = FactorRow & { id: number };

/** A factor row with the set it belongs to, as search and detail views show it. */
export interface FactorHit extends FactorRow {
  /** Null only when searching the shipped files in memory (no database, so no row ids). */
  id: number | null;
  setId: string;
  dataset: FactorDataset;
  setYear: number;
  setVersion: string;
}

export interface RefusedFile {
  dataset: FactorDataset;
  fileName: string;
  reason: string;
}

export interface FactorLoadReport {
  loaded: StoredFactorSet[];
  refused: RefusedFile[];
  alreadyLoaded: number;
  durationMs: number;
}

class RefusedSet extends Error {}

const SET_COLUMNS = `id, dataset, title, publisher, year, version, updated_on AS updatedOn, source_file AS sourceFile,
  source_sha256 AS sourceSha256, file_sha256 AS fileSha256, licence, verified, caveat, row_count AS rowCount, loaded_at AS loadedAt`;

export const FACTOR_COLUMNS = `f.id, f.set_id AS setId, f.row_number AS rowNumber, f.external_id AS externalId, f.scope,
  f.level1, f.level2, f.level3, f.level4, f.column_text AS columnText, f.uom, f.ghg_unit AS ghgUnit, f.value, f.raw_value AS rawValue`;

/** Sorts sets the way the shipped files are listed: dataset order, then year. */
export const DATASET_ORDER_SQL = `CASE s.dataset ${factorDatasets.map((d, i) => `WHEN '${d}' THEN ${i}`).join(' ')} ELSE ${factorDatasets.length} END`;

type SetRecord = Omit<StoredFactorSet, 'verified' | 'dataset' | 'confirmation'> & { verified: number; dataset: string };

function toStoredSet(r: SetRecord, confirmations: ReadonlyMap<string, SetConfirmation>): StoredFactorSet {
  const confirmation = r.verified === 1 ? null : (confirmations.get(r.id) ?? null);
  const caveat = confirmation
    ? `Confirmed in this workspace by ${confirmation.by} on ${confirmation.at.slice(0, 10)}: ${confirmation.note}${r.caveat ? ` (Shipped caveat: ${r.caveat})` : ''}`
    : r.caveat;
  return { ...r, dataset: r.dataset as FactorDataset, verified: r.verified === 1 || confirmation !== null, caveat, confirmation };
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Loads into the workspace every shipped factor set it does not hold yet (matched on dataset and
 * file SHA-256), every row of it, one set per transaction. Cheap when nothing is new: a file whose
 * manifest hash is already stored is never read, and only a file without a manifest entry is
 * hashed. A file that fails its manifest check, or cannot be parsed, is refused and reported; the
 * other sets still load, so one damaged resource file never locks anyone out of their workspace.
 */
export function ensureShippedFactorSets(db: WorkspaceDb, factorsDir: string, now: Date): FactorLoadReport {
  const started = performance.now();
  const sqlite = db.$client;
  const stored = sqlite.prepare<[string, string], string>('SELECT id FROM factor_sets WHERE dataset = ? AND file_sha256 = ?').pluck();
  const idTaken = sqlite.prepare<[string], string>('SELECT file_sha256 FROM factor_sets WHERE id = ?').pluck();
  const insertSet = sqlite.prepare(
    `INSERT INTO factor_sets (id, dataset, title, publisher, year, version, updated_on, source_file, source_sha256, file_sha256,
      licence, verified, caveat, row_count, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Raw prepared statement: the bulk path (drizzle's insert builder is several times slower here).
  const insertRow = sqlite.prepare(
    `INSERT INTO factors (set_id, row_number, external_id, scope, level1, level2, level3, level4, column_text, uom, ghg_unit, value, raw_value)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const loadedAt = now.toISOString();
  const insert = sqlite.transaction((set: LoadedFactorSet): boolean => {
    const { info, rows } = set;
    // Re-checked under the write lock: another process (the CLI beside the app) may have just loaded it.
    if (stored.get(info.dataset, info.fileSha256)) return false;
    if (idTaken.get(info.id) !== undefined) {
      throw new RefusedSet(`a different file with the same set id ${info.id} is already loaded: give the corrected file a new version in its manifest`);
    }
    insertSet.run(info.id, info.dataset, info.title, info.publisher, info.year, info.version, info.updatedOn, info.sourceFile,
      info.sourceSha256, info.fileSha256, info.licence, info.verified ? 1 : 0, info.caveat, rows.length, loadedAt);
    for (const r of rows) {
      insertRow.run(info.id, r.rowNumber, r.externalId, r.scope, r.level1, r.level2, r.level3, r.level4, r.columnText, r.uom, r.ghgUnit, r.value, r.rawValue);
    }
    return true;
  });

  const report: FactorLoadReport = { loaded: [], refused: [], alreadyLoaded: 0, durationMs: 0 };
  for (const file of listShippedFactorFiles(factorsDir)) {
    if (file.entry && stored.get(file.dataset, file.entry.csvSha256)) {
      report.alreadyLoaded++;
      continue;
    }
    const set = readSet(file, stored, report);
    if (!set) continue;
    try {
      if (insert.immediate(set)) report.loaded.push({ ...set.info, rowCount: set.rows.length, loadedAt, confirmation: null });
      else report.alreadyLoaded++;
    } catch (error) {
      if (!(error instanceof RefusedSet)) throw error;
      report.refused.push({ dataset: file.dataset, fileName: file.fileName, reason: error.message });
    }
  }
  report.durationMs = performance.now() - started;
  return report;
}

// Parsing the shipped files is most of the cost of a new workspace (~0.4 s). Someone setting up
// several workspaces in a row (an accountant, or a test file) parses them once; the parsed rows
// (~40 MB) are let go shortly after, so a running app does not hold them.
const PARSED_KEEP_MS = 30_000;
const parsedSets = new Map<string, LoadedFactorSet>();
let releaseParsed: NodeJS.Timeout | null = null;

function parsedSetKey(file: ShippedFactorFile): string {
  const stat = statSync(file.path);
  return `${file.path}|${stat.size}|${stat.mtimeMs}`;
}

function keepParsed(key: string, set: LoadedFactorSet): LoadedFactorSet {
  parsedSets.set(key, set);
  if (releaseParsed) clearTimeout(releaseParsed);
  releaseParsed = setTimeout(() => parsedSets.clear(), PARSED_KEEP_MS);
  releaseParsed.unref();
  return set;
}

function readSet(file: ShippedFactorFile, stored: { get(dataset: string, sha: string): string | undefined }, report: FactorLoadReport): LoadedFactorSet | null {
  let bytes: Buffer;
  try {
    const key = parsedSetKey(file);
    const parsed = parsedSets.get(key);
    if (parsed) {
      if (!stored.get(parsed.info.dataset, parsed.info.fileSha256)) return parsed;
      report.alreadyLoaded++;
      return null;
    }
    bytes = readFileSync(file.path);
    // Without a manifest hash to go by, hash the bytes so an already loaded file is not parsed again.
    if (!file.entry && stored.get(file.dataset, sha256Of(bytes))) {
      report.alreadyLoaded++;
      return null;
    }
    return keepParsed(key, loadShippedFactorFile(file, bytes));
  } catch (error) {
    report.refused.push({ dataset: file.dataset, fileName: file.fileName, reason: (error as Error).message });
    return null;
  }
}

export function listFactorSets(db: WorkspaceDb): StoredFactorSet[] {
  const rows = db.$client.prepare<[], SetRecord>(`SELECT ${SET_COLUMNS} FROM factor_sets s ORDER BY ${DATASET_ORDER_SQL}, s.year, s.id`).all();
  const confirmations = readSetConfirmations(db);
  return rows.map((r) => toStoredSet(r, confirmations));
}

export function getFactorSet(db: WorkspaceDb, setId: string): StoredFactorSet | null {
  const row = db.$client.prepare<[string], SetRecord>(`SELECT ${SET_COLUMNS} FROM factor_sets s WHERE s.id = ?`).get(setId);
  return row ? toStoredSet(row, readSetConfirmations(db)) : null;
}

/** One factor row by its database id, with the set it belongs to (for provenance panels). */
export function getFactorRow(db: WorkspaceDb, id: number): { factor: FactorHit & { id: number }; set: StoredFactorSet } | null {
  const row = db.$client.prepare<[number], StoredFactorRow & { setId: string }>(`SELECT ${FACTOR_COLUMNS} FROM factors f WHERE f.id = ?`).get(id);
  if (!row) return null;
  const set = getFactorSet(db, row.setId);
  if (!set) return null;
  return { factor: { ...row, dataset: set.dataset, setYear: set.year, setVersion: set.version }, set };
}

function toFactorRow(r: StoredFactorRow): FactorRow {
  return {
    rowNumber: r.rowNumber,
    externalId: r.externalId,
    scope: r.scope,
    level1: r.level1,
    level2: r.level2,
    level3: r.level3,
    level4: r.level4,
    columnText: r.columnText,
    uom: r.uom,
    ghgUnit: r.ghgUnit,
    value: r.value,
    rawValue: r.rawValue,
  };
}

function toSetInfo(s: StoredFactorSet): FactorSetInfo {
  const { rowCount: _rowCount, loadedAt: _loadedAt, confirmation: _confirmation, ...info } = s;
  return info;
}

export interface DbFactorLookup extends FactorLookup {
  /** The same rows as rows(setId), in the same order, each with its database id for provenance. */
  rowsWithIds(setId: string): readonly StoredFactorRow[];
}

/**
 * A FactorLookup over the workspace database, answering exactly like the in-memory lookup over the
 * shipped files. Sets are only ever added while a workspace opens, so one lookup per open
 * workspace may cache them; each set's rows are read once, on first use.
 */
export function createDbFactorLookup(db: WorkspaceDb): DbFactorLookup {
  let sets: readonly FactorSetInfo[] | null = null;
  const rowsBySet = new Map<string, { withIds: StoredFactorRow[]; plain: FactorRow[] }>();
  const selectRows = db.$client.prepare<[string], StoredFactorRow>(`SELECT ${FACTOR_COLUMNS} FROM factors f WHERE f.set_id = ? ORDER BY f.id`);

  function load(setId: string): { withIds: StoredFactorRow[]; plain: FactorRow[] } {
    const cached = rowsBySet.get(setId);
    if (cached) return cached;
    if (!lookup.sets().some((s) => s.id === setId)) throw new Error(`Unknown factor set ${setId}`);
    const withIds = selectRows.all(setId).map((r) => ({ ...toFactorRow(r), id: r.id }));
    const entry = { withIds, plain: withIds.map(toFactorRow) };
    rowsBySet.set(setId, entry);
    return entry;
  }

  const lookup: DbFactorLookup = {
    sets: () => (sets ??= listFactorSets(db).map(toSetInfo)),
    rows: (setId) => load(setId).plain,
    rowsWithIds: (setId) => load(setId).withIds,
  };
  return lookup;
}
