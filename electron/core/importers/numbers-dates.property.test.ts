import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateCell, type DateFormat } from './dates';
import { parseNumber } from './numbers';

// (b) Any amount written the way UK bills and exports write it parses back to exactly the same
// number; (c) any valid date written dd/mm/yyyy, yyyy-mm-dd, month-first, with a month name, or as
// an Excel serial (1900 and 1904 systems, with a time fraction) parses back to the same day.

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 300 };

/** An exact decimal: `units / 10^places`, so the expected double is the one nearest that decimal. */
const decimalArbitrary = fc.record({ units: fc.integer({ min: 0, max: 99_999_999_999 }), places: fc.integer({ min: 0, max: 3 }) });

function digits({ units, places }: { units: number; places: number }, group: string, mark: string): string {
  const text = String(units).padStart(places + 1, '0');
  const whole = text.slice(0, text.length - places);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return places > 0 ? `${grouped}${mark}${text.slice(-places)}` : grouped;
}

type Form = (n: string) => string;
/** How UK exports write a positive amount, and the four (plus) ways they write a credit. */
const POSITIVE: Record<string, Form> = {
  plain: (n) => n,
  pound: (n) => `£${n}`,
  'pound mojibake': (n) => `Â£${n}`,
  'GBP prefix': (n) => `GBP ${n}`,
  'GBP suffix': (n) => `${n} GBP`,
  'kWh suffix': (n) => `${n} kWh`,
  debit: (n) => `${n} DR`,
  'NBSP padded': (n) => `\u00a0${n}\u00a0`,
};
const CREDIT: Record<string, Form> = {
  brackets: (n) => `(${n})`,
  'pound in brackets': (n) => `(£${n})`,
  minus: (n) => `-${n}`,
  'minus pound': (n) => `-£${n}`,
  'pound minus': (n) => `£-${n}`,
  CR: (n) => `${n} CR`,
  'pound CR': (n) => `£${n} CR`,
  'trailing minus': (n) => `${n}-`,
};

const zeroless = (x: number) => x + 0; // -0 → 0: "(0.00)" is no credit at all

