import { describe, expect, it } from 'vitest';
import { diffRows } from './audit-diff';

describe('diffRows', () => {
  it('lists only changed fields of an update, in readable form', () => {
    const rows = diffRows({
      action: 'update',
      before: { id: 'o', name: 'Acme', reportingYearStartMonth: 4, country: 'GB', updatedAt: '1' },
      after: { id: 'o', name: 'Acme', reportingYearStartMonth: 1, country: 'IE', updatedAt: '2' },
    });
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Reporting year starts in', 'April', 'January'],
      ['Country', 'United Kingdom', 'Ireland'],
    ]);
  });

  it('lists every field of a deletion with an empty "after"', () => {
    const rows = diffRows({ action: 'delete', before: { name: 'Depot', floorAreaM2: 1200, somethingNew: true }, after: null });
    expect(rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Name', 'Depot', '—'],
      ['Floor area (m²)', '1,200 m²', '—'],
      ['Something new', 'Yes', '—'],
    ]);
  });
});
