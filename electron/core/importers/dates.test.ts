import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDateOrder, isoTimeOfDay, parseDateCell, readIsoStamp } from './dates';
import { offsetToUtc } from './profiles/uk-time';

const date = (raw: string, format: Parameters<typeof parseDateCell>[1] = 'dmy') => {
  const r = parseDateCell(raw, format);
  return r.ok ? r.value : r.reason;
};

describe('dates', () => {
  it('reads UK day-first dates by default and US month-first when told', () => {
    expect(date('01/04/2024')).toMatchObject({ date: '2024-04-01' });
    expect(date('01/04/2024', 'mdy')).toMatchObject({ date: '2024-01-04' });
    expect(date('13/04/24')).toMatchObject({ date: '2024-04-13' });
    expect(date('1.4.2024')).toMatchObject({ date: '2024-04-01' });
  });

  it('reads ISO dates with times and offsets', () => {
    expect(date('2024-04-01', 'ymd')).toEqual({ date: '2024-04-01', minutes: null, offsetMinutes: null });
    expect(date('2024-04-01T00:30:00+01:00', 'ymd')).toEqual({ date: '2024-04-01', minutes: 30, offsetMinutes: 60 });
    expect(date('2020-05-08T00:00:00Z', 'dmy')).toEqual({ date: '2020-05-08', minutes: 0, offsetMinutes: 0 });
    expect(date('01/04/2024 24:00')).toMatchObject({ date: '2024-04-01', minutes: 1440 });
  });

  it('reads month names and ordinals', () => {
    expect(date('01-Apr-24')).toMatchObject({ date: '2024-04-01' });
    expect(date('1st April 2024')).toMatchObject({ date: '2024-04-01' });
  });

  it('reads Excel serials, including the phantom 29 February 1900', () => {
    expect(date('45383', 'excel-1900')).toMatchObject({ date: '2024-04-01', minutes: null });
    expect(date('45383.5', 'excel-1900')).toMatchObject({ date: '2024-04-01', minutes: 720 });
    expect(date('59', 'excel-1900')).toMatchObject({ date: '1900-02-28' });
    expect(date('61', 'excel-1900')).toMatchObject({ date: '1900-03-01' });
    expect(date('60', 'excel-1900')).toMatch(/does not exist/);
    expect(date('43921', 'excel-1904')).toMatchObject({ date: '2024-04-01' });
  });

  it('refuses impossible dates with a reason', () => {
    expect(date('31/02/2024')).toMatch(/not a date/);
    expect(date('2024-13-01', 'ymd')).toMatch(/not a date/);
    expect(date('yesterday')).toMatch(/not a date/);
    expect(date('01/04/2024 25:00')).toMatch(/time/);
  });

  it('decides a column\u2019s order from all its values', () => {
    expect(detectDateOrder(['01/04/2024', '02/04/2024'])).toEqual({ format: 'dmy', ambiguous: true, conflict: null });
    expect(detectDateOrder(['01/04/2024', '13/04/2024'])).toEqual({ format: 'dmy', ambiguous: false, conflict: null });
    expect(detectDateOrder(['04/12/2024', '04/13/2024'])).toEqual({ format: 'mdy', ambiguous: false, conflict: null });
    expect(detectDateOrder(['13/04/2024', '04/13/2024']).conflict).toMatch(/day-first/);
    expect(detectDateOrder(['2024-04-01'])).toMatchObject({ format: 'ymd', ambiguous: false });
    expect(detectDateOrder(['45383', '45384'])).toMatchObject({ format: 'excel-1900' });
  });
});

describe('ISO timestamps read without expressions', () => {
  // The reading the expressions give (reliability.md §3.4), written out independently of dates.ts.
  function reference(text: string): { date: string; minutes: number | null; offsetMinutes: number | null } | null {
    const m = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    const rest = (m[4] ?? '').trim();
    if (rest === '') return { date, minutes: null, offsetMinutes: null };
    const t = rest.match(/^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i);
    if (!t) return null;
    const [h, mi] = [Number(t[1]), Number(t[2])];
    if (h > 24 || mi > 59 || (h === 24 && mi !== 0)) return null;
    const zone = t[4];
    const offsetMinutes = !zone ? null : zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.replace(':', '').slice(3, 5)));
    return { date, minutes: h * 60 + mi, offsetMinutes };
  }

  it('read every shape as the general expressions do', () => {
    const piece = fc.constantFrom('2024-01-31', '2024-02-30', '2025-10-26', '1899-12-31', '2024-13-01');
    const time = fc.constantFrom('', 'T00:30', 'T00:30:00', ' 23:59:59', 'T24:00', 'T24:30', 'T25:00', 'T1:30', 'T01:60', 'T00:30:00.5', 'T00:30 ', 'T00:30\n');
    const zone = fc.constantFrom('', 'Z', 'z', '+01:00', '-05:30', '+0100', '+01:0', 'Q', ' Z');
    fc.assert(
      fc.property(piece, time, zone, (d, t, z) => {
        const text = `${d}${t}${t ? z : ''}`;
        const parsed = parseDateCell(text, 'dmy');
        const expected = reference(text.trim());
        expect(parsed.ok ? parsed.value : null).toEqual(expected);
        // The clock-time shortcut answers only for well-formed stamps, and then as the expressions do.
        // (It reads the clock only: the date part is judged elsewhere, so compare with a valid date.)
        const clock = isoTimeOfDay(text);
        const sameTime = reference(`2024-01-31${text.slice(10)}`.trim());
        if (clock) expect(clock).toEqual({ minutes: sameTime?.minutes, offsetMinutes: sameTime?.offsetMinutes });
        // The instant shortcut answers only for a valid date with a time and an offset, before 24:00,
        // and then with the instant the general reading gives (one call after another, as a file goes).
        const stamp = { utcMs: 0, minutes: 0 };
        if (readIsoStamp(text.trim(), stamp)) {
          const { date, minutes, offsetMinutes } = expected ?? { date: '', minutes: null, offsetMinutes: null };
          expect(minutes !== null && minutes < 1440 && offsetMinutes !== null).toBe(true);
          expect(stamp).toEqual({ minutes, utcMs: offsetToUtc(date, minutes ?? 0, offsetMinutes ?? 0) });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the stamps meter exports write as instants, day after day', () => {
    const stamp = { utcMs: 0, minutes: 0 };
    const read = (text: string) => (readIsoStamp(text, stamp) ? { ...stamp } : null);
    expect(read('2025-10-26T00:30:00Z')).toEqual({ minutes: 30, utcMs: Date.UTC(2025, 9, 26, 0, 30) });
    expect(read('2025-10-27T23:30:00+01:00')).toEqual({ minutes: 1410, utcMs: Date.UTC(2025, 9, 27, 22, 30) });
    expect(read('2025-10-27T01:00')).toBeNull();
    expect(read('2025-10-27T24:00Z')).toBeNull();
    expect(read('2025-02-29T00:00Z')).toBeNull();
  });
});
