import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';
import { activityRecords, emissionFigures, importFiles, sites } from '../db/schema';
import { AppFailure } from '../errors';
import type { RecordAttributes } from '../dashboard/rollups';
import { calculateRecords, type WrittenRecords } from '../emissions/runs/calculation-service';
import type { RecordForCalculation } from '../emissions/runs/figures';
import { marketOfPostcode } from '../emissions/scope2/market-based';
import type { CalculateFn } from '../emissions/runs/figures';
import { removeRecords } from '../emissions/runs/run-repository';
import { CsvStreamFallback, openCsvStream, type CsvHead, type CsvStream, type RowBatches } from './csv-stream';
import { readCsvTable, type CsvTable } from './csv-table';
import { decodeBytes, type DecodedText } from './decode';
import type { DateFormat } from './dates';
import { dayDraftsOf, existingByDay, keptDaysOf, monthRecordsOf } from './interval-records';
import { insertIntervalDays } from './intervals';
import type { DecimalMark } from './numbers';
import { headerSignature, mappedProfile, type ColumnMapping } from './mapping';
import { saveMapping, savedMappingProfiles } from './saved-mappings';
import { checkOverlaps, type ExistingRecord, type OverlapConflict } from './overlaps';
import { findProfile, recogniseProfile } from './profiles';
import type { ImportContext, ImportProfile, ProfileResult, RecordDraft, RowReject } from './profiles/types';
import type { IntervalDay } from './interval-days';

type Audit = (record: AuditRecord) => void;

export interface ImportProgress {
  fileSha256: string;
  phase: 'reading' | 'checking' | 'writing' | 'calculating' | 'done';
  rowsDone: number;
  rowsTotal: number;
  /** False while a big file is still being read and its row count is estimated. */
  rowsTotalExact?: boolean;
}

export type OverlapChoice = 'ask' | 'replace' | 'keep-both' | 'skip';

export interface ImportOptions {
  profileId?: string | undefined;
  /** A mapping made in the wizard, used instead of a known layout (and saved when named). */
  mapping?: ColumnMapping | undefined;
  saveMappingAs?: string | undefined;
  siteId?: string | null | undefined;
  dateFormat?: DateFormat | null | undefined;
  decimalMark?: DecimalMark | undefined;
  overlap?: OverlapChoice | undefined;
  gasCalorificValueMjPerM3?: number | null | undefined;
  meterFuel?: 'electricity' | 'gas' | null | undefined;
}

/** The whole-file table of decoded text, or the file's problem as a VALIDATION refusal. */
export function tableOf(text: string): CsvTable {
  const read = readCsvTable(text);
  if (!read.ok) throw new AppFailure('VALIDATION', read.reason);
  return read.table;
}

export function previousImportOf(db: WorkspaceDb, sha256: string) {
  return db.select({ id: importFiles.id, importedAt: importFiles.importedAt, fileName: importFiles.fileName }).from(importFiles).where(and(eq(importFiles.sha256, sha256), eq(importFiles.status, 'imported'))).get() ?? null;
}

export function chooseProfile(table: Pick<CsvTable, 'header'>, profileId: string | undefined, extra: readonly ImportProfile[] = []): ImportProfile {
  if (profileId) {
    const profile = findProfile(profileId) ?? extra.find((p) => p.id === profileId);
    if (!profile) throw new AppFailure('VALIDATION', `There is no import layout "${profileId}".`);
    return profile;
  }
  // A layout the user saved for exactly these columns wins over a built-in that also fits.
  const found = recogniseProfile(table.header, extra) ?? recogniseProfile(table.header);
  if (!found) {
    throw new AppFailure('VALIDATION', `The columns (${table.header.join(', ').slice(0, 200)}) do not match a known export. Map the columns yourself with the mapping wizard, or choose a layout.`);
  }
  return found.profile;
}

