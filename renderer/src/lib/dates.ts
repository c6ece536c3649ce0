const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const monthNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** 1 → "January". */
export function monthName(month: number): string {
  return monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
}

export interface ReportingYear {
  start: Date;
  end: Date;
  label: string;
}

/** The reporting year that contains `today`, e.g. start month 4 → 1 April 2026 – 31 March 2027. */
export function reportingYearFor(startMonth: number, today: Date): ReportingYear {
  const year = today.getFullYear();
  const startYear = today.getMonth() + 1 >= startMonth ? year : year - 1;
  const start = new Date(Date.UTC(startYear, startMonth - 1, 1));
  // Day 0 of the start month a year later is the last day of the month before it.
  const end = new Date(Date.UTC(startYear + 1, startMonth - 1, 0));
  return { start, end, label: `${longDate.format(start)} – ${longDate.format(end)}` };
}

/** An ISO timestamp as people read it: "26 Nov 2026, 14:03". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}
