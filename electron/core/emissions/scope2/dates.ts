// Inclusive ISO-date periods (YYYY-MM-DD … YYYY-MM-DD), counted in whole days in UTC so daylight
// saving never changes a length.

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a date: ${isoDate}`);
  return Math.round(ms / DAY_MS);
}

export function periodDays(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** Days two inclusive periods share (0 when they do not overlap). */
export function overlapDays(aStart: string, aEnd: string, bStart: string, bEnd: string): number {
  const from = Math.max(dayNumber(aStart), dayNumber(bStart));
  const to = Math.min(dayNumber(aEnd), dayNumber(bEnd));
  return Math.max(0, to - from + 1);
}
