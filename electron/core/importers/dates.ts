// Dates as exports write them, always parsed with an explicit format (JS Date.parse reads
// "01/04/2024" US-style). UK day-first is the default; a file's order is decided from all its
// values, and a file that cannot tell is reported as ambiguous rather than guessed silently.

export type DateFormat = 'dmy' | 'mdy' | 'ymd' | 'excel-1900' | 'excel-1904';

export interface ParsedDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Minutes after midnight where the cell had a time. */
  minutes: number | null;
  /** Offset from UTC in minutes where the cell said (Z, +01:00); null when it did not. */
  offsetMinutes: number | null;
}

export type DateParse = { ok: true; value: ParsedDate } | { ok: false; reason: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fullYear(y: number, digits: number): number {
  // Two-digit years in bills are this century.
  return digits <= 2 ? 2000 + y : y;
}

// A half-hourly file repeats each date 48 times and each time of day once per date: both are
// worked out once (bounded caches, cleared when full).
const validDates = new Map<number, string | null>();
const parsedTimes = new Map<string, { minutes: number | null; offsetMinutes: number | null } | null>();

function validDate(y: number, m: number, d: number): string | null {
  const key = y * 10_000 + m * 100 + d;
  const known = validDates.get(key);
  if (known !== undefined) return known;
  let date: string | null = null;
  if (m >= 1 && m <= 12 && d >= 1 && y >= 1900 && y <= 2200) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    date = d <= days ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
  }
  if (validDates.size > 100_000) validDates.clear();
  validDates.set(key, date);
  return date;
}

function parseTime(rest: string): { minutes: number | null; offsetMinutes: number | null } | null {
  const known = parsedTimes.get(rest);
  if (known !== undefined) return known;
  const parsed = readTime(rest);
  if (parsedTimes.size > 10_000) parsedTimes.clear();
  parsedTimes.set(rest, parsed);
  return parsed;
}

function readTime(rest: string): { minutes: number | null; offsetMinutes: number | null } | null {
  const text = rest.trim();
  if (text === '') return { minutes: null, offsetMinutes: null };
  const match = text.match(/^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
  if (!match) return null;
  const hours = Number(match[1]);
  const mins = Number(match[2]);
  // "24:00" is end-of-day labelling in half-hourly exports.
  if (hours > 24 || mins > 59 || (hours === 24 && mins !== 0)) return null;
  let offsetMinutes: number | null = null;
  const zone = match[4];
  if (zone) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    }
  }
  return { minutes: hours * 60 + mins, offsetMinutes };
}

const EXCEL_1900_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

function fromSerial(serial: number, format: 'excel-1900' | 'excel-1904'): DateParse {
  if (!Number.isFinite(serial) || serial < 1 || serial > 200_000) return { ok: false, reason: `${serial} is not an Excel date serial` };
  // The 1900 system counts the non-existent 29 February 1900 (serial 60), Lotus 1-2-3's bug.
  if (format === 'excel-1900' && Math.floor(serial) === 60) return { ok: false, reason: 'Excel serial 60 is 29 February 1900, a date that does not exist' };
  const days = format === 'excel-1900' && serial < 60 ? serial + 1 : serial;
  const ms = (format === 'excel-1900' ? EXCEL_1900_EPOCH_MS : EXCEL_1904_EPOCH_MS) + Math.round(days * 86_400_000);
  const d = new Date(ms);
  const fraction = serial - Math.floor(serial);
  return {
    ok: true,
    value: { date: d.toISOString().slice(0, 10), minutes: fraction > 0 ? Math.round(fraction * 1440) : null, offsetMinutes: null },
  };
}

