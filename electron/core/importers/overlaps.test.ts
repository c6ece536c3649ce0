import { describe, expect, it } from 'vitest';
import { checkOverlaps, type ExistingRecord } from './overlaps';
import type { RecordDraft } from './profiles/types';

const draft = (overrides: Partial<RecordDraft> = {}): RecordDraft => ({
  rowNumber: 2, siteId: 's1', activityId: 'grid-electricity-uk', periodStart: '2024-02-15', periodEnd: '2024-04-14', quantity: 900, unit: 'kWh',
  options: null, description: null, dataQuality: 'invoice', meter: 'M1', sourceRef: null, estimated: false, ...overrides,
});
const existing = (overrides: Partial<ExistingRecord> = {}): ExistingRecord => ({
  id: 'e1', siteId: 's1', activityId: 'grid-electricity-uk', meter: 'M1', periodStart: '2024-01-01', periodEnd: '2024-03-31', quantity: 1200, unit: 'kWh', estimated: true, importId: 'i0', ...overrides,
});

describe('overlapping and duplicate bills', () => {
  it('an actual bill overlapping an estimated one is a conflict that supersedes the estimate', () => {
    const result = checkOverlaps([draft()], [existing()]);
    expect(result.conflicts).toEqual([{ rowNumber: 2, existing: existing(), sameFileRowNumber: null, supersedesEstimate: true }]);
    expect(result.fresh).toHaveLength(1);
  });

  it('the same bill again is a duplicate, skipped', () => {
    const result = checkOverlaps([draft({ periodStart: '2024-01-01', periodEnd: '2024-03-31', quantity: 1200 })], [existing()]);
    expect(result.duplicates).toHaveLength(1);
    expect(result.fresh).toHaveLength(0);
  });

  it('a row repeated inside the file is a duplicate too', () => {
    const result = checkOverlaps([draft({ rowNumber: 2 }), draft({ rowNumber: 3 })], []);
    expect(result.fresh.map((d) => d.rowNumber)).toEqual([2]);
    expect(result.duplicates.map((d) => d.rowNumber)).toEqual([3]);
  });

  it('an estimate and its actual in the same file conflict too, naming the earlier row', () => {
    const result = checkOverlaps([draft({ rowNumber: 2, periodStart: '2024-01-01', periodEnd: '2024-03-31', estimated: true, quantity: 3000 }), draft({ rowNumber: 3 })], []);
    expect(result.conflicts).toEqual([expect.objectContaining({ rowNumber: 3, sameFileRowNumber: 2, supersedesEstimate: true, existing: expect.objectContaining({ id: 'row-2' }) })]);
  });

  it('other meters, sites or activities never conflict, and adjacent periods do not overlap', () => {
    const result = checkOverlaps(
      [draft({ meter: 'M2' }), draft({ siteId: 's2' }), draft({ activityId: 'natural-gas' }), draft({ periodStart: '2024-04-01', periodEnd: '2024-04-30' })],
      [existing()],
    );
    expect(result.conflicts).toEqual([]);
    expect(result.fresh).toHaveLength(4);
  });
});
