import { describe, expect, it } from 'vitest';
import { hhRowsProfile as hh, parseClock } from './hh-rows';
import { runProfile } from './profile-test-kit';

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** Local clock times of a UK day as a supplier writes them, each repeated time listed twice. */
function dayRows(date: string, times: readonly number[], kwh = (i: number) => (i + 1) / 10): string {
  const [y, m, d] = date.split('-');
  return times.map((t, i) => `${d}/${m}/${y},${clock(t)},${kwh(i).toFixed(1)}`).join('\n') + '\n';
}
const normalDay = Array.from({ length: 48 }, (_, i) => i * 30);
const springDay = normalDay.filter((t) => t !== 60 && t !== 90);
const autumnDay = [0, 30, 60, 90, 60, 90, ...normalDay.slice(4)];

describe('hh-rows', () => {
  it('recognises date + time, timestamp and settlement-period layouts with kWh or only kW', () => {
    expect(hh.match(['Date', 'Time', 'kWh'])).toBe(70);
    expect(hh.match(['MPAN', 'Reading Date/Time', 'Consumption (kWh)'])).toBe(75);
    expect(hh.match(['MPAN', 'Reading start', 'Reading end', 'Consumption (kWh)', 'Estimated'])).toBe(75);
    expect(hh.match(['Settlement Date', 'Settlement Period', 'Import kWh'])).toBe(70);
    expect(hh.match(['Date', 'Time', 'kW'])).toBe(70);
    expect(hh.match(['Date', 'Time', 'Cost'])).toBe(0);
  });

  it('tells gas from electricity by a fuel column, row by row', () => {
    const csv = 'Meter,Fuel,Timestamp,kWh\nE1,Electricity,2025-06-02T10:00:00Z,1.5\nG1,Natural GAS,2025-06-02T10:00:00Z,4.5\nG1,gas,2025-06-02T10:30:00Z,4\n';
    const result = runProfile(hh, csv);
    expect(result.intervals.map((i) => [i.meter, i.activityId, i.energyKwh])).toEqual([
      ['E1', 'grid-electricity-uk', 1.5],
      ['G1', 'natural-gas', 4.5],
      ['G1', 'natural-gas', 4],
    ]);
  });

  it('reads a spring clock-change day as 46 half-hours and refuses the skipped hour', () => {
    const csv = 'Date,Time,kWh\n' + dayRows('2025-03-30', springDay) + '30/03/2025,01:30,9.9\n';
    const result = runProfile(hh, csv);
    expect(result.intervals).toHaveLength(46);
    expect(result.intervals.slice(0, 3).map((i) => [i.rowNumber, i.startUtc, i.energyKwh])).toEqual([
      [2, '2025-03-30T00:00:00Z', 0.1],
      [3, '2025-03-30T00:30:00Z', 0.2],
      [4, '2025-03-30T01:00:00Z', 0.3],
    ]);
    expect(result.intervals.at(-1)).toEqual({ rowNumber: 47, siteId: 'site-1', activityId: 'grid-electricity-uk', meter: 'Head office electricity (half-hourly export)', startUtc: '2025-03-30T22:30:00Z', minutes: 30, energyKwh: 4.6 });
    expect(result.rejects).toEqual([{ rowNumber: 48, column: 'Time', reason: 'half-hour starting 2025-03-30 01:30 did not happen in the UK: the clocks went forward an hour that night' }]);
    expect(result.warnings).toEqual(['The file does not say which meter it is: readings are stored as meter "Head office electricity (half-hourly export)".']);
  });

  it('reads the repeated autumn hour in order (BST first, then GMT), and refuses a third reading', () => {
    const csv = 'MPAN,Date,Time,kWh\n' + dayRows('2025-10-26', autumnDay).replace(/^/gm, '1200012345678,').replace(/\n1200012345678,$/, '\n') + '1200012345678,26/10/2025,01:00,7.7\n';
    const result = runProfile(hh, csv);
    expect(result.intervals).toHaveLength(50);
    expect(result.intervals.slice(1, 7).map((i) => i.startUtc)).toEqual([
      '2025-10-25T23:30:00Z', '2025-10-26T00:00:00Z', '2025-10-26T00:30:00Z', '2025-10-26T01:00:00Z', '2025-10-26T01:30:00Z', '2025-10-26T02:00:00Z',
    ]);
    expect(result.intervals[0]?.meter).toBe('1200012345678');
    expect(result.rejects).toEqual([{ rowNumber: 52, column: 'Time', reason: 'half-hour starting 2025-10-26 01:00 happened twice that night (the clocks went back), and this is a third reading for it' }]);
    expect(result.warnings).toEqual([]);
  });

  it('uses an explicit offset instead of the order, and reverses the order for a newest-first file', () => {
    const stamped = 'Timestamp,kWh\n2025-10-26T01:30:00+00:00,0.4\n2025-10-26T01:30:00+01:00,0.3\n2025-10-26T01:00:00+00:00,0.2\n2025-10-26T01:00:00+01:00,0.1\n';
    expect(runProfile(hh, stamped).intervals.map((i) => [i.startUtc, i.energyKwh])).toEqual([
      ['2025-10-26T01:30:00Z', 0.4], ['2025-10-26T00:30:00Z', 0.3], ['2025-10-26T01:00:00Z', 0.2], ['2025-10-26T00:00:00Z', 0.1],
    ]);
    const newestFirst = 'Date,Time,kWh\n26/10/2025,02:00,0.5\n26/10/2025,01:30,0.4\n26/10/2025,01:00,0.3\n26/10/2025,01:30,0.2\n26/10/2025,01:00,0.1\n';
    expect(runProfile(hh, newestFirst).intervals.map((i) => [i.startUtc, i.energyKwh])).toEqual([
      ['2025-10-26T02:00:00Z', 0.5], ['2025-10-26T01:30:00Z', 0.4], ['2025-10-26T01:00:00Z', 0.3], ['2025-10-26T00:30:00Z', 0.2], ['2025-10-26T00:00:00Z', 0.1],
    ]);
  });

  it('reads 00:30 … 24:00 as the ends of the half-hours', () => {
    const csv = 'Date,Time,kWh\n' + dayRows('2025-06-02', normalDay.map((t) => t + 30));
    const result = runProfile(hh, csv);
    expect(result.intervals).toHaveLength(48);
    expect([result.intervals[0]?.startUtc, result.intervals.at(-1)?.startUtc]).toEqual(['2025-06-01T23:00:00Z', '2025-06-02T22:30:00Z']);
    expect(result.warnings).toContain('The times run from 00:30 to 24:00, so each time is read as the end of its half-hour.');
    const byHeader = runProfile(hh, 'Date,Half Hour Ending,kWh\n02/06/2025,00:30,0.1\n02/06/2025,01:00,0.2\n');
    expect(byHeader.intervals.map((i) => i.startUtc)).toEqual(['2025-06-01T23:00:00Z', '2025-06-01T23:30:00Z']);
    const springEnds = runProfile(hh, 'Date,Half Hour Ending,kWh\n30/03/2025,00:30,0.1\n30/03/2025,01:00,0.2\n30/03/2025,02:00,0.3\n');
    expect(springEnds.intervals.map((i) => i.startUtc)).toEqual(['2025-03-30T00:00:00Z', '2025-03-30T00:30:00Z']);
    expect(springEnds.rejects).toEqual([{ rowNumber: 3, column: 'Half Hour Ending', reason: 'half-hour ending 2025-03-30 01:00 did not happen in the UK: the clocks went forward an hour that night' }]);
  });

  it('never adds kW demand up as energy', () => {
    const both = runProfile(hh, 'Date,Time,kWh,kW\n02/06/2025,00:00,0.6,1.2\n02/06/2025,00:30,0.5,1.0\n');
    expect(both.intervals.map((i) => i.energyKwh)).toEqual([0.6, 0.5]);
    expect(both.warnings[0]).toBe('Ignored "kW": demand (kW, kVA) and reactive (kVArh) columns are not energy used, so they are never added up as kWh.');
    const demandOnly = runProfile(hh, 'Date,Time,Demand (kW)\n02/06/2025,00:00,1.2\n02/06/2025,00:30,1.0\n');
    expect(demandOnly.intervals).toEqual([]);
    expect(demandOnly.rejects).toEqual([2, 3].map((rowNumber) => ({
      rowNumber, column: 'Demand (kW)', reason: '"Demand (kW)" is demand (power in kW), not energy used: half-hourly kW are never added up as kWh. Export the kWh (consumption) readings instead',
    })));
  });

  it('reads settlement period numbers as elapsed half-hours, and gas meters by MPRN', () => {
    const csv = 'MPRN,Settlement Date,Settlement Period,kWh\n1234567890,2025-10-26,50,1.5\n1234567890,2025-10-26,51,1.5\n1234567890,2025-03-30,3,2.0\n';
    const result = runProfile(hh, csv);
    expect(result.intervals.map((i) => [i.activityId, i.meter, i.startUtc])).toEqual([
      ['natural-gas', '1234567890', '2025-10-26T23:30:00Z'],
      ['natural-gas', '1234567890', '2025-03-30T01:00:00Z'],
    ]);
    expect(result.rejects).toEqual([{ rowNumber: 3, column: 'Settlement Period', reason: 'settlement period "51" is not between 1 and 50, the number of half-hours on 2025-10-26' }]);
  });

  it('rejects unreadable and negative readings and unreadable times', () => {
    const csv = 'Date,Time,kWh\n02/06/2025,00:00,\n02/06/2025,00:30,-0.4\n02/06/2025,0030,0.2\n31/06/2025,01:00,0.2\n';
    expect(runProfile(hh, csv).rejects).toEqual([
      { rowNumber: 2, column: 'kWh', reason: 'reading is empty' },
      { rowNumber: 3, column: 'kWh', reason: 'reading is negative: exported (generated) energy is not consumption' },
      { rowNumber: 4, column: 'Time', reason: 'time "0030" is not a clock time like 00:30' },
      { rowNumber: 5, column: 'Date', reason: 'date "31/06/2025" is not a date in the form day/month/year (e.g. 31/01/2025)' },
    ]);
    expect(runProfile(hh, 'Date,Start Time,kWh\n02/06/2025,23:30,0.2\n02/06/2025,24:00,0.3\n').rejects).toEqual([
      { rowNumber: 3, column: 'Start Time', reason: '24:00 cannot start a half-hour (24:00 is the end of 2025-06-02)' },
    ]);
  });

  it('reads clock cells in their common forms', () => {
    expect(parseClock('00:30')).toEqual({ minutes: 30, isRange: false });
    expect(parseClock('23:30:00')).toEqual({ minutes: 1410, isRange: false });
    expect(parseClock('00:00 - 00:30')).toEqual({ minutes: 0, isRange: true });
    expect(parseClock('0.5')).toEqual({ minutes: 720, isRange: false });
    expect(parseClock('25:00')).toBeNull();
  });
});
