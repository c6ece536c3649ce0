/**
 * A reporting year is named by the calendar year it starts in: with an April start, "2024" is
 * 1 April 2024 – 31 March 2025; with a January start it is the calendar year.
 */
export function reportingYearWindow(year: number, startMonth: number): { start: string; end: string } {
  const start = new Date(Date.UTC(year, startMonth - 1, 1));
  const end = new Date(Date.UTC(year + 1, startMonth - 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