/** Stored records of the drafts' sites within the span of the drafts' periods: the only ones they can meet. */
function existingRecords(db: WorkspaceDb, drafts: readonly RecordDraft[]): ExistingRecord[] {
  const siteIds = [...new Set(drafts.map((d) => d.siteId))];
  if (siteIds.length === 0) return [];
  let from = drafts[0]?.periodStart ?? '';
  let to = drafts[0]?.periodEnd ?? '';
  for (const d of drafts) {
    if (d.periodStart < from) from = d.periodStart;
    if (d.periodEnd > to) to = d.periodEnd;
  }
  return db
    .select({
      id: activityRecords.id, siteId: activityRecords.siteId, activityId: activityRecords.activityId, meter: activityRecords.meter,
      periodStart: activityRecords.periodStart, periodEnd: activityRecords.periodEnd, quantity: activityRecords.quantity, unit: activityRecords.unit,
      estimated: activityRecords.estimated, importId: activityRecords.importId,
    })
    .from(activityRecords)
    .where(and(inArray(activityRecords.siteId, siteIds), lte(activityRecords.periodStart, to), gte(activityRecords.periodEnd, from)))
    .all();
}

export interface ImportOutcome {
  status: 'imported' | 'already-imported' | 'nothing-imported' | 'needs-decision';
  importId: string | null;
  fileName: string;
  profileId: string;
  encoding: string;
  rowsTotal: number;
  rowsImported: number;
  rowsRejected: number;
  rowsDuplicate: number;
  intervalsImported: number;
  rejects: RowReject[];
  warnings: string[];
  conflicts: OverlapConflict[];
  perActivity: { activityId: string; unit: string; quantity: number; co2eKg: number }[];
  co2eKgAdded: number;
  previousImport: { id: string; importedAt: string; fileName: string } | null;
}

export interface ImportDeps {
  now: Date;
  audit: Audit;
  makeCalculate: (pinned: number | null) => CalculateFn;
  extraProfiles?: readonly ImportProfile[];
  progress?: (progress: ImportProgress) => void;
}

/** A file read and mapped, ready to be checked against the workspace and written. */
export interface PreparedImport {
  /** The file's name and size; its bytes are not kept (the caller holds them for the evidence). */
  file: { fileName: string; sizeBytes: number };
  sha256: string;
  /** How the bytes were decoded (the text itself is not kept: a big file's is tens of MB). */
  decoded: Omit<DecodedText, 'text'>;
  head: CsvHead;
  /** Data rows in the file (blank and total rows left out). */
  rowsTotal: number;
  profile: ImportProfile;
  mapped: ProfileResult;
  /** The file's records, then one per meter and day of interval readings (grouped into months when written). */
  drafts: RecordDraft[];
  dayDrafts: ReadonlyMap<RecordDraft, IntervalDay>;
  report: (phase: ImportProgress['phase'], rowsDone: number) => void;
}

/**
 * The whole import in the caller's transaction: all or nothing. Re-importing the same bytes changes
 * nothing; exact duplicates are skipped; overlaps with existing records wait for the user's choice.
 */
export function runImport(db: WorkspaceDb, file: { bytes: Uint8Array; fileName: string }, options: ImportOptions, deps: ImportDeps): ImportOutcome {
  const prepared = prepareImport(db, file, options, deps);
  return writeImport(db, prepared, options, deps, () => gzipSync(file.bytes));
}

/**
 * Reads, decodes and maps the file: CPU work that writes nothing, so the import worker runs it
 * outside the write transaction while the evidence is compressed on another thread. A layout that
 * maps in batches reads the file as a stream, so a big export never exists as one table in memory.
 */
