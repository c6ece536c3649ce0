/**
 * Calendar-month arithmetic on ISO dates (YYYY-MM-DD), in UTC so a clock change never moves a day.
 * Figures are apportioned to months by days, so monthly trends of quarterly bills are right.
 */

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** 'YYYY-MM' of the month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The twelve 'YYYY-MM' months of a window that starts on the first of a month. */
export function monthsFrom(firstMonth: string, count: number): string[] {
  const months = [firstMonth];
  while (months.length < count) months.push(nextMonth(months[months.length - 1] ?? firstMonth));
  return months;
}

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Days of an inclusive period in each calendar month it touches. A reversed period counts as its first day. */
export function daysByMonth(periodStart: string, periodEnd: string): { month: string; days: number }[] {
  const end = periodEnd < periodStart ? periodStart : periodEnd;
  const spans: { month: string; days: number }[] = [];
  let month = periodStart.slice(0, 7);
  let from = periodStart;
  for (;;) {
    const monthEnd = lastDayOf(month);
    const to = monthEnd < end ? monthEnd : end;
    spans.push({ month, days: dayNumber(to) - dayNumber(from) + 1 });
    if (to === end) return spans;
    month = nextMonth(month);
    from = `${month}-01`;
  }
}

/** The spacing of doubles at `value` (its unit in the last place). */
function ulpOf(value: number): number {
  const magnitude = Math.abs(value);
  const exponent = Math.floor(Math.log2(magnitude));
  let ulp = 2 ** (exponent - 52);
  // log2 can land one off next to a power of two.
  if (magnitude >= 2 ** (exponent + 1)) ulp *= 2;
  if (magnitude < 2 ** exponent) ulp /= 2;
  return ulp;
}

/**
 * Splits `total` in proportion to `weights` so that adding the parts up in order gives exactly
 * `total` again. Every part is a whole multiple of total's ulp, rounded toward zero, so every
 * running sum is exactly representable; the last part takes the remainder.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length <= 1) return [total];
  if (total === 0 || !Number.isFinite(total)) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const ulp = ulpOf(total);
  const parts = weights.map((w) => Math.trunc((total * w) / weightSum / ulp) * ulp);
  const last = parts.length - 1;
  parts[last] = total - parts.slice(0, last).reduce((a, b) => a + b, 0);
  return parts;
}