describe('numbers: any amount formatted the UK way parses back to the same value', () => {
  it.each(['', ',', ' ', '\u00a0'])('thousands separator %j, every positive and credit form', (group) => {
    fc.assert(
      fc.property(decimalArbitrary, fc.constantFrom(...Object.keys(POSITIVE)), fc.constantFrom(...Object.keys(CREDIT)), (d, positive, credit) => {
        const value = d.units / 10 ** d.places;
        const text = digits(d, group, '.');
        const asPositive = parseNumber((POSITIVE[positive] as Form)(text));
        const asCredit = parseNumber((CREDIT[credit] as Form)(text));
        expect(asPositive).toEqual({ ok: true, value });
        expect(asCredit.ok && zeroless(asCredit.value)).toBe(zeroless(-value));
      }),
      RUNS,
    );
  });

  it('decimal-comma files (1.234,56) when the file says so', () => {
    fc.assert(
      fc.property(decimalArbitrary, fc.constantFrom('', '.', ' '), fc.boolean(), (d, group, credit) => {
        const value = d.units / 10 ** d.places;
        const parsed = parseNumber(`${credit ? '-' : ''}${digits(d, group, ',')}`, ',');
        expect(parsed.ok && zeroless(parsed.value)).toBe(zeroless(credit ? -value : value));
      }),
      RUNS,
    );
  });

  it('never reads a wrongly grouped or foreign-decimal number as some other number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
        // "12,34" is not twelve hundred and thirty-four in a UK file; "1.234,56" is refused there.
        expect(parseNumber(`${a},${String(b).padStart(2, '0')}`).ok).toBe(false);
        expect(parseNumber(`1.${String(a).padStart(3, '0')},${b}`).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2200, 11, 31);
const dateArbitrary = fc.integer({ min: 0, max: (LAST - FIRST) / DAY_MS }).map((days) => new Date(FIRST + days * DAY_MS));
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Excel's day number: 1900 system (serial 60 is the phantom 29 Feb 1900) or 1904 system. */
function excelSerial(d: Date, system: 1900 | 1904): number {
  if (system === 1904) return (d.getTime() - Date.UTC(1904, 0, 1)) / DAY_MS;
  const days = (d.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
  return d.getTime() < Date.UTC(1900, 2, 1) ? days - 1 : days;
}

const TEXT_FORMS: [string, DateFormat, (d: Date) => string][] = [
  ['dd/mm/yyyy', 'dmy', (d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`],
  ['d/m/yyyy', 'dmy', (d) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`],
  ['dd.mm.yyyy', 'dmy', (d) => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`],
  ['dd-mm-yyyy', 'dmy', (d) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`],
  ['yyyy-mm-dd', 'ymd', iso],
  ['yyyy-mm-dd read with the UK default', 'dmy', iso],
  ['yyyy/mm/dd', 'dmy', (d) => iso(d).replaceAll('-', '/')],
  ['mm/dd/yyyy', 'mdy', (d) => `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`],
  ['dd-Mon-yyyy', 'dmy', (d) => `${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${d.getUTCFullYear()}`],
  ['d Month yyyy', 'dmy', (d) => `${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${d.getUTCFullYear()}`],
];

describe('dates: any valid date, formatted as exports write it, parses back to the same day', () => {
  it.each(TEXT_FORMS)('%s', (_label, format, write) => {
    fc.assert(
      fc.property(dateArbitrary, (d) => {
        expect(parseDateCell(write(d), format)).toEqual({ ok: true, value: { date: iso(d), minutes: null, offsetMinutes: null } });
      }),
      RUNS,
    );
  });

  it('dd/mm/yy (two-digit years are this century)', () => {
    fc.assert(
      fc.property(dateArbitrary.filter((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2099), (d) => {
        const text = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)}`;
        expect(parseDateCell(text, 'dmy')).toMatchObject({ ok: true, value: { date: iso(d) } });
      }),
      RUNS,
    );
  });

  it('ISO date-times with a time and an offset keep both', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 1439 }), fc.constantFrom('Z', '+01:00', '+00:00', '-05:00'), (d, minutes, zone) => {
        const text = `${iso(d)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${zone}`;
        const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * Number(zone.slice(1, 3)) * 60;
        expect(parseDateCell(text, 'ymd')).toEqual({ ok: true, value: { date: iso(d), minutes, offsetMinutes: offset } });
      }),
      RUNS,
    );
  });

  it.each([1900, 1904] as const)('Excel %i serials, with a time of day as the fraction', (system) => {
    const from = system === 1904 ? Date.UTC(1904, 0, 2) : FIRST;
    fc.assert(
      fc.property(dateArbitrary.filter((d) => d.getTime() >= from), fc.integer({ min: 0, max: 1439 }), (d, minutes) => {
        const serial = excelSerial(d, system) + minutes / 1440;
        expect(parseDateCell(String(serial), system === 1900 ? 'excel-1900' : 'excel-1904')).toEqual({ ok: true, value: { date: iso(d), minutes: minutes === 0 ? null : minutes, offsetMinutes: null } });
      }),
      RUNS,
    );
    if (system === 1900) {
      expect(parseDateCell('60', 'excel-1900')).toMatchObject({ ok: false, reason: expect.stringContaining('does not exist') });
      expect(parseDateCell('45383', 'excel-1900')).toMatchObject({ ok: true, value: { date: '2024-04-01' } });
    }
  });

  it('a column decides its own order: day-first when a day is over 12, month-first when the month slot is, ambiguous otherwise', () => {
    fc.assert(
      fc.property(fc.array(dateArbitrary, { minLength: 1, maxLength: 20 }), fc.constantFrom('dmy', 'mdy') as fc.Arbitrary<'dmy' | 'mdy'>, (dates, order) => {
        const write = (TEXT_FORMS.find(([, f]) => f === order)?.[2]) as (d: Date) => string;
        const verdict = detectDateOrder(dates.map(write));
        const telling = dates.some((d) => d.getUTCDate() > 12);
        expect(verdict).toEqual(telling ? { format: order, ambiguous: false, conflict: null } : { format: 'dmy', ambiguous: true, conflict: null });
        // And the column reads back in the order decided, whenever the order could be told.
        if (telling) for (const d of dates) expect(parseDateCell(write(d), verdict.format)).toMatchObject({ ok: true, value: { date: iso(d) } });
      }),
      RUNS,
    );
  });
});