export function prepareImport(db: WorkspaceDb, file: { bytes: Uint8Array; fileName: string; sha256?: string | undefined }, options: ImportOptions, deps: ImportDeps): PreparedImport {
  const sha256 = file.sha256 ?? createHash('sha256').update(file.bytes).digest('hex');
  const decoded = decodeBytes(file.bytes);
  const stream = openCsvStream(decoded.text);
  let table = stream ? null : tableOf(decoded.text);
  const head: CsvHead = stream?.head ?? (table as CsvTable);
  let rowsTotal = table?.rows.length ?? 0;
  let exact = table !== null;
  const report = (phase: ImportProgress['phase'], rowsDone: number) => deps.progress?.({ fileSha256: sha256, phase, rowsDone, rowsTotal, rowsTotalExact: exact });
  report('reading', 0);
  const saved = savedMappingProfiles(db);
  let profile: ImportProfile;
  try {
    profile = options.mapping
      ? mappedProfile(options.mapping, { id: 'mapping', label: 'Your column mapping', signature: null })
      : chooseProfile(head, options.profileId, [...saved, ...(deps.extraProfiles ?? [])]);
  } catch (error) {
    // A problem with the file itself comes first, as when the whole table is read before choosing.
    if (!table) tableOf(decoded.text);
    if (error instanceof AppFailure) throw error;
    throw new AppFailure('VALIDATION', (error as Error).message);
  }
  const siteRows = db.select({ id: sites.id, name: sites.name, country: sites.country, postcode: sites.postcode }).from(sites).all();
  report('checking', 0);
  const context: ImportContext = {
    sites: siteRows,
    siteId: options.siteId ?? null,
    dateFormat: options.dateFormat ?? null,
    decimalMark: options.decimalMark ?? '.',
    gasCalorificValueMjPerM3: options.gasCalorificValueMjPerM3 ?? null,
    meterFuel: options.meterFuel ?? null,
  };
  let mapped: ProfileResult | null = null;
  if (stream && profile.mapStream) {
    try {
      mapped = profile.mapStream(reportingBatches(stream, (rowsDone, estimate) => {
        // A second pass (rare: see hh-rows) already knows the exact count.
        if (!exact) rowsTotal = estimate;
        report('checking', rowsDone);
      }, (rows) => {
        rowsTotal = rows;
        exact = true;
      }), context);
    } catch (error) {
      // Not a clean file after all: the whole-file reader says why (or reads it after all).
      if (!(error instanceof CsvStreamFallback)) throw error;
    }
  }
  if (!mapped) {
    table ??= tableOf(decoded.text);
    rowsTotal = table.rows.length;
    exact = true;
    mapped = profile.map(table, context);
  }
  report('checking', rowsTotal);
  const dayDrafts = dayDraftsOf(mapped.intervals.days());
  const drafts = [...mapped.records, ...dayDrafts.keys()];
  return {
    file: { fileName: file.fileName, sizeBytes: file.bytes.length }, sha256, decoded: { encoding: decoded.encoding, description: decoded.description }, head, rowsTotal,
    profile, mapped, drafts, dayDrafts, report,
  };
}

/** The stream's batches, with the rows read so far and an estimate of the total as they go. */
function reportingBatches(stream: CsvStream, onBatch: (rowsDone: number, rowsTotalEstimate: number) => void, onPass: (rows: number) => void): RowBatches {
  return {
    header: stream.header,
    forEachBatch(consume) {
      let rowsDone = 0;
      const pass = stream.forEachBatch((rows, charsRead) => {
        consume(rows);
        rowsDone += rows.length;
        onBatch(rowsDone, Math.max(rowsDone, Math.round((rowsDone * stream.textLength) / Math.max(charsRead, 1))));
      });
      onPass(pass.rows);
    },
  };
}

