// Small pieces the export profiles share: a blank result, file-wide rejects, repeated references,
// and combining transaction lines into records.

import type { RowBatches } from '../csv-stream';
import type { TableRow } from '../csv-table';
import { IntervalDays } from '../interval-days';
import { normaliseHeader } from './columns';
import type { ImportContext, ProfileResult, RecordDraft, RowReject } from './types';

export function emptyResult(): ProfileResult {
  return { records: [], intervals: new IntervalDays(), rejects: [], warnings: [] };
}

/**
 * Some problems are the file's, not a row's (only a kW column, gas in m³ with no calorific value).
 * Every row still gets its reject, so the count of rows not imported is never hidden.
 */
export function rejectEveryRow(rows: RowBatches, result: ProfileResult, column: number | null, reason: string): ProfileResult {
  const name = column === null || column < 0 ? null : (rows.header[column] ?? null);
  rows.forEachBatch((batch) => {
    for (const row of batch) result.rejects.push({ rowNumber: row.rowNumber, column: name, reason });
  });
  return result;
}

/** The first header whose raw text passes the test (for units written in the header, which normaliseHeader drops). */
export function findHeader(header: readonly string[], test: (raw: string, normal: string) => boolean): number {
  return header.findIndex((h) => test(h.toLowerCase(), normaliseHeader(h)));
}

export function siteName(context: ImportContext, siteId: string): string {
  return context.sites.find((s) => s.id === siteId)?.name ?? siteId;
}

/** YYYY-MM of an ISO date. */
export const monthOf = (date: string): string => date.slice(0, 7);

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** Transaction references seen so far: an export that repeats a line must not count it twice. */
export class SeenReferences {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly rejects: RowReject[],
    private readonly what: string,
  ) {}

  /** False (with a reject) when the reference was already on an earlier row. Empty references are never duplicates. */
  first(row: TableRow, columnName: string | null, reference: string): boolean {
    if (reference === '') return true;
    const key = reference.toLowerCase();
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.rejects.push({ rowNumber: row.rowNumber, column: columnName, reason: `${this.what} "${reference}" is already on row ${earlier}: a repeated line is not counted twice` });
      return false;
    }
    this.seen.set(key, row.rowNumber);
    return true;
  }
}

/** One accepted transaction line, waiting to be combined with its group. */
export interface Line {
  draft: RecordDraft;
  /** Lines with the same group (and site, activity, meter, unit, options) become one record. */
  group: string;
  /** Column named in a reject when a credit cannot be applied. */
  quantityColumn: string | null;
  reference: string | null;
}

export interface CombineWords {
  /** "£" for money; "" for physical units (then the unit follows the number). */
  prefix: string;
  /** Describes the record made from a group, given the lines it came from (first line first). */
  describe: (lines: readonly RecordDraft[]) => string;
  /** How a group is named in messages ("account 493 Travel - National in March 2025"). */
  groupLabel: (first: RecordDraft) => string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Transaction exports (ledgers, fuel cards, mileage, flights) legitimately repeat identical lines
 * (two £2.50 parking charges, two colleagues on one flight), which the import's duplicate check
 * would otherwise drop as repeats. Lines are therefore summed per group into one record that lists
 * its rows. Credits (negative lines) reduce their group; a credit larger than its group's spend is
 * rejected rather than recorded as negative activity, and a group that nets to zero is reported.
 */
export function combineLines(lines: readonly Line[], result: ProfileResult, words: CombineWords): RecordDraft[] {
  const groups = new Map<string, Line[]>();
  for (const line of lines) {
    const d = line.draft;
    const key = [d.siteId, d.activityId, d.meter ?? '', d.unit, JSON.stringify(d.options), line.group].join('|');
    const list = groups.get(key);
    if (list) list.push(line);
    else groups.set(key, [line]);
  }
  const records: RecordDraft[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const positives = group.filter((l) => l.draft.quantity > 0);
    const credits = group.filter((l) => l.draft.quantity < 0);
    const spend = positives.reduce((s, l) => s + l.draft.quantity, 0);
    const creditTotal = credits.reduce((s, l) => s - l.draft.quantity, 0);
    let kept = group;
    const amount = (n: number) => (words.prefix ? `${words.prefix}${round2(n).toFixed(2)}` : `${round2(n)} ${first.draft.unit}`);
    if (creditTotal > spend + 1e-9) {
      for (const c of credits) {
        result.rejects.push({
          rowNumber: c.draft.rowNumber,
          column: c.quantityColumn,
          reason: `this credit is part of ${amount(creditTotal)} of credits for ${words.groupLabel(first.draft)}, more than the ${amount(spend)} it could reduce: a negative amount cannot be recorded, so the credits were not applied (date them with the purchase they refund)`,
        });
      }
      kept = positives;
    }
    const total = kept.reduce((s, l) => s + l.draft.quantity, 0);
    if (kept.length === 0) continue;
    if (Math.abs(total) < 1e-9) {
      const rows = kept.map((l) => l.draft.rowNumber);
      result.warnings.push(`Rows ${rows.join(', ')} cancel out (${words.groupLabel(first.draft)} nets to zero), so no record was made for them.`);
      continue;
    }
    const refs = [...new Set(kept.map((l) => l.reference).filter((r): r is string => !!r))];
    const starts = kept.map((l) => l.draft.periodStart).sort();
    const ends = kept.map((l) => l.draft.periodEnd).sort();
    records.push({
      ...first.draft,
      quantity: total,
      periodStart: starts[0] ?? first.draft.periodStart,
      periodEnd: ends.at(-1) ?? first.draft.periodEnd,
      description: words.describe(kept.map((l) => l.draft)).slice(0, 500),
      sourceRef: refs.length === 0 ? null : refs.join(', ').slice(0, 200),
      estimated: kept.some((l) => l.draft.estimated),
    });
  }
  return records;
}

/** "row 4" / "rows 4, 7 and 9" / "rows 2, 3, 4, 5, 6, 7, 8, 9 and 32 more" (descriptions stay short). */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  if (rows.length > 9) return `rows ${rows.slice(0, 8).join(', ')} and ${rows.length - 8} more`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}
