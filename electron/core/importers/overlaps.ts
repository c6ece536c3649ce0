import type { RecordDraft } from './profiles/types';

/** An existing record a new row duplicates or overlaps (same site, activity and meter). */
export interface ExistingRecord {
  id: string;
  siteId: string;
  activityId: string;
  meter: string | null;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  estimated: boolean;
  importId: string | null;
}

export interface OverlapConflict {
  rowNumber: number;
  /** What the row overlaps: a stored record, or an earlier row of the same file (id "row-<n>"). */
  existing: ExistingRecord;
  /** The earlier row of this file it overlaps, when it is not a stored record. */
  sameFileRowNumber: number | null;
  /** The new row is an actual read for a period an estimated bill covered. */
  supersedesEstimate: boolean;
}

export interface OverlapCheck {
  fresh: RecordDraft[];
  duplicates: RecordDraft[];
  conflicts: OverlapConflict[];
}

const sameStream = (a: { siteId: string; activityId: string; meter: string | null }, b: { siteId: string; activityId: string; meter: string | null }) =>
  a.siteId === b.siteId && a.activityId === b.activityId && (a.meter ?? '') === (b.meter ?? '');

// Inclusive ISO dates compare as strings.
const overlaps = (a: { periodStart: string; periodEnd: string }, b: { periodStart: string; periodEnd: string }) => a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd;

const identical = (draft: RecordDraft, existing: ExistingRecord) =>
  draft.periodStart === existing.periodStart && draft.periodEnd === existing.periodEnd && draft.quantity === existing.quantity && draft.unit === existing.unit;

function asExisting(d: RecordDraft): ExistingRecord {
  return { id: `row-${d.rowNumber}`, siteId: d.siteId, activityId: d.activityId, meter: d.meter, periodStart: d.periodStart, periodEnd: d.periodEnd, quantity: d.quantity, unit: d.unit, estimated: d.estimated, importId: null };
}

/** What drafts of single days of interval readings are compared with instead of the stored records. */
export interface DayView {
  drafts: { has(draft: RecordDraft): boolean };
  /** The stored records with those of interval readings split into their days (interval-records.ts). */
  existing: readonly ExistingRecord[];
}

const key = (r: { siteId: string; activityId: string; meter: string | null }) => `${r.siteId}|${r.activityId}|${r.meter ?? ''}`;

function byStreamOf(existing: readonly ExistingRecord[]): Map<string, ExistingRecord[]> {
  const byStream = new Map<string, ExistingRecord[]>();
  for (const e of existing) {
    const list = byStream.get(key(e));
    if (list) list.push(e);
    else byStream.set(key(e), [e]);
  }
  return byStream;
}

/**
 * Sorts new rows into fresh, exact duplicates (skipped: re-importing the same bill never double
 * counts) and overlaps with what is already there (the user decides: replace, keep both, skip).
 * Rows repeated within the file itself count as duplicates too. Days of interval readings are
 * compared with stored days (`byDay`), so an overlapping export adds only the days not there yet.
 */
export function checkOverlaps(drafts: readonly RecordDraft[], existing: readonly ExistingRecord[], byDay?: DayView): OverlapCheck {
  const fresh: RecordDraft[] = [];
  const duplicates: RecordDraft[] = [];
  const conflicts: OverlapConflict[] = [];
  const byStream = byStreamOf(existing);
  const byStreamDays = byDay ? byStreamOf(byDay.existing) : byStream;
  // Earlier rows of this file, per stream: days of interval readings apart from the rest, since
  // two of them never overlap (a file gives a meter's day once) and a year of them is 20,000.
  const seenDays = new Map<string, RecordDraft[]>();
  const seenOther = new Map<string, RecordDraft[]>();
  for (const draft of drafts) {
    const isDay = byDay?.drafts.has(draft) === true;
    const candidates = (isDay ? byStreamDays : byStream).get(key(draft)) ?? [];
    const earlierInFile = isDay ? (seenOther.get(key(draft)) ?? []) : [...(seenOther.get(key(draft)) ?? []), ...(seenDays.get(key(draft)) ?? [])];
    if (candidates.some((e) => identical(draft, e)) || earlierInFile.some((d) => d.periodStart === draft.periodStart && d.periodEnd === draft.periodEnd && d.quantity === draft.quantity && d.unit === draft.unit)) {
      duplicates.push(draft);
      continue;
    }
    const clash = candidates.filter((e) => sameStream(draft, e) && overlaps(draft, e));
    for (const e of clash) conflicts.push({ rowNumber: draft.rowNumber, existing: e, sameFileRowNumber: null, supersedesEstimate: e.estimated && !draft.estimated });
    // Two rows of one file for the same meter and overlapping periods (an estimate and its actual,
    // or the same gas in kWh and m³) would count that consumption twice just as surely.
    for (const earlier of earlierInFile.filter((d) => overlaps(draft, d))) {
      conflicts.push({ rowNumber: draft.rowNumber, existing: asExisting(earlier), sameFileRowNumber: earlier.rowNumber, supersedesEstimate: earlier.estimated && !draft.estimated });
    }
    fresh.push(draft);
    const seen = isDay ? seenDays : seenOther;
    const list = seen.get(key(draft));
    if (list) list.push(draft);
    else seen.set(key(draft), [draft]);
  }
  return { fresh, duplicates, conflicts };
}