/** Checks the prepared file against the workspace and writes it; call inside one transaction. */
export function writeImport(db: WorkspaceDb, prepared: PreparedImport, options: ImportOptions, deps: ImportDeps, evidenceGzip: () => Buffer): ImportOutcome {
  const { file, sha256, decoded, head, rowsTotal, mapped, drafts, dayDrafts, report } = prepared;
  let profile = prepared.profile;
  const base = {
    importId: null, fileName: file.fileName, profileId: profile.id, encoding: decoded.description, rowsTotal,
    rowsImported: 0, rowsRejected: 0, rowsDuplicate: 0, intervalsImported: 0, rejects: [] as RowReject[], warnings: [] as string[],
    conflicts: [] as OverlapConflict[], perActivity: [], co2eKgAdded: 0, previousImport: previousImportOf(db, sha256),
  };
  if (base.previousImport) return { ...base, status: 'already-imported' };

  const existing = existingRecords(db, drafts);
  const check = checkOverlaps(drafts, existing, dayDrafts.size > 0 ? { drafts: dayDrafts, existing: existingByDay(db, existing) } : undefined);
  const rejectedRows = new Set(mapped.rejects.map((r) => r.rowNumber)).size;
  const outcome = { ...base, rejects: mapped.rejects, warnings: [...head.preamble.length ? [`Skipped ${head.preamble.length} line(s) above the header`] : [], ...mapped.warnings], rowsRejected: rejectedRows, rowsDuplicate: check.duplicates.length, conflicts: check.conflicts };
  const overlap = options.overlap ?? 'ask';
  if (check.conflicts.length > 0 && overlap === 'ask') return { ...outcome, status: 'needs-decision' };
  const clashingRows = new Set(check.conflicts.map((c) => c.rowNumber));
  // Replace: a later row wins over the stored record or the earlier row of this file it overlaps.
  const replacedRows = new Set(check.conflicts.map((c) => c.sameFileRowNumber).filter((n): n is number => n !== null));
  const toWrite =
    overlap === 'skip' ? check.fresh.filter((d) => !clashingRows.has(d.rowNumber)) : overlap === 'replace' ? check.fresh.filter((d) => !replacedRows.has(d.rowNumber)) : check.fresh;
  if (toWrite.length === 0) return { ...outcome, status: 'nothing-imported' };
  const records = [...toWrite.filter((d) => !dayDrafts.has(d)), ...monthRecordsOf(toWrite.filter((d) => dayDrafts.has(d)))];

  report('writing', 0);
  const importId = randomUUID();
  const at = deps.now.toISOString();
  if (options.mapping && options.saveMappingAs) {
    const layout = saveMapping(db, options.saveMappingAs, headerSignature(head.header), options.mapping, deps.now, deps.audit);
    profile = { ...profile, id: `mapping:${layout.id}`, label: layout.name };
  }
  db.insert(importFiles).values({
    id: importId, sha256, fileName: file.fileName, sizeBytes: file.sizeBytes, encoding: decoded.encoding, delimiter: head.delimiter,
    profileId: profile.id, importedAt: at, status: 'imported', undoneAt: null, rowsTotal, rowsImported: records.length,
    rowsRejected: rejectedRows, rowsDuplicate: check.duplicates.length, intervalsImported: 0, warningsJson: JSON.stringify(outcome.warnings),
    evidenceGzip: evidenceGzip(),
  }).run();
  const replaced = overlap === 'replace' ? replacedRecords(check.conflicts, existing) : [];
  removeReplaced(db, replaced, deps.audit, file.fileName);
  const ids = insertRecords(db, records, importId, at);
  const writtenDays = new Set(toWrite.flatMap((d) => dayDrafts.get(d) ?? []));
  const intervalsImported = insertIntervalDays(db, mapped.intervals.days(), writtenDays, importId, overlap === 'replace');
  const kept = keepUnreplacedDays(db, replaced, at, deps.audit);
  if (intervalsImported > 0) db.update(importFiles).set({ intervalsImported }).where(eq(importFiles.id, importId)).run();
  const insertReject = db.$client.prepare('INSERT INTO import_rejects (import_id, row_number, column_name, reason) VALUES (?, ?, ?, ?)');
  for (const r of mapped.rejects) insertReject.run(importId, r.rowNumber, r.column, r.reason);
  report('calculating', rowsTotal);
  const { errors } = calculateRecords(db, deps.makeCalculate, ids, deps.now, writtenRecords(db, records, ids, importId));
  if (kept.length > 0) errors.push(...calculateRecords(db, deps.makeCalculate, kept, deps.now).errors);
  const failure = errors[0];
  if (failure) throw new AppFailure('VALIDATION', `A row could not be calculated (${failure.message}); nothing was imported.`);
  const totals = totalsOf(db, importId);
  deps.audit({
    action: 'create', entity: 'import', entityId: importId, summary: `Imported ${file.fileName}: ${records.length} records, ${rejectedRows} rows rejected, ${check.duplicates.length} duplicates skipped`,
    before: null, after: { fileName: file.fileName, sha256, profileId: profile.id, records: records.length, intervals: intervalsImported },
  });
  report('done', rowsTotal);
  return { ...outcome, status: 'imported', importId, profileId: profile.id, rowsImported: records.length, intervalsImported, ...totals };
}

/** The original file, compressed, for an import whose row was written before its compression finished. */
export function attachEvidence(db: WorkspaceDb, importId: string, evidenceGzip: Buffer): void {
  db.update(importFiles).set({ evidenceGzip }).where(eq(importFiles.id, importId)).run();
}

