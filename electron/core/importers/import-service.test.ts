import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ok, useTestWorkspace } from '../testing/fixtures';

const workspace = useTestWorkspace();

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');


// 2024 DESNZ: UK electricity generation 0.20705, T&D 0.0183, WTT generation 0.0459, WTT T&D 0.00397 kg CO2e/kWh.
const ELECTRICITY_2024_ALL_COMPONENTS = 0.20705 + 0.0183 + 0.0459 + 0.00397;

const bills =
  'period_start,period_end,activity,quantity,unit,site,meter,evidence,data_quality\n' +
  '2024-01-01,2024-01-31,grid-electricity-uk,1000,kWh,Head office,M1,INV-1,invoice\n' +
  '2024-02-01,2024-02-29,grid-electricity-uk,"1,200",kWh,Head office,M1,INV-2,estimate\n' +
  '2024-03-01,2024-03-31,grid-electricity-uk,lots,kWh,Head office,M1,INV-3,invoice\n' +
  '2024-04-01,2024-04-30,jet-packs,5,kWh,Head office,M1,INV-4,invoice\n' +
  '2024-05-01,2024-05-31,grid-electricity-uk,900,kWh,Nowhere,M1,INV-5,invoice\n';

describe('importing a file', () => {
  it('imports good rows, rejects bad ones with row, column and reason, and adds their emissions', async () => {
    const outcome = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    expect(outcome).toMatchObject({ status: 'imported', profileId: 'generic-activity', rowsTotal: 5, rowsImported: 2, rowsRejected: 3, rowsDuplicate: 0 });
    expect(outcome.rejects).toEqual([
      { rowNumber: 4, column: 'quantity', reason: 'quantity "lots" is not a number' },
      { rowNumber: 5, column: 'activity', reason: '"jet-packs" is not an activity id (see `carbonrecycling activities`)' },
      { rowNumber: 6, column: 'site', reason: 'there is no site called "Nowhere" in this workspace (sites: Head office)' },
    ]);
    expect(outcome.perActivity).toEqual([{ activityId: 'grid-electricity-uk', unit: 'kWh', quantity: 2200, co2eKg: expect.closeTo(2200 * ELECTRICITY_2024_ALL_COMPONENTS, 6) }]);
    const records = await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }));
    expect(records.records.map((r) => [r.periodStart, r.quantity, r.source, r.sourceRef])).toEqual([
      ['2024-02-01', 1200, 'import', 'INV-2'],
      ['2024-01-01', 1000, 'import', 'INV-1'],
    ]);
    const rejects = await ok(workspace.t.backend.invoke('imports.rejectsCsv', { id: outcome.importId ?? '' }));
    expect(rejects.csv.split('\r\n')[0]).toBe('row,column,reason');
    expect(rejects.csv).toContain('4,quantity,"quantity ""lots"" is not a number"');
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const first = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    const again = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills-copy.csv', contentBase64: b64(bills), options: {} }));
    expect(again).toMatchObject({ status: 'already-imported', previousImport: { id: first.importId, fileName: 'bills.csv' }, rowsImported: 0 });
    expect((await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }))).total).toBe(2);
  });

  it('skips rows already imported from another file as duplicates', async () => {
    await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    const overlapping = 'period_start,period_end,activity,quantity,unit,meter\n2024-01-01,2024-01-31,grid-electricity-uk,1000,kWh,M1\n';
    const outcome = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'jan.csv', contentBase64: b64(overlapping), options: {} }));
    expect(outcome).toMatchObject({ status: 'nothing-imported', rowsDuplicate: 1, rowsImported: 0 });
  });

  it('asks before an actual bill replaces an overlapping estimate, then replaces it when told', async () => {
    await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    const actual = 'period_start,period_end,activity,quantity,unit,meter,data_quality\n2024-02-01,2024-02-29,grid-electricity-uk,1100,kWh,M1,invoice\n';
    const asked = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'feb-actual.csv', contentBase64: b64(actual), options: {} }));
    expect(asked.status).toBe('needs-decision');
    expect(asked.conflicts).toEqual([expect.objectContaining({ rowNumber: 2, supersedesEstimate: true, existing: expect.objectContaining({ quantity: 1200, estimated: true }) })]);
    expect((await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }))).total).toBe(2);

    const replaced = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'feb-actual.csv', contentBase64: b64(actual), options: { overlap: 'replace' } }));
    expect(replaced.status).toBe('imported');
    const quantities = (await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }))).records.map((r) => r.quantity).sort();
    expect(quantities).toEqual([1000, 1100]);
  });

  it('undo removes exactly that import’s records and is audited; the file stays in the history', async () => {
    await ok(workspace.t.backend.invoke('records.create', { siteId: (await ok(workspace.t.backend.invoke('sites.list', {})))[0]?.id ?? '', activityId: 'natural-gas', periodStart: '2024-01-01', periodEnd: '2024-01-31', quantity: 500, unit: 'kWh', dataQuality: 'invoice' }));
    const outcome = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    await ok(workspace.t.backend.invoke('imports.undo', { id: outcome.importId ?? '' }));
    const records = await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }));
    expect(records.records.map((r) => r.activityId)).toEqual(['natural-gas']);
    const [entry] = await ok(workspace.t.backend.invoke('imports.list', {}));
    expect(entry).toMatchObject({ fileName: 'bills.csv', status: 'undone' });
    const audit = await ok(workspace.t.backend.invoke('audit.list', { entity: 'import', limit: 5, offset: 0 }));
    expect(audit.entries.map((e) => e.action)).toEqual(['delete', 'create']);
    // Undone: the same file may be imported again.
    expect((await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }))).status).toBe('imported');
  });

  it('refuses a file it cannot read, writing nothing', async () => {
    const result = await workspace.t.backend.invoke('imports.run', { fileName: 'x.csv', contentBase64: b64('just one column\nand another\n'), options: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('only one column') } });
    expect(await ok(workspace.t.backend.invoke('imports.list', {}))).toEqual([]);
  });

  it('previews a file: encoding, header, sample rows, recognised layout', async () => {
    const preview = await ok(workspace.t.backend.invoke('imports.preview', { fileName: 'bills.csv', contentBase64: b64(bills) }));
    expect(preview).toMatchObject({ encoding: 'UTF-8', delimiter: ',', headerRowNumber: 1, rowsTotal: 5, profile: { id: 'generic-activity' }, previousImport: null });
    expect(preview.sampleRows[0]).toEqual({ rowNumber: 2, cells: ['2024-01-01', '2024-01-31', 'grid-electricity-uk', '1000', 'kWh', 'Head office', 'M1', 'INV-1', 'invoice'] });
  });
});