export function parseDateCell(raw: string, format: DateFormat): DateParse {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  if (format === 'excel-1900' || format === 'excel-1904') {
    return /^\d+(\.\d+)?$/.test(text) ? fromSerial(Number(text), format) : { ok: false, reason: `"${text}" is not an Excel date number` };
  }
  const fast = isoFastPath(text);
  if (fast) return fast;
  // Tried in turn (an ISO date would also match the numeric form, which comes after it).
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/);
  const named = iso ? null : text.match(/^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})[\s-]+(\d{2,4})(?:[ T](.*))?$/);
  const numeric = iso || named ? null : text.match(/^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T](.*))?$/);
  let date: string | null = null;
  let rest = '';
  if (iso) {
    date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    rest = iso[4] ?? '';
  } else if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    date = month > 0 ? validDate(fullYear(Number(named[3]), (named[3] ?? '').length), month, Number(named[1])) : null;
    rest = named[4] ?? '';
  } else if (numeric) {
    const [a, b, c] = [numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? ''];
    rest = numeric[4] ?? '';
    if (a.length === 4) date = validDate(Number(a), Number(b), Number(c));
    else if (format === 'ymd') date = null;
    else {
      const year = fullYear(Number(c), c.length);
      date = format === 'mdy' ? validDate(year, Number(a), Number(b)) : validDate(year, Number(b), Number(a));
    }
  }
  if (!date) return { ok: false, reason: `"${text.slice(0, 40)}" is not a date in the form ${describeFormat(format)}` };
  const time = parseTime(rest);
  if (!time) return { ok: false, reason: `"${text.slice(0, 40)}" has a time that cannot be read` };
  return { ok: true, value: { date, ...time } };
}

/**
 * "2024-01-31T00:30:00Z" without a regex: a meter export has a million of them. Anything that is
 * not plainly that shape (or whose date or time does not read) goes the general way, which words
 * the reason.
 */
function isoFastPath(text: string): DateParse | null {
  if (!isIsoDatePrefix(text)) return null;
  const date = validDate(digitsValue(text, 0, 4), digitsValue(text, 5, 7), digitsValue(text, 8, 10));
  if (!date) return null;
  const stamped = plainTime(text);
  if (stamped) return { ok: true, value: { date, minutes: stamped.minutes, offsetMinutes: stamped.offsetMinutes } };
  const rest = text.length > 10 ? text.slice(11) : '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return null;
  }
  const time = parseTime(rest);
  return time ? { ok: true, value: { date, ...time } } : null;
}

/** "YYYY-MM-DD", alone or followed by "T" or a space. */
function isIsoDatePrefix(text: string): boolean {
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  if (!isDigits(text, 0, 4) || !isDigits(text, 5, 7) || !isDigits(text, 8, 10)) return false;
  const separator = text.charCodeAt(10);
  return text.length === 10 || separator === 84 || separator === 32;
}

/** The clock time of an ISO timestamp in the forms meter exports write, or null (then read it the general way). */
export function isoTimeOfDay(text: string): { minutes: number; offsetMinutes: number | null } | null {
  return isIsoDatePrefix(text) ? plainTime(text) : null;
}

// What scanTime read last: module-level so the million cells of a meter export make no objects.
let scannedMinutes = 0;
let scannedOffset: number | null = null;

/**
 * The time after an ISO date in the forms meter exports write ("T00:30", "T00:30:00", either with
 * "Z" or "+01:00"), read in place into scannedMinutes/scannedOffset; false for anything else (the
 * general reader takes it).
 */
function scanTime(text: string): boolean {
  const n = text.length;
  if (n < 16 || text.charCodeAt(13) !== 58 || !isDigits(text, 11, 13) || !isDigits(text, 14, 16)) return false;
  let at = 16;
  if (n > at && text.charCodeAt(at) === 58) {
    if (n < at + 3 || !isDigits(text, at + 1, at + 3)) return false;
    at += 3;
  }
  let offset: number | null = null;
  if (at === n - 1 && (text.charCodeAt(at) === 90 || text.charCodeAt(at) === 122)) offset = 0;
  else if (at === n - 6 && (text.charCodeAt(at) === 43 || text.charCodeAt(at) === 45) && text.charCodeAt(at + 3) === 58 && isDigits(text, at + 1, at + 3) && isDigits(text, at + 4, at + 6)) {
    const sign = text.charCodeAt(at) === 45 ? -1 : 1;
    offset = sign * (digitsValue(text, at + 1, at + 3) * 60 + digitsValue(text, at + 4, at + 6));
  } else if (at !== n) return false;
  const hours = digitsValue(text, 11, 13);
  const mins = digitsValue(text, 14, 16);
  // Checked as readTime checks: "24:00" ends a day; nothing later exists.
  if (hours > 24 || mins > 59 || (hours === 24 && mins !== 0)) return false;
  scannedMinutes = hours * 60 + mins;
  scannedOffset = offset;
  return true;
}

function plainTime(text: string): { minutes: number; offsetMinutes: number | null } | null {
  return scanTime(text) ? { minutes: scannedMinutes, offsetMinutes: scannedOffset } : null;
}

