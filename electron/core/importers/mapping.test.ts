import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ColumnMappingInput } from '../../../shared/domain/imports';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

let t: TestBackend;
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
});
afterEach(() => t.cleanup());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// A layout no built-in profile knows: a van-fuel log from a small fleet's own spreadsheet.
const fuelLog = 'Fill date;Litres;Reg;Notes\n03/04/2024;45,5;AB12 CDE;Shell Leeds\n17/04/2024;38;AB12 CDE;\n';
const mapping: ColumnMappingInput = {
  dateColumn: 'Fill date', periodStartColumn: null, periodEndColumn: null, quantityColumn: 'Litres', unitColumn: null, fixedUnit: 'litres',
  activityColumn: null, fixedActivityId: 'vehicle-fuel-diesel', siteColumn: null, meterColumn: 'Reg', descriptionColumn: 'Notes', dataQuality: 'invoice', decimalMark: ',',
};

describe('the mapping wizard', () => {
  it('an unknown layout is refused with a pointer to the mapping wizard', async () => {
    const result = await t.backend.invoke('imports.run', { fileName: 'fuel.csv', contentBase64: b64(fuelLog), options: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('mapping wizard') } });
  });

  it('imports with a mapping, saves it as a named layout, and recognises the next file with those columns', async () => {
    const first = await t.backend.invoke('imports.run', { fileName: 'fuel-april.csv', contentBase64: b64(fuelLog), options: { mapping, saveMappingAs: 'Van fuel log' } });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value).toMatchObject({ status: 'imported', rowsImported: 2, rowsRejected: 0 });
    const records = await t.backend.invoke('records.list', { limit: 10, offset: 0 });
    expect(records.ok && records.value.records.map((r) => [r.periodStart, r.quantity, r.unit, r.meter])).toEqual([
      ['2024-04-17', 38, 'litre', 'AB12 CDE'],
      ['2024-04-03', 45.5, 'litre', 'AB12 CDE'],
    ]);
    const saved = await t.backend.invoke('imports.mappings', {});
    expect(saved.ok && saved.value.map((m) => m.name)).toEqual(['Van fuel log']);

    const may = 'Fill date;Litres;Reg;Notes\n02/05/2024;40,25;AB12 CDE;\n';
    const preview = await t.backend.invoke('imports.preview', { fileName: 'fuel-may.csv', contentBase64: b64(may) });
    expect(preview.ok && preview.value.profile?.label).toBe('Van fuel log');
    const second = await t.backend.invoke('imports.run', { fileName: 'fuel-may.csv', contentBase64: b64(may), options: {} });
    expect(second).toMatchObject({ ok: true, value: { status: 'imported', rowsImported: 1, perActivity: [{ quantity: 40.25 }] } });
  });

  it('says which mapping choice is missing', async () => {
    const result = await t.backend.invoke('imports.run', { fileName: 'fuel.csv', contentBase64: b64(fuelLog), options: { mapping: { ...mapping, fixedUnit: null } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { 'options.mapping.unitColumn': 'Choose the unit column, or the unit every row is in' } } });
  });
});
