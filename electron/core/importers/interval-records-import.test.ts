import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ok, useTestWorkspace } from '../testing/fixtures';

// Half-hourly exports become a record per meter and month, while overlaps are still judged day by
// day against the stored readings: the workflows an office manager actually has (downloading the
// last few weeks again, a corrected day from the supplier) behave as they did with daily records.

const workspace = useTestWorkspace();

const METER = '1200012345678';

/** June 2025 (BST, 48 half-hours a day): readings for days first…last, kWh per half-hour by day. */
function june(first: number, last: number, kwhOn: (day: number) => number = () => 0.5): string {
  const lines = ['MPAN,Timestamp,kWh'];
  for (let day = first; day <= last; day++) {
    const ukMidnightUtc = Date.UTC(2025, 5, day - 1, 23);
    for (let i = 0; i < 48; i++) lines.push(`${METER},${new Date(ukMidnightUtc + i * 1_800_000).toISOString().replace('.000Z', 'Z')},${kwhOn(day)}`);
  }
  return `${lines.join('\n')}\n`;
}

const run = (fileName: string, text: string, overlap?: 'replace' | 'keep-both' | 'skip') =>
  ok(workspace.t.backend.invoke('imports.run', { fileName, contentBase64: Buffer.from(text).toString('base64'), options: overlap ? { overlap } : {} }));

type Row = { importId: string; periodStart: string; periodEnd: string; quantity: number; figures: number };
function records(): Row[] {
  const reader = new Database(workspace.path, { readonly: true });
  try {
    return reader
      .prepare(
        `SELECT r.import_id AS importId, r.period_start AS periodStart, r.period_end AS periodEnd, r.quantity,
           (SELECT count(*) FROM emission_figures f WHERE f.activity_record_id = r.id) AS figures
         FROM activity_records r ORDER BY r.period_start, r.import_id`,
      )
      .all() as Row[];
  } finally {
    reader.close();
  }
}

const shape = (rows: Row[], names: Record<string, string>) => rows.map((r) => [names[r.importId] ?? r.importId, r.periodStart, r.periodEnd, r.quantity]);

describe('half-hourly readings as monthly records', () => {
  it('writes one record per meter and month, each with its emissions', async () => {
    const first = await run('june.csv', june(1, 30));
    expect(first).toMatchObject({ status: 'imported', intervalsImported: 30 * 48, rowsImported: 1 });
    const [record] = records();
    expect(record).toMatchObject({ periodStart: '2025-06-01', periodEnd: '2025-06-30', quantity: 30 * 24 });
    expect(record?.figures).toBeGreaterThan(0);
    expect(first.co2eKgAdded).toBeGreaterThan(0);
  });

  it('adds only the new days of an export that overlaps one already imported', async () => {
    const a = await run('1-20 june.csv', june(1, 20));
    const b = await run('11-30 june.csv', june(11, 30));
    expect(b).toMatchObject({ status: 'imported', rowsDuplicate: 10, intervalsImported: 10 * 48, rowsImported: 1, conflicts: [] });
    expect(shape(records(), { [a.importId ?? '']: 'a', [b.importId ?? '']: 'b' })).toEqual([
      ['a', '2025-06-01', '2025-06-20', 20 * 24],
      ['b', '2025-06-21', '2025-06-30', 10 * 24],
    ]);
    // And a third download of the whole month adds nothing.
    expect(await run('june again.csv', june(1, 30))).toMatchObject({ status: 'nothing-imported', rowsDuplicate: 30 });
  });

  it('asks about a corrected day, naming that day; replacing it keeps the month’s other days', async () => {
    const a = await run('june.csv', june(1, 30));
    const corrected = june(15, 15, () => 0.25);
    const asked = await run('15 june corrected.csv', corrected);
    expect(asked.status).toBe('needs-decision');
    expect(asked.conflicts.map((c) => [c.existing.periodStart, c.existing.periodEnd, c.existing.quantity])).toEqual([['2025-06-15', '2025-06-15', 24]]);

    const b = await run('15 june corrected.csv', corrected, 'replace');
    expect(b).toMatchObject({ status: 'imported', rowsImported: 1, intervalsImported: 48 });
    const names = { [a.importId ?? '']: 'a', [b.importId ?? '']: 'b' };
    expect(shape(records(), names)).toEqual([
      ['a', '2025-06-01', '2025-06-14', 14 * 24],
      ['b', '2025-06-15', '2025-06-15', 12],
      ['a', '2025-06-16', '2025-06-30', 15 * 24],
    ]);
    expect(records().every((r) => r.figures > 0)).toBe(true);

    // Undoing the first import leaves exactly the corrected day.
    await ok(workspace.t.backend.invoke('imports.undo', { id: a.importId ?? '' }));
    expect(shape(records(), names)).toEqual([['b', '2025-06-15', '2025-06-15', 12]]);
  });

  it('skips only the corrected day when told to skip, and keeps both when told to', async () => {
    await run('1-20 june.csv', june(1, 20));
    const changed = june(18, 25, (day) => (day === 19 ? 1 : 0.5));
    const skipped = await run('18-25 june.csv', changed, 'skip');
    expect(skipped).toMatchObject({ status: 'imported', rowsDuplicate: 2 });
    expect(records().map((r) => [r.periodStart, r.periodEnd, r.quantity])).toEqual([
      ['2025-06-01', '2025-06-20', 20 * 24],
      ['2025-06-21', '2025-06-25', 5 * 24],
    ]);

    await ok(workspace.t.backend.invoke('imports.undo', { id: skipped.importId ?? '' }));
    const kept = await run('18-25 june.csv', changed, 'keep-both');
    expect(kept).toMatchObject({ status: 'imported', rowsDuplicate: 2 });
    // 19 June counts twice, as asked; 20 June was a duplicate, so the new days are two runs.
    expect(records().map((r) => [r.periodStart, r.periodEnd, r.quantity])).toEqual([
      ['2025-06-01', '2025-06-20', 20 * 24],
      ['2025-06-19', '2025-06-19', 48],
      ['2025-06-21', '2025-06-25', 5 * 24],
    ]);
  });

  it('compares a bill with the month record as a whole, not day by day', async () => {
    await run('june.csv', june(1, 30));
    const bill = 'period_start,period_end,activity,quantity,unit,site,meter\n2025-06-01,2025-06-30,grid-electricity-uk,700,kWh,Head office,' + METER + '\n';
    const asked = await run('june bill.csv', bill);
    expect(asked.status).toBe('needs-decision');
    expect(asked.conflicts.map((c) => [c.existing.periodStart, c.existing.periodEnd, c.existing.quantity])).toEqual([['2025-06-01', '2025-06-30', 720]]);
  });
});
