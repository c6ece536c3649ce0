import type { WorkspaceDb } from '../db/connection';
import { apportion, daysByMonth } from './months';

/**
 * Maintains figure_rollups, meter_months and factor_rollups (see db/schema/rollups.ts) wherever figures are written or removed:
 * run-repository calls addFigureRollups after inserting figures and removeFigureRollups before
 * deleting them, inside the caller's transaction. Record attributes (meter, data quality, source,
 * import) are read from activity_records at that moment; records are never edited in place, so the
 * same figure always lands in, and leaves, the same rollup row.
 */

/** The fields of a figure the rollups need (FigureDraft and stored rows both have them). */
export interface RollupFigure {
  activityRecordId: string;
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  scope: number;
  scope3Category: number | null;
  method: string;
  co2eKg: number;
  quantity: number;
  quantityUnit: string;
  factorSetId: string | null;
  role: string;
  marketStep: string | null;
  marketSourceId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorValue: number;
  factorUnit: string;
  factorYear: number | null;
}

/** What a figure's activity record adds to its rollup key ('' where it has none). */
export interface RecordAttributes {
  meter: string;
  dataQuality: string;
  estimated: number;
  source: string;
  importId: string;
}

interface Cell {
  key: unknown[];
  co2eKg: number;
  quantity: number;
  figureCount: number;
  startingCount: number;
  minPeriodStart: string;
  maxFigureId: number;
}

/** Adds one figure's part of a month (times sign) to a cell. */
function accumulate(cell: Cell, sign: number, co2eKg: number, quantity: number, starting: boolean, f: RollupFigure, figureId: number): void {
  cell.co2eKg += sign * co2eKg;
  cell.quantity += sign * quantity;
  cell.figureCount += sign;
  if (starting) cell.startingCount += sign;
  if (f.periodStart < cell.minPeriodStart) cell.minPeriodStart = f.periodStart;
  if (figureId > cell.maxFigureId) cell.maxFigureId = figureId;
}

const emptyCell = (key: unknown[], f: RollupFigure, figureId: number): Cell => ({ key, co2eKg: 0, quantity: 0, figureCount: 0, startingCount: 0, minPeriodStart: f.periodStart, maxFigureId: figureId });

const UNKNOWN_RECORD: RecordAttributes = { meter: '', dataQuality: '', estimated: 0, source: '', importId: '' };

const UPSERT_SQL = `INSERT INTO figure_rollups (run_id, month, site_id, activity_id, scope, scope3_category, method, data_quality, estimated, source, import_id,
    factor_set_id, quantity_unit, co2e_kg, quantity, figure_count, starting_count, min_period_start)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (run_id, month, site_id, activity_id, scope, scope3_category, method, data_quality, estimated, source, import_id, factor_set_id, quantity_unit)
  DO UPDATE SET co2e_kg = co2e_kg + excluded.co2e_kg, quantity = quantity + excluded.quantity, figure_count = figure_count + excluded.figure_count,
    starting_count = starting_count + excluded.starting_count, min_period_start = min(min_period_start, excluded.min_period_start)`;

// max_figure_id only ever rises: a removal lowers figure_count instead (see the schema).
const FACTOR_UPSERT_SQL = `INSERT INTO factor_rollups (run_id, month, site_id, activity_id, scope, scope3_category, role, method, market_step, market_source_id,
    factor_set_id, factor_id, factor_row_number, factor_value, factor_unit, factor_year, quantity_unit, co2e_kg, quantity, figure_count, starting_count,
    min_period_start, max_figure_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (run_id, month, site_id, activity_id, scope, scope3_category, role, method, market_step, market_source_id, factor_set_id, factor_id,
    factor_row_number, factor_value, factor_unit, factor_year, quantity_unit)
  DO UPDATE SET co2e_kg = co2e_kg + excluded.co2e_kg, quantity = quantity + excluded.quantity, figure_count = figure_count + excluded.figure_count,
    starting_count = starting_count + excluded.starting_count, min_period_start = min(min_period_start, excluded.min_period_start),
    max_figure_id = max(max_figure_id, excluded.max_figure_id)`;

