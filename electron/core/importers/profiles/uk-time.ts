// UK local clock times ↔ UTC instants, with the zone rules taken from Intl (the IANA
// Europe/London zone), never hard-coded. Everything is worked out once per calendar date and
// cached, because half-hourly files have a million rows but only a few hundred dates.

const MINUTE_MS = 60_000;
const HALF_HOUR_MS = 30 * MINUTE_MS;

const WALL = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes UK clocks are ahead of UTC at an instant (0 in winter, 60 in summer). */
export function londonOffsetMinutes(utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of WALL.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0);
  return Math.round((wall - Math.floor(utcMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

interface DayInfo {
  /** UTC instant of local midnight. */
  startMs: number;
  /** UTC instant of the next local midnight. */
  endMs: number;
  offsetStart: number;
  offsetEnd: number;
  /** Local minutes after midnight (on the old offset) at which the clocks change; null on an ordinary day. */
  changeAtLocalMinutes: number | null;
}

const days = new Map<string, DayInfo>();

// A half-hourly file gives one date 48 times in a row.
let lastDate = '';
let lastDateMs = 0;

function dateMs(date: string): number {
  if (date === lastDate) return lastDateMs;
  lastDateMs = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  lastDate = date;
  return lastDateMs;
}

export function addDays(date: string, n: number): string {
  return new Date(dateMs(date) + n * 86_400_000).toISOString().slice(0, 10);
}

/** UK midnight always exists exactly once (the clocks change at 01:00 UTC), so two refinements settle it. */
function midnightUtc(date: string): number {
  const wall = dateMs(date);
  let t = wall - londonOffsetMinutes(wall) * MINUTE_MS;
  t = wall - londonOffsetMinutes(t) * MINUTE_MS;
  return t;
}

function dayInfo(date: string): DayInfo {
  const known = days.get(date);
  if (known) return known;
  const startMs = midnightUtc(date);
  const endMs = midnightUtc(addDays(date, 1));
  const offsetStart = londonOffsetMinutes(startMs);
  const offsetEnd = londonOffsetMinutes(endMs);
  let changeAtLocalMinutes: number | null = null;
  if (offsetStart !== offsetEnd) {
    // Binary search (to the minute) for the first instant on the new offset.
    let lo = startMs;
    let hi = endMs;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (londonOffsetMinutes(mid) === offsetStart) lo = mid;
      else hi = mid;
    }
    changeAtLocalMinutes = (hi - startMs) / MINUTE_MS;
  }
  const info = { startMs, endMs, offsetStart, offsetEnd, changeAtLocalMinutes };
  if (days.size > 50_000) days.clear();
  days.set(date, info);
  return info;
}

const HOUR_MS = 60 * MINUTE_MS;
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const dateOfHour = new Map<number, string>();

/** The UK calendar date (YYYY-MM-DD) of a UTC instant, worked out once per UTC hour (offsets change on the hour). */
export function ukDateOfInstant(utcMs: number): string {
  const hour = Math.floor(utcMs / HOUR_MS);
  let date = dateOfHour.get(hour);
  if (!date) {
    if (dateOfHour.size > 200_000) dateOfHour.clear();
    date = LONDON_DATE.format(new Date(hour * HOUR_MS));
    dateOfHour.set(hour, date);
  }
  return date;
}

/** The UTC instants of a UK calendar date's midnight and the next one (23, 24 or 25 hours apart). */
export function ukDayBounds(date: string): { startMs: number; endMs: number } {
  const info = dayInfo(date);
  return { startMs: info.startMs, endMs: info.endMs };
}

/** How many half-hours the UK calendar date has: 48, or 46 / 50 on the days the clocks change. */
export function halfHoursInUkDay(date: string): number {
  const info = dayInfo(date);
  return Math.round((info.endMs - info.startMs) / HALF_HOUR_MS);
}

/** UTC instant of the start of the n-th (1-based) settlement period of a UK day, counting elapsed half-hours. */
export function periodStartUtc(date: string, period: number): number {
  return dayInfo(date).startMs + (period - 1) * HALF_HOUR_MS;
}

/**
 * The UTC instants a UK wall-clock time on a date stands for, earliest first: none when the clocks
 * skipped it (spring), two when it happened twice (autumn: BST first, then GMT), else one.
 * `minutes` may be 1440 (24:00, the end of the day).
 */
export function ukLocalToUtc(date: string, minutes: number): number[] {
  if (minutes >= 1440) return ukLocalToUtc(addDays(date, Math.floor(minutes / 1440)), minutes % 1440);
  const info = dayInfo(date);
  const wall = dateMs(date) + minutes * MINUTE_MS;
  const early = wall - info.offsetStart * MINUTE_MS;
  const late = wall - info.offsetEnd * MINUTE_MS;
  if (info.changeAtLocalMinutes === null) return [early];
  const delta = info.offsetEnd - info.offsetStart;
  const change = info.changeAtLocalMinutes;
  if (delta > 0) {
    // Spring: local [change, change + delta) never happened.
    if (minutes < change) return [early];
    return minutes >= change + delta ? [late] : [];
  }
  // Autumn: local [change + delta, change) happened on both offsets.
  if (minutes < change + delta) return [early];
  return minutes >= change ? [late] : [early, late];
}

/** An instant written with an explicit offset ("01:00+01:00"): no zone rules needed. */
export function offsetToUtc(date: string, minutes: number, offsetMinutes: number): number {
  return dateMs(date) + (minutes - offsetMinutes) * MINUTE_MS;
}

export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
