import { gunzipSync } from 'node:zlib';
import type { DrillDownFilter, DrillDownPage, DrillDownRow } from '../../../shared/domain/dashboard';
import type { WorkspaceDb } from '../db/connection';
import { findActivity } from '../emissions/catalogue';
import { currentRun } from '../emissions/runs/run-repository';
import { AppFailure } from '../errors';
import { getOrganisation } from '../workspaces/organisation-repository';
import { apportion, daysByMonth, lastDayOf, monthsFrom } from './months';
import { yearWindow } from './rollup-sql';

interface Condition {
  rollup: string;
  figure: string;
  value?: unknown;
}

/**
 * Each filter field as a condition on figure_rollups and the same condition on a figure joined to
 * its record (f, r), so the count taken from the rollups and the rows listed always agree.
 */
function conditionsOf(filter: DrillDownFilter): Condition[] {
  const c: Condition[] = [];
  if (filter.scope !== undefined) c.push({ rollup: 'scope = ?', figure: 'f.scope = ?', value: filter.scope });
  // Scope 2 of one method only; supplementary time-matched figures count in neither, as in the totals.
  if (filter.basis === 'location') c.push({ rollup: `NOT (scope = 2 AND method != 'location-based')`, figure: `NOT (f.scope = 2 AND f.method != 'location-based')` });
  if (filter.basis === 'market') c.push({ rollup: `NOT (scope = 2 AND method != 'market-based')`, figure: `NOT (f.scope = 2 AND f.method != 'market-based')` });
  if (filter.scope3Category !== undefined) {
    c.push({ rollup: 'scope3_category = ?', figure: 'coalesce(f.scope3_category, 0) = ?', value: filter.scope3Category ?? 0 });
  }
  if (filter.siteId !== undefined) c.push({ rollup: 'site_id = ?', figure: 'f.site_id = ?', value: filter.siteId });
  if (filter.activityId !== undefined) c.push({ rollup: 'activity_id = ?', figure: 'f.activity_id = ?', value: filter.activityId });
  if (filter.source !== undefined) c.push({ rollup: 'source = ?', figure: `coalesce(r.source, '') = ?`, value: filter.source });
  if (filter.importId !== undefined) c.push({ rollup: 'import_id = ?', figure: `coalesce(r.import_id, '') = ?`, value: filter.importId ?? '' });
  if (filter.dataQuality !== undefined) c.push({ rollup: 'data_quality = ?', figure: `coalesce(r.data_quality, '') = ?`, value: filter.dataQuality });
  if (filter.estimated !== undefined) c.push({ rollup: 'estimated = ?', figure: 'coalesce(r.estimated, 0) = ?', value: filter.estimated ? 1 : 0 });
  if (filter.factorSetId !== undefined) c.push({ rollup: 'factor_set_id = ?', figure: `coalesce(f.factor_set_id, '') = ?`, value: filter.factorSetId });
  return c;
}

function whereOf(conditions: readonly Condition[], side: 'rollup' | 'figure'): { sql: string; args: unknown[] } {
  return {
    sql: conditions.map((c) => ` AND ${c[side]}`).join(''),
    args: conditions.filter((c) => 'value' in c).map((c) => c.value),
  };
}

interface FigureRow {
  id: number;
  runId: string;
  activityRecordId: string;
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  role: string;
  scope: number;
  scope3Category: number | null;
  method: string;
  co2eKg: number;
  co2Kg: number | null;
  ch4Kg: number | null;
  n2oKg: number | null;
  quantity: number;
  quantityUnit: string;
  factorSetId: string | null;
  factorId: number | null;
  factorRowNumber: number | null;
  factorValue: number;
  factorUnit: string;
  factorYear: number | null;
  marketStep: string | null;
  provenanceJson: string;
  notesJson: string;
  siteName: string | null;
  recordId: string | null;
  source: string | null;
  dataQuality: string | null;
  estimated: number | null;
  meter: string | null;
  description: string | null;
  sourceRef: string | null;
  importId: string | null;
  fileName: string | null;
  setTitle: string | null;
  setYear: number | null;
  setVerified: number | null;
}

const ROW_SQL = `SELECT f.id, f.run_id AS runId, f.activity_record_id AS activityRecordId, f.site_id AS siteId, f.activity_id AS activityId,
    f.period_start AS periodStart, f.period_end AS periodEnd, f.role, f.scope, f.scope3_category AS scope3Category, f.method, f.co2e_kg AS co2eKg,
    f.co2_kg AS co2Kg, f.ch4_kg AS ch4Kg, f.n2o_kg AS n2oKg, f.quantity, f.quantity_unit AS quantityUnit, f.factor_set_id AS factorSetId,
    f.factor_id AS factorId, f.factor_row_number AS factorRowNumber, f.factor_value AS factorValue, f.factor_unit AS factorUnit,
    f.factor_year AS factorYear, f.market_step AS marketStep, d.provenance_json AS provenanceJson, d.notes_json AS notesJson,
    s.name AS siteName, r.id AS recordId, r.source, r.data_quality AS dataQuality, r.estimated, r.meter, r.description, r.source_ref AS sourceRef,
    r.import_id AS importId, i.file_name AS fileName, fs.title AS setTitle, fs.year AS setYear, fs.verified AS setVerified
  FROM emission_figures f INDEXED BY emission_figures_run_period_idx
  JOIN figure_details d ON d.id = f.detail_id
  LEFT JOIN activity_records r ON r.id = f.activity_record_id
  LEFT JOIN sites s ON s.id = f.site_id
  LEFT JOIN import_files i ON i.id = r.import_id
  LEFT JOIN factor_sets fs ON fs.id = f.factor_set_id`;