const METER_UPSERT_SQL = `INSERT INTO meter_months (run_id, month, site_id, activity_id, meter, source, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (run_id, month, site_id, activity_id, meter, source) DO UPDATE SET figure_count = figure_count + excluded.figure_count`;

/**
 * Sums figures (times `sign`) into per-month cells, then writes each cell with one upsert. Bulk
 * writers (the dashboard benchmark's seeding) use it directly with the record attributes in hand.
 */
export class RollupBatch {
  private readonly cells = new Map<string, Cell>();
  private readonly factorCells = new Map<string, Cell>();
  private readonly meterCells = new Map<string, { key: unknown[]; figureCount: number }>();

  constructor(private readonly runId: string, private readonly sign: 1 | -1) {}

  /** `figureId` is the figure's emission_figures id (AUTOINCREMENT, never reused). */
  add(f: RollupFigure, r: RecordAttributes, figureId: number): void {
    // Most figures (daily readings, monthly bills) sit in one month: no apportioning to do.
    if (f.periodStart.slice(0, 7) === f.periodEnd.slice(0, 7) && f.periodEnd >= f.periodStart) {
      this.addPart(f, r, figureId, f.periodStart.slice(0, 7), f.co2eKg, f.quantity, true);
      return;
    }
    const spans = daysByMonth(f.periodStart, f.periodEnd);
    const weights = spans.map((s) => s.days);
    const co2eParts = apportion(f.co2eKg, weights);
    const quantityParts = apportion(f.quantity, weights);
    spans.forEach((span, i) => this.addPart(f, r, figureId, span.month, co2eParts[i] ?? 0, quantityParts[i] ?? 0, i === 0));
  }

  // Cells are found by a string of their key's parts (the run is the batch's own); the key itself
  // is only built when a cell is new. A big import adds hundreds of thousands of parts to a few
  // thousand cells.
  private addPart(f: RollupFigure, r: RecordAttributes, figureId: number, month: string, co2eKg: number, quantity: number, starting: boolean): void {
    const runId = this.runId;
    const category = f.scope3Category ?? 0;
    const factorSetId = f.factorSetId ?? '';
    const meterId = `${month}\u0001${f.siteId}\u0001${f.activityId}\u0001${r.meter}\u0001${r.source}`;
    const meterCell = this.meterCells.get(meterId);
    if (meterCell) meterCell.figureCount += this.sign;
    else this.meterCells.set(meterId, { key: [runId, month, f.siteId, f.activityId, r.meter, r.source], figureCount: this.sign });

    const id = `${month}\u0001${f.siteId}\u0001${f.activityId}\u0001${f.scope}\u0001${category}\u0001${f.method}\u0001${r.dataQuality}\u0001${r.estimated}\u0001${r.source}\u0001${r.importId}\u0001${factorSetId}\u0001${f.quantityUnit}`;
    let cell = this.cells.get(id);
    if (!cell) {
      cell = emptyCell([runId, month, f.siteId, f.activityId, f.scope, category, f.method, r.dataQuality, r.estimated, r.source, r.importId, factorSetId, f.quantityUnit], f, figureId);
      this.cells.set(id, cell);
    }
    accumulate(cell, this.sign, co2eKg, quantity, starting, f, figureId);

    const marketStep = f.marketStep ?? '';
    const marketSourceId = f.marketSourceId ?? '';
    const factorId = f.factorId ?? -1;
    const factorRow = f.factorRowNumber ?? -1;
    const factorYear = f.factorYear ?? -1;
    const factorCellId = `${month}\u0001${f.siteId}\u0001${f.activityId}\u0001${f.scope}\u0001${category}\u0001${f.method}\u0001${factorSetId}\u0001${f.quantityUnit}\u0001${f.role}\u0001${marketStep}\u0001${marketSourceId}\u0001${factorId}\u0001${factorRow}\u0001${f.factorValue}\u0001${f.factorUnit}\u0001${factorYear}`;
    let factorCell = this.factorCells.get(factorCellId);
    if (!factorCell) {
      factorCell = emptyCell(
        [runId, month, f.siteId, f.activityId, f.scope, category, f.role, f.method, marketStep, marketSourceId, factorSetId, factorId, factorRow, f.factorValue, f.factorUnit, factorYear, f.quantityUnit],
        f,
        figureId,
      );
      this.factorCells.set(factorCellId, factorCell);
    }
    accumulate(factorCell, this.sign, co2eKg, quantity, starting, f, figureId);
  }