/** The records just written, as the calculation and the rollups would read them back. */
function writtenRecords(db: WorkspaceDb, drafts: readonly RecordDraft[], ids: readonly string[], importId: string): WrittenRecords {
  const markets = new Map(db.select({ id: sites.id, country: sites.country, postcode: sites.postcode }).from(sites).all().map((s) => [s.id, marketOfPostcode(s.country, s.postcode)]));
  const records: RecordForCalculation[] = [];
  const attributes = new Map<string, RecordAttributes>();
  drafts.forEach((d, i) => {
    const id = ids[i] ?? '';
    // Options travel through JSON as they are stored, so the calculator sees what it would read.
    const options = d.options ? (JSON.parse(JSON.stringify(d.options)) as Record<string, unknown>) : null;
    records.push({ id, siteId: d.siteId, activityId: d.activityId, periodStart: d.periodStart, periodEnd: d.periodEnd, quantity: d.quantity, unit: d.unit, options, market: markets.get(d.siteId) ?? null });
    attributes.set(id, { meter: d.meter ?? '', dataQuality: d.dataQuality, estimated: d.estimated ? 1 : 0, source: 'import', importId });
  });
  return { records, attributes };
}

function insertRecords(db: WorkspaceDb, drafts: readonly RecordDraft[], importId: string, at: string): string[] {
  const insert = db.$client.prepare(
    `INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, options_json, source, source_ref, description, data_quality, meter, import_id, estimated, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return drafts.map((d) => {
    const id = randomUUID();
    insert.run(id, d.siteId, d.activityId, d.periodStart, d.periodEnd, d.quantity, d.unit, d.options ? JSON.stringify(d.options) : null, d.sourceRef, d.description, d.dataQuality, d.meter, importId, d.estimated ? 1 : 0, at, at);
    return id;
  });
}

/** The stored records (whole, as read) that conflicts with stored data point at. */
function replacedRecords(conflicts: readonly OverlapConflict[], existing: readonly ExistingRecord[]): ExistingRecord[] {
  const ids = new Set(conflicts.filter((c) => c.sameFileRowNumber === null).map((c) => c.existing.id));
  return existing.filter((r) => ids.has(r.id));
}

function removeReplaced(db: WorkspaceDb, replaced: readonly ExistingRecord[], audit: Audit, fileName: string): void {
  if (replaced.length === 0) return;
  const ids = replaced.map((r) => r.id);
  removeRecords(db, ids);
  audit({ action: 'delete', entity: 'activity-record', entityId: ids.join(','), summary: `Replaced ${ids.length} overlapping record(s) with ${fileName}`, before: { recordIds: ids }, after: null });
}

/**
 * A replaced month of interval readings that the new file covered only in part: its other days
 * become records again, of the import they came from (so undoing either import stays exact).
 */
function keepUnreplacedDays(db: WorkspaceDb, replaced: readonly ExistingRecord[], at: string, audit: Audit): string[] {
  const ids = keptDaysOf(db, replaced).flatMap(({ importId, records }) => insertRecords(db, records, importId, at));
  if (ids.length > 0) {
    audit({ action: 'create', entity: 'activity-record', entityId: ids.join(','), summary: `Kept the days not replaced as ${ids.length} record(s)`, before: null, after: { recordIds: ids } });
  }
  return ids;
}

function totalsOf(db: WorkspaceDb, importId: string): Pick<ImportOutcome, 'perActivity' | 'co2eKgAdded'> {
  const quantities = db
    .select({ activityId: activityRecords.activityId, unit: activityRecords.unit, quantity: sql<number>`sum(${activityRecords.quantity})` })
    .from(activityRecords)
    .where(eq(activityRecords.importId, importId))
    .groupBy(activityRecords.activityId, activityRecords.unit)
    .all();
  // Location-based totals, as UK reporting leads with them (market-based is shown beside them
  // elsewhere), grouped like the quantities so an activity given in two units is not counted twice.
  const emissions = db
    .select({ activityId: activityRecords.activityId, unit: activityRecords.unit, co2eKg: sql<number>`sum(${emissionFigures.co2eKg})` })
    .from(emissionFigures)
    .innerJoin(activityRecords, eq(activityRecords.id, emissionFigures.activityRecordId))
    .where(and(eq(activityRecords.importId, importId), sql`${emissionFigures.method} != 'market-based'`))
    .groupBy(activityRecords.activityId, activityRecords.unit)
    .all();
  const byActivityUnit = new Map(emissions.map((e) => [`${e.activityId}|${e.unit}`, e.co2eKg]));
  return {
    perActivity: quantities.map((q) => ({ ...q, co2eKg: byActivityUnit.get(`${q.activityId}|${q.unit}`) ?? 0 })),
    co2eKgAdded: emissions.reduce((sum, e) => sum + e.co2eKg, 0),
  };
}