describe('overlaps inside one file', () => {
  const file =
    'period_start,period_end,activity,quantity,unit,meter,data_quality\n' +
    '2024-01-01,2024-03-31,grid-electricity-uk,3000,kWh,OV1,estimate\n' +
    '2024-02-15,2024-04-14,grid-electricity-uk,2900,kWh,OV1,invoice\n';

  it('waits for a decision, then keeps only the later row when told to replace', async () => {
    const asked = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'q1.csv', contentBase64: b64(file), options: {} }));
    expect(asked).toMatchObject({ status: 'needs-decision', conflicts: [{ rowNumber: 3, sameFileRowNumber: 2, supersedesEstimate: true }] });
    const replaced = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'q1.csv', contentBase64: b64(file), options: { overlap: 'replace' } }));
    expect(replaced).toMatchObject({ status: 'imported', rowsImported: 1 });
    const records = await ok(workspace.t.backend.invoke('records.list', { limit: 10, offset: 0 }));
    expect(records.records.map((r) => r.quantity)).toEqual([2900]);
  });
});

describe('gas meters read in m³', () => {
  const octopusGas = 'Consumption (m³), Start, End\n1.000,2024-01-10T00:00:00+00:00,2024-01-10T00:30:00+00:00\n2.000,2024-01-10T00:30:00+00:00,2024-01-10T01:00:00+00:00\n';

  it('asks for the calorific value, then converts with it (m³ × 1.02264 × CV ÷ 3.6)', async () => {
    const refused = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'gas.csv', contentBase64: b64(octopusGas), options: {} }));
    expect(refused.status).toBe('nothing-imported');
    expect(refused.rejects[0]?.reason).toContain('calorific value');
    const imported = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'gas.csv', contentBase64: b64(octopusGas), options: { gasCalorificValueMjPerM3: 39.5 } }));
    expect(imported).toMatchObject({ status: 'imported', intervalsImported: 2, perActivity: [{ activityId: 'natural-gas', unit: 'kWh', quantity: expect.closeTo((3 * 1.02264 * 39.5) / 3.6, 9) }] });
  });
});