  write(db: WorkspaceDb): void {
    if (this.cells.size === 0) return;
    const upsert = db.$client.prepare(UPSERT_SQL);
    for (const c of this.cells.values()) upsert.run(...c.key, c.co2eKg, c.quantity, c.figureCount, c.startingCount, c.minPeriodStart);
    const upsertFactor = db.$client.prepare(FACTOR_UPSERT_SQL);
    for (const c of this.factorCells.values()) upsertFactor.run(...c.key, c.co2eKg, c.quantity, c.figureCount, c.startingCount, c.minPeriodStart, c.maxFigureId);
    const upsertMeter = db.$client.prepare(METER_UPSERT_SQL);
    for (const c of this.meterCells.values()) upsertMeter.run(...c.key, c.figureCount);
    this.cells.clear();
    this.factorCells.clear();
    this.meterCells.clear();
    if (this.sign < 0) {
      db.$client.prepare('DELETE FROM figure_rollups WHERE run_id = ? AND figure_count <= 0').run(this.runId);
      db.$client.prepare('DELETE FROM meter_months WHERE run_id = ? AND figure_count <= 0').run(this.runId);
      db.$client.prepare('DELETE FROM factor_rollups WHERE run_id = ? AND figure_count <= 0').run(this.runId);
    }
  }
}

const ATTRIBUTE_COLUMNS = `coalesce(r.meter, '') AS meter, coalesce(r.data_quality, '') AS dataQuality, coalesce(r.estimated, 0) AS estimated,
  coalesce(r.source, '') AS source, coalesce(r.import_id, '') AS importId`;