function inWindow(row: FigureRow, months: ReadonlySet<string>): number {
  const spans = daysByMonth(row.periodStart, row.periodEnd);
  const parts = apportion(row.co2eKg, spans.map((s) => s.days));
  return spans.reduce((sum, span, i) => (months.has(span.month) ? sum + (parts[i] ?? 0) : sum), 0);
}

function toRow(row: FigureRow, months: ReadonlySet<string>): DrillDownRow {
  return {
    figure: {
      id: row.id, runId: row.runId, activityRecordId: row.activityRecordId, role: row.role, scope: row.scope, scope3Category: row.scope3Category,
      method: row.method, co2eKg: row.co2eKg, co2Kg: row.co2Kg, ch4Kg: row.ch4Kg, n2oKg: row.n2oKg, quantity: row.quantity, quantityUnit: row.quantityUnit,
      factorSetId: row.factorSetId, factorId: row.factorId, factorRowNumber: row.factorRowNumber, factorValue: row.factorValue, factorUnit: row.factorUnit,
      factorYear: row.factorYear, marketStep: row.marketStep,
      provenance: JSON.parse(row.provenanceJson) as Record<string, unknown>,
      notes: JSON.parse(row.notesJson) as string[],
    },
    siteId: row.siteId,
    siteName: row.siteName ?? 'A deleted site',
    activityId: row.activityId,
    activityLabel: findActivity(row.activityId)?.label ?? row.activityId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    co2eKgInWindow: inWindow(row, months),
    record: row.recordId
      ? { source: row.source ?? '', dataQuality: row.dataQuality ?? '', estimated: row.estimated === 1, meter: row.meter, description: row.description, sourceRef: row.sourceRef }
      : null,
    evidence: row.importId && row.fileName ? { importId: row.importId, fileName: row.fileName } : null,
    factorSet: row.factorSetId && row.setTitle !== null ? { id: row.factorSetId, title: row.setTitle, year: row.setYear ?? 0, verified: row.setVerified === 1 } : null,
  };
}

/**
 * The figures of the current run behind a bar or total, a page at a time, each with its record,
 * factor provenance and evidence file. The total comes from the rollups; the lower bound of the
 * period range (the earliest start that reaches into the window) keeps the page query on the index.
 */
export function drillDown(db: WorkspaceDb, input: { year: number; filter: DrillDownFilter; limit: number; offset: number }): DrillDownPage {
  const year = yearWindow(input.year, getOrganisation(db).reportingYearStartMonth);
  const { filter } = input;
  if (filter.month !== undefined && !year.months.includes(filter.month)) {
    throw new AppFailure('VALIDATION', `${filter.month} is not in reporting year ${input.year} (${year.start} to ${year.end}).`, { 'filter.month': 'Pick a month inside the reporting year' });
  }
  const firstMonth = filter.month ?? year.firstMonth;
  const lastMonth = filter.month ?? year.lastMonth;
  const window = filter.month ? { start: `${filter.month}-01`, end: lastDayOf(filter.month) } : { start: year.start, end: year.end };
  const run = currentRun(db);
  if (!run) return { window, total: 0, rows: [] };
  const conditions = conditionsOf(filter);
  const r = whereOf(conditions, 'rollup');
  const counts = db.$client
    .prepare(
      `SELECT coalesce(sum(starting_count), 0) AS starting, coalesce(sum(CASE WHEN month = ? THEN figure_count - starting_count END), 0) AS carried,
         min(min_period_start) AS lowerBound
       FROM figure_rollups WHERE run_id = ? AND month BETWEEN ? AND ?${r.sql}`,
    )
    .get(firstMonth, run.id, firstMonth, lastMonth, ...r.args) as { starting: number; carried: number; lowerBound: string | null };
  if (counts.lowerBound === null) return { window, total: 0, rows: [] };
  const f = whereOf(conditions, 'figure');
  const rows = db.$client
    .prepare(`${ROW_SQL} WHERE f.run_id = ? AND f.period_start BETWEEN ? AND ? AND f.period_end >= ?${f.sql} ORDER BY f.period_start, f.id LIMIT ? OFFSET ?`)
    .all(run.id, counts.lowerBound, window.end, window.start, ...f.args, input.limit, input.offset) as FigureRow[];
  const months = new Set(monthsFrom(firstMonth, filter.month ? 1 : 12));
  return { window, total: counts.starting + counts.carried, rows: rows.map((row) => toRow(row, months)) };
}

/** The original file an import read, as the user gave it (it is kept gzip-compressed as evidence). */
export function evidenceFile(db: WorkspaceDb, importId: string): { fileName: string; contentBase64: string; sizeBytes: number } {
  const row = db.$client.prepare('SELECT file_name AS fileName, evidence_gzip AS evidence FROM import_files WHERE id = ?').get(importId) as { fileName: string; evidence: Buffer } | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', 'That import no longer exists, so its original file cannot be downloaded.');
  const bytes = gunzipSync(row.evidence);
  return { fileName: row.fileName, contentBase64: bytes.toString('base64'), sizeBytes: bytes.length };
}
