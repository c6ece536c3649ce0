// Which year's factor set applies to a reporting period.
//
// DESNZ guidance (conversion factors methodology, "which factors to use"): use the set for the
// calendar year that holds the majority of the reporting period. So:
//   - a calendar year uses its own set;
//   - an April–March year uses the set of the year it starts in (Apr–Dec = 275 days, 9 months);
//   - a 52/53-week year is counted day by day like any other period.
// Ties (a period split exactly in half between two calendar years, e.g. 2 Jul 2023 – 1 Jul 2024,
// 183 days each) take the EARLIER year: the set that was current when the period began, so a
// reporting year's factors are settled as soon as it starts and never change as it runs.
// A workspace may pin one year instead (e.g. to keep every figure on the set used for its base
// year). When the year wanted is not loaded we fall back, always with a warning: the nearest
// earlier loaded year, else the nearest later one.

export interface PeriodDays {
  year: number;
  days: number;
}

export interface FactorYearChoice {
  /** The set year to use. */
  year: number;
  /** The year the rule (or the pin) asked for; differs from `year` after a fallback. */
  requestedYear: number;
  reason: string;
  warnings: string[];
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD date (UTC, no time zone involved). */
export function dayNumber(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`"${isoDate}" is not a date in the form YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`"${isoDate}" is not a real calendar date`);
  }
  return ms / DAY_MS;
}

function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function firstDayOf(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Days of the period (both ends included) falling in each calendar year, earliest first. */
export function daysByCalendarYear(periodStart: string, periodEnd: string): PeriodDays[] {
  const start = dayNumber(periodStart);
  const end = dayNumber(periodEnd);
  if (end < start) throw new Error(`The period ends (${periodEnd}) before it starts (${periodStart})`);
  const out: PeriodDays[] = [];
  for (let year = yearOfDay(start), from = start; from <= end; year += 1) {
    const nextYear = firstDayOf(year + 1);
    const to = Math.min(end, nextYear - 1);
    out.push({ year, days: to - from + 1 });
    from = nextYear;
  }
  return out;
}

/** The calendar year holding most of the period's days (earlier year on a tie), with its count. */
export function majorityYear(periodStart: string, periodEnd: string): { year: number; days: number; totalDays: number } {
  const split = daysByCalendarYear(periodStart, periodEnd);
  let best = split[0] as PeriodDays;
  let total = 0;
  for (const part of split) {
    total += part.days;
    if (part.days > best.days) best = part;
  }
  return { year: best.year, days: best.days, totalDays: total };
}

/** The loaded year to use for `wanted`: itself, else the nearest earlier, else the nearest later. */
export function nearestLoadedYear(wanted: number, loaded: readonly number[]): number | null {
  let earlier: number | null = null;
  let later: number | null = null;
  for (const y of loaded) {
    if (y === wanted) return y;
    if (y < wanted && (earlier === null || y > earlier)) earlier = y;
    if (y > wanted && (later === null || y < later)) later = y;
  }
  return earlier ?? later;
}

export interface FactorYearOptions {
  /** Years of the DESNZ sets that are loaded. */
  loadedYears: readonly number[];
  /** A year pinned for the workspace, overriding the DESNZ rule. */
  pinnedYear?: number | null;
}

export function chooseFactorYear(periodStart: string, periodEnd: string, options: FactorYearOptions): FactorYearChoice {
  const majority = majorityYear(periodStart, periodEnd);
  const pinned = options.pinnedYear ?? null;
  const requestedYear = pinned ?? majority.year;
  const ruleReason =
    pinned !== null
      ? `${pinned} set pinned for this workspace`
      : `${majority.year} set: ${majority.days} of ${majority.totalDays} ${majority.totalDays === 1 ? 'day falls' : 'days fall'} in ${majority.year} (DESNZ guidance)`;
  const year = nearestLoadedYear(requestedYear, options.loadedYears);
  if (year === null) throw new Error('No UK Government (DESNZ) factor set is loaded, so nothing can be calculated.');
  if (year === requestedYear) return { year, requestedYear, reason: ruleReason, warnings: [] };
  const direction = year < requestedYear ? 'the nearest earlier set' : 'the nearest later set (no earlier one is loaded)';
  const warning = `The ${requestedYear} factor set is not loaded, so ${year} was used instead: ${direction}. Load the ${requestedYear} set and recalculate for exact figures.`;
  return { year, requestedYear, reason: `${ruleReason}; ${year} set used because ${requestedYear} is not loaded`, warnings: [warning] };
}