// SQLite limits the variables of one statement, so ids travel as one JSON array.
function attributesOf(db: WorkspaceDb, recordIds: readonly string[]): Map<string, RecordAttributes> {
  const rows = db.$client
    .prepare(`SELECT r.id AS id, ${ATTRIBUTE_COLUMNS} FROM activity_records r WHERE r.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...new Set(recordIds)])) as (RecordAttributes & { id: string })[];
  return new Map(rows.map(({ id, ...attributes }) => [id, { ...attributes, estimated: attributes.estimated ? 1 : 0 }]));
}

/** Adds just-inserted figures; `figureIds[i]` is the id figures[i] was stored under; `known`: their records' attributes, if in hand. */
export function addFigureRollups(
  db: WorkspaceDb,
  runId: string,
  figures: readonly RollupFigure[],
  figureIds: readonly number[],
  known?: ReadonlyMap<string, RecordAttributes>,
): void {
  if (figures.length === 0) return;
  if (figureIds.length !== figures.length) throw new Error(`addFigureRollups: ${figures.length} figures but ${figureIds.length} ids`);
  const attributes = known ?? attributesOf(db, figures.map((f) => f.activityRecordId));
  const batch = new RollupBatch(runId, 1);
  figures.forEach((f, i) => batch.add(f, attributes.get(f.activityRecordId) ?? UNKNOWN_RECORD, figureIds[i] ?? 0));
  batch.write(db);
}

const STORED_FIGURE_COLUMNS = `f.activity_record_id AS activityRecordId, f.site_id AS siteId, f.activity_id AS activityId, f.period_start AS periodStart,
  f.period_end AS periodEnd, f.scope AS scope, f.scope3_category AS scope3Category, f.method AS method, f.co2e_kg AS co2eKg, f.quantity AS quantity,
  f.quantity_unit AS quantityUnit, f.factor_set_id AS factorSetId, f.role AS role, f.market_step AS marketStep, f.market_source_id AS marketSourceId,
  f.factor_id AS factorId, f.factor_row_number AS factorRowNumber, f.factor_value AS factorValue, f.factor_unit AS factorUnit, f.factor_year AS factorYear,
  f.id AS figureId, ${ATTRIBUTE_COLUMNS}`;

type StoredRow = RollupFigure & RecordAttributes & { figureId: number };

function split(row: StoredRow): [RollupFigure, RecordAttributes, number] {
  const { meter, dataQuality, estimated, source, importId, figureId, ...figure } = row;
  return [figure, { meter, dataQuality, estimated: estimated ? 1 : 0, source, importId }, figureId];
}

/** Takes the current figures of these records in a run out of the rollups; call before deleting them. */
export function removeFigureRollups(db: WorkspaceDb, runId: string, recordIds: readonly string[]): void {
  if (recordIds.length === 0) return;
  const rows = db.$client
    .prepare(
      `SELECT ${STORED_FIGURE_COLUMNS} FROM emission_figures f LEFT JOIN activity_records r ON r.id = f.activity_record_id
       WHERE f.run_id = ? AND f.activity_record_id IN (SELECT value FROM json_each(?))`,
    )
    .all(runId, JSON.stringify([...new Set(recordIds)])) as StoredRow[];
  const batch = new RollupBatch(runId, -1);
  for (const row of rows) batch.add(...split(row));
  batch.write(db);
}

// Flushing every so many figures keeps memory flat when a big run is rebuilt.
const REBUILD_FLUSH = 200_000;

/** Recomputes one run's rollups from its stored figures. */
export function rebuildRunRollups(db: WorkspaceDb, runId: string): void {
  db.$client.prepare('DELETE FROM figure_rollups WHERE run_id = ?').run(runId);
  db.$client.prepare('DELETE FROM meter_months WHERE run_id = ?').run(runId);
  db.$client.prepare('DELETE FROM factor_rollups WHERE run_id = ?').run(runId);
  const rows = db.$client
    .prepare(`SELECT ${STORED_FIGURE_COLUMNS} FROM emission_figures f LEFT JOIN activity_records r ON r.id = f.activity_record_id WHERE f.run_id = ?`)
    .iterate(runId) as IterableIterator<StoredRow>;
  const pending: StoredRow[] = [];
  const flush = () => {
    const batch = new RollupBatch(runId, 1);
    for (const row of pending) batch.add(...split(row));
    pending.length = 0;
    return batch;
  };
  // Rows are collected first: better-sqlite3 forbids writing while a statement is still iterating.
  const batches: RollupBatch[] = [];
  for (const row of rows) {
    pending.push(row);
    if (pending.length >= REBUILD_FLUSH) batches.push(flush());
  }
  batches.push(flush());
  for (const batch of batches) batch.write(db);
}

const BACKFILL_KEY = 'figure_rollups_version';
// Version 2 added factor_rollups (migration 0008): workspaces filled at version 1 are rebuilt once.
const BACKFILL_VERSION = '2';

/**
 * Workspaces that had figures before rollups existed (migration 0005) get them filled once, on
 * open, by the same code that maintains them, so backfilled and maintained months agree exactly.
 */
export function ensureFigureRollups(db: WorkspaceDb): void {
  const done = db.$client.prepare('SELECT value FROM workspace_meta WHERE key = ?').get(BACKFILL_KEY) as { value: string } | undefined;
  if (done?.value === BACKFILL_VERSION) return;
  // Opened with migrations older than 0008 (tests of earlier migrations): nothing to fill yet.
  if (!db.$client.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'factor_rollups'`).get()) return;
  db.$client.transaction(() => {
    const runs = db.$client.prepare('SELECT id FROM calculation_runs').all() as { id: string }[];
    for (const run of runs) rebuildRunRollups(db, run.id);
    db.$client.prepare(`INSERT INTO workspace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(BACKFILL_KEY, BACKFILL_VERSION);
  })();
}
