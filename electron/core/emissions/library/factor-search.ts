import { TOTAL_CO2E_UNIT } from '../../../../shared/domain/factors';
import type { WorkspaceDb } from '../../db/connection';
import { DATASET_ORDER_SQL, FACTOR_COLUMNS, type FactorHit } from './factor-repository';
import { factorDatasets, type FactorDataset, type FactorLookup, type FactorRow } from './types';

export interface FactorSearchQuery {
  /** Whitespace-separated words: each must appear (any case) in a level, column text, UOM, DESNZ ID or SIC code. */
  text: string;
  year?: number | undefined;
  dataset?: FactorDataset | undefined;
  scope?: string | undefined;
  kgCo2eOnly?: boolean | undefined;
  limit: number;
  offset: number;
}

export interface FactorSearchPage<H extends FactorHit = FactorHit> {
  rows: H[];
  total: number;
}

export function searchTerms(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

// The fields a word may match, joined by a newline: words never contain whitespace, so a word can
// never match across two fields. The SIC code of a spend factor is its Level 2.
const HAYSTACK_SQL = `(f.level1 || char(10) || f.level2 || char(10) || f.level3 || char(10) || f.level4 || char(10) ||
  f.column_text || char(10) || f.uom || char(10) || coalesce(f.external_id, ''))`;

/**
 * Ordering shared by the database and the in-memory search, so the CLI without a workspace lists
 * the same rows in the same order: totals (kg CO2e) before per-gas rows, newest set first, Scope 1,
 * 2 and 3 before "Outside of Scopes" (so "UK electricity" comes before its Scope 3 look-alikes),
 * then by the published hierarchy and the file order.
 */
const SCOPE_ORDER = ['Scope 1', 'Scope 2', 'Scope 3'];
const SCOPE_ORDER_SQL = `CASE f.scope ${SCOPE_ORDER.map((sc, i) => `WHEN '${sc}' THEN ${i}`).join(' ')} ELSE ${SCOPE_ORDER.length} END`;
const ORDER_SQL = `CASE WHEN f.ghg_unit = '${TOTAL_CO2E_UNIT}' THEN 0 ELSE 1 END, s.year DESC, ${DATASET_ORDER_SQL}, s.id,
  ${SCOPE_ORDER_SQL}, f.level1, f.level2, f.level3, f.level4, f.row_number, f.id`;

function scopeRank(scope: string): number {
  const i = SCOPE_ORDER.indexOf(scope);
  return i === -1 ? SCOPE_ORDER.length : i;
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function searchFactors(db: WorkspaceDb, query: FactorSearchQuery): FactorSearchPage<FactorHit & { id: number }> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const setWhere: string[] = [];
  const setParams: (string | number)[] = [];
  if (query.year !== undefined) {
    setWhere.push('year = ?');
    setParams.push(query.year);
  }
  if (query.dataset !== undefined) {
    setWhere.push('dataset = ?');
    setParams.push(query.dataset);
  }
  // As a set-id list, so SQLite reads only those sets' rows through the (set_id, …) index instead of scanning every factor.
  if (setWhere.length) {
    where.push(`f.set_id IN (SELECT id FROM factor_sets WHERE ${setWhere.join(' AND ')})`);
    params.push(...setParams);
  }
  for (const term of searchTerms(query.text)) {
    where.push(`${HAYSTACK_SQL} LIKE ? ESCAPE '\\'`);
    params.push(likePattern(term));
  }
  if (query.scope !== undefined) {
    where.push('f.scope = ?');
    params.push(query.scope);
  }
  if (query.kgCo2eOnly) {
    where.push('f.ghg_unit = ?');
    params.push(TOTAL_CO2E_UNIT);
  }
  const from = `FROM factors f JOIN factor_sets s ON s.id = f.set_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const sqlite = db.$client;
  // One pass: the window count is the number of matches before LIMIT/OFFSET cut the page.
  const page = sqlite
    .prepare<(string | number)[], FactorHit & { id: number; total: number }>(
      `SELECT ${FACTOR_COLUMNS}, s.dataset, s.year AS setYear, s.version AS setVersion, count(*) OVER () AS total ${from}
        ORDER BY ${ORDER_SQL} LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset);
  const total = page[0]?.total ?? (query.offset > 0 ? (sqlite.prepare<(string | number)[], number>(`SELECT count(*) ${from}`).pluck().get(...params) ?? 0) : 0);
  return { rows: page.map(({ total: _total, ...row }) => row), total };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareHits(a: FactorHit, b: FactorHit): number {
  const total = (h: FactorHit) => (h.ghgUnit === TOTAL_CO2E_UNIT ? 0 : 1);
  return (
    total(a) - total(b) ||
    b.setYear - a.setYear ||
    factorDatasets.indexOf(a.dataset) - factorDatasets.indexOf(b.dataset) ||
    compareText(a.setId, b.setId) ||
    scopeRank(a.scope) - scopeRank(b.scope) ||
    compareText(a.level1, b.level1) ||
    compareText(a.level2, b.level2) ||
    compareText(a.level3, b.level3) ||
    compareText(a.level4, b.level4) ||
    a.rowNumber - b.rowNumber
  );
}

function haystackOf(r: FactorRow): string {
  return [r.level1, r.level2, r.level3, r.level4, r.columnText, r.uom, r.externalId ?? ''].join('\n').toLowerCase();
}

/**
 * The same search over a lookup held in memory (the CLI without a workspace): same matching, same
 * order. Rows have no database id there, so `id` is null. Stable sort keeps file order among
 * otherwise equal rows, as the database's final `f.id` does.
 */
export function searchFactorLookup(lookup: FactorLookup, query: FactorSearchQuery): FactorSearchPage {
  const terms = searchTerms(query.text).map((t) => t.toLowerCase());
  const hits: FactorHit[] = [];
  for (const set of lookup.sets()) {
    if (query.year !== undefined && set.year !== query.year) continue;
    if (query.dataset !== undefined && set.dataset !== query.dataset) continue;
    for (const row of lookup.rows(set.id)) {
      if (query.scope !== undefined && row.scope !== query.scope) continue;
      if (query.kgCo2eOnly && row.ghgUnit !== TOTAL_CO2E_UNIT) continue;
      if (terms.length > 0) {
        const haystack = haystackOf(row);
        if (!terms.every((t) => haystack.includes(t))) continue;
      }
      hits.push({ ...row, id: null, setId: set.id, dataset: set.dataset, setYear: set.year, setVersion: set.version });
    }
  }
  hits.sort(compareHits);
  return { rows: hits.slice(query.offset, query.offset + query.limit), total: hits.length };
}
