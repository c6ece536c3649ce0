import { describe, expect, it } from 'vitest';
import type { RowBatches } from '../csv-stream';
import type { CsvTable } from '../csv-table';
import { hhRowsProfile as hh } from './hh-rows';
import { oneSite, tableOf } from './profile-test-kit';

// A big half-hourly export is mapped a batch at a time. What only the whole file can tell (day/month
// order, end-of-half-hour times, newest-first order) is decided from the first batch and checked
// against the whole file at the end; where that changes a reading the rows are mapped again. Either
// way the result is exactly that of mapping the whole table at once.

function inBatches(table: CsvTable, size: number): RowBatches & { passes: number } {
  const source = {
    header: table.header,
    passes: 0,
    forEachBatch(onBatch: (rows: CsvTable['rows']) => void) {
      source.passes++;
      for (let i = 0; i < table.rows.length; i += size) onBatch(table.rows.slice(i, i + size));
    },
  };
  return source;
}

function expectSameAsWholeTable(csv: string, size: number, passes: number): void {
  const table = tableOf(csv);
  const whole = hh.map(table, oneSite);
  const batches = inBatches(table, size);
  const streamed = hh.mapStream?.(batches, oneSite);
  expect(streamed).toBeDefined();
  if (!streamed) return;
  expect({ ...streamed, intervals: streamed.intervals.readings() }).toEqual({ ...whole, intervals: whole.intervals.readings() });
  expect(streamed.intervals.size).toBeGreaterThan(0);
  expect(batches.passes).toBe(passes);
}

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const day = (date: string, times: readonly number[]) => times.map((t, i) => `${date},${clock(t)},${((i % 7) + 1) / 10}`).join('\n');
const halfHours = (from: number, to: number) => Array.from({ length: (to - from) / 30 + 1 }, (_, i) => from + i * 30);

describe('hh-rows read in batches', () => {
  it('maps an ordinary export in one pass', () => {
    const csv = 'MPAN,Timestamp,kWh\n' + Array.from({ length: 200 }, (_, i) => `1200012345678,${new Date(Date.UTC(2025, 2, 29) + i * 1_800_000).toISOString()},0.${i % 9}`).join('\n');
    expectSameAsWholeTable(csv, 7, 1);
  });

  it('end-labelled times (00:30 … 24:00) found in the first batch: one pass', () => {
    expectSameAsWholeTable(`Date,Time,kWh\n${day('02/06/2025', halfHours(30, 1440))}\n${day('03/06/2025', halfHours(30, 1440))}\n`, 10, 1);
  });

  it('a file that starts at 00:30 but whose last row says the times start their half-hours: mapped again', () => {
    expectSameAsWholeTable(`Date,Time,kWh\n${day('02/06/2025', halfHours(30, 1410))}\n${day('03/06/2025', halfHours(0, 1410))}\n`, 10, 2);
  });

  it('a file running 00:30 … 00:00 is end-labelled, as its first batch guessed: one pass', () => {
    expectSameAsWholeTable(`Date,Time,kWh\n${day('02/06/2025', halfHours(30, 1410))}\n03/06/2025,00:00,0.4\n`, 10, 1);
  });

  it('month-first dates that only a later batch shows: mapped again', () => {
    const csv = `Date,Time,kWh\n${day('06/02/2025', halfHours(0, 1410))}\n${day('06/13/2025', halfHours(0, 1410))}\n`;
    expectSameAsWholeTable(csv, 10, 2);
    expect(hh.map(tableOf(csv), oneSite).rejects).toEqual([]);
  });

  it('a newest-first file whose first batch cannot tell, over the repeated autumn hour: mapped again', () => {
    const csv = 'Date,Time,kWh\n26/10/2025,02:00,0.5\n26/10/2025,01:30,0.4\n26/10/2025,01:00,0.3\n26/10/2025,01:30,0.2\n26/10/2025,01:00,0.1\n';
    expectSameAsWholeTable(csv, 1, 2);
    // Without a repeated hour the order changes nothing, so nothing is mapped twice.
    expectSameAsWholeTable('Date,Time,kWh\n02/06/2025,02:00,0.5\n02/06/2025,01:30,0.4\n02/06/2025,01:00,0.3\n', 1, 1);
  });
});