describe('undo and earlier runs', () => {
  it('undo removes the import from the current run only: an earlier run keeps its totals', async () => {
    const outcome = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'bills.csv', contentBase64: b64(bills), options: {} }));
    await ok(workspace.t.backend.invoke('calculations.recalculate', { reason: 'Snapshot before undo' }));
    const [before] = await ok(workspace.t.backend.invoke('calculations.runs', {}));
    await ok(workspace.t.backend.invoke('imports.undo', { id: outcome.importId ?? '' }));
    const runs = await ok(workspace.t.backend.invoke('calculations.runs', {}));
    expect(runs.find((r) => r.number === 1)?.totals.scope2LocationCo2eKg).toBeCloseTo(2200 * 0.20705, 6);
    expect(runs.find((r) => r.number === 2)?.totals.scope2LocationCo2eKg).toBe(0);
    expect(before?.number).toBe(2);
  });
});

describe('totals per activity', () => {
  it('gives an activity imported in two units one line per unit, each with its own emissions', async () => {
    const gas = 'period_start,period_end,activity,quantity,unit\n2024-01-01,2024-01-31,natural-gas,1000,kWh\n2024-02-01,2024-02-29,natural-gas,100,m3\n';
    const outcome = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'gas.csv', contentBase64: b64(gas), options: {} }));
    expect(outcome.perActivity.map((a) => [a.unit, a.quantity])).toEqual([['kWh', 1000], ['m3', 100]]);
    const [kwh, m3] = outcome.perActivity;
    expect(kwh?.co2eKg).toBeGreaterThan(0);
    expect(m3?.co2eKg).toBeGreaterThan(0);
    expect(kwh?.co2eKg).not.toBeCloseTo(m3?.co2eKg ?? 0, 3);
    expect((kwh?.co2eKg ?? 0) + (m3?.co2eKg ?? 0)).toBeCloseTo(outcome.co2eKgAdded, 9);
  });
});

describe('half-hourly readings', () => {
  const hh = (kwh: number) => {
    const lines = ['MPAN,Timestamp,kWh'];
    // 2 June 2025 in UK time: 23:00 UTC on 1 June to 22:30 UTC on 2 June.
    for (let i = 0; i < 48; i++) lines.push(`1200012345678,${new Date(Date.UTC(2025, 5, 1, 23) + i * 1_800_000).toISOString().replace('.000Z', 'Z')},${kwh}`);
    return `${lines.join('\n')}\n`;
  };
  type StoredDay = { meter: string; day: string; startUtc: string; slots: number; readings: number; energyKwh: number; values: Buffer };
  const storedDays = (): StoredDay[] => {
    const reader = new Database(workspace.path, { readonly: true });
    try {
      return reader.prepare('SELECT meter, day, start_utc AS startUtc, slots, readings, energy_kwh AS energyKwh, values_kwh AS "values" FROM interval_days').all() as StoredDay[];
    } finally {
      reader.close();
    }
  };

  it('stores a meter’s day packed as UTC slots, replaces it when told, and undo removes it', async () => {
    const first = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'hh.csv', contentBase64: b64(hh(0.5)), options: {} }));
    expect(first).toMatchObject({ status: 'imported', intervalsImported: 48, rowsImported: 1 });
    const [day] = storedDays();
    expect(day).toMatchObject({ meter: '1200012345678', day: '2025-06-02', startUtc: '2025-06-01T23:00:00Z', slots: 48, readings: 48, energyKwh: 24 });
    expect(Array.from(new Float64Array(new Uint8Array(day?.values ?? []).buffer))).toEqual(new Array(48).fill(0.5));

    const asked = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'hh-corrected.csv', contentBase64: b64(hh(0.25)), options: {} }));
    expect(asked.status).toBe('needs-decision');
    const replaced = await ok(workspace.t.backend.invoke('imports.run', { fileName: 'hh-corrected.csv', contentBase64: b64(hh(0.25)), options: { overlap: 'replace' } }));
    expect(replaced).toMatchObject({ status: 'imported', intervalsImported: 48 });
    expect(storedDays().map((d) => d.energyKwh)).toEqual([12]);

    await ok(workspace.t.backend.invoke('imports.undo', { id: replaced.importId ?? '' }));
    expect(storedDays()).toEqual([]);
  });
});