/** Where readIsoStamp leaves what it read. */
export interface IsoStamp {
  /** The instant, ms since the epoch (UTC). */
  utcMs: number;
  /** The clock time the cell gives, minutes after its midnight. */
  minutes: number;
}

/**
 * A trimmed ISO timestamp that gives its offset ("2025-01-31T00:30:00Z", "…+01:00"), read into
 * `out` exactly as parseDateCell reads it in any date order but Excel's (date, time and offset,
 * then the instant as offsetToUtc makes it), without objects. False for anything else, including a
 * time without an offset (UK local time, which the caller resolves) and 24:00.
 */
export function readIsoStamp(text: string, out: IsoStamp): boolean {
  if (!isIsoDatePrefix(text) || !scanTime(text) || scannedOffset === null || scannedMinutes >= 1440) return false;
  // A meter's readings come a day at a time: its 48 stamps share a date, worked out once.
  if (stampDay === '' || !text.startsWith(stampDay)) {
    const year = digitsValue(text, 0, 4);
    const month = digitsValue(text, 5, 7);
    const day = digitsValue(text, 8, 10);
    if (validDate(year, month, day) === null) return false;
    stampDay = text.slice(0, 10);
    stampDayMs = Date.UTC(year, month - 1, day);
  }
  out.minutes = scannedMinutes;
  out.utcMs = stampDayMs + (scannedMinutes - scannedOffset) * 60_000;
  return true;
}

/** The (valid) date readIsoStamp read last, and its UTC midnight. */
let stampDay = '';
let stampDayMs = 0;

function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

export function describeFormat(format: DateFormat): string {
  switch (format) {
    case 'dmy':
      return 'day/month/year (e.g. 31/01/2025)';
    case 'mdy':
      return 'month/day/year (e.g. 01/31/2025)';
    case 'ymd':
      return 'year-month-day (e.g. 2025-01-31)';
    case 'excel-1900':
      return 'Excel date number (e.g. 45383)';
    case 'excel-1904':
      return 'Excel (Mac 1904) date number';
  }
}

export interface DateOrderVerdict {
  format: DateFormat;
  /** True when no value tells day-first from month-first: UK day-first is assumed and the user is told. */
  ambiguous: boolean;
  /** Set when values contradict each other (13/04 and 04/13 in one column). */
  conflict: string | null;
}

/**
 * A column's date-order evidence, gathered value by value (a big file's rows arrive in batches) and
 * judged as reliability.md §3.4 describes.
 */
export class DateOrderEvidence {
  private dayFirst: string | null = null;
  private monthFirst: string | null = null;
  private sawIso = false;
  private sawSerial = false;
  private sawSlashed = false;

  add(raw: string): void {
    const text = raw.trim();
    if (text === '') return;
    // ISO dates, the common case in big meter exports, are told by their shape without a regex.
    if (text.length >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && isDigits(text, 0, 4) && isDigits(text, 5, 7) && isDigits(text, 8, 10)) {
      this.sawIso = true;
      return;
    }
    if (/^\d{4,6}(\.\d+)?$/.test(text)) this.sawSerial = true;
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]/.test(text)) this.sawSlashed = true;
    const m = text.match(/^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/);
    if (!m) return;
    if (Number(m[1]) > 12) this.dayFirst ??= text;
    if (Number(m[2]) > 12) this.monthFirst ??= text;
  }

  /** What add() makes of a cell readIsoStamp has already read: an ISO date. */
  addIso(): void {
    this.sawIso = true;
  }

  verdict(): DateOrderVerdict {
    if (this.dayFirst && this.monthFirst) {
      return { format: 'dmy', ambiguous: false, conflict: `Some dates are day-first ("${this.dayFirst}") and some month-first ("${this.monthFirst}")` };
    }
    if (this.monthFirst) return { format: 'mdy', ambiguous: false, conflict: null };
    if (this.dayFirst) return { format: 'dmy', ambiguous: false, conflict: null };
    if (this.sawIso) return { format: 'ymd', ambiguous: false, conflict: null };
    if (this.sawSerial) return { format: 'excel-1900', ambiguous: false, conflict: null };
    return { format: 'dmy', ambiguous: this.sawSlashed, conflict: null };
  }
}

function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Decides a column's date order from every value. */
export function detectDateOrder(values: readonly string[]): DateOrderVerdict {
  const evidence = new DateOrderEvidence();
  for (const value of values) evidence.add(value);
  return evidence.verdict();
}
