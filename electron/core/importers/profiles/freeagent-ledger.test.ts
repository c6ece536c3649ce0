import { describe, expect, it } from 'vitest';
import { freeagentLedgerProfile as freeagent } from './freeagent-ledger';
import { runProfile } from './profile-test-kit';

describe('freeagent-ledger', () => {
  it('recognises FreeAgent exports by their categories', () => {
    expect(freeagent.match(['Date', 'Category', 'Nominal Code', 'Description', 'Amount', 'VAT'])).toBe(90);
    expect(freeagent.match(['Date', 'Category', 'Amount'])).toBe(80);
    expect(freeagent.match(['Date', 'Description', 'Amount'])).toBe(0);
  });

  it('takes VAT off bank-style amounts and reads money paid out (negative) as spend', () => {
    const csv =
      'Date,Category,Nominal Code,Description,Amount,VAT\n' +
      '14/01/2025,Accommodation and Meals,285,Hotel Bristol,-120.00,-20.00\n' +
      '15/01/2025,Travel,365,Train,-60.00,-10.00\n' +
      '16/01/2025,Travel,365,Train refund,12.00,2.00\n' +
      '17/01/2025,Computer Software,363,Licence,-240.00,-40.00\n' +
      '18/01/2025,Sales,001,Invoice paid,500.00,0\n';
    const result = runProfile(freeagent, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.quantity, r.meter])).toEqual([
      [2, 'spend-sic-55', 100, '285 Accommodation and Meals'],
      [3, 'spend-sic-49-3-5', 40, '365 Travel'],
      [5, 'spend-sic-62', 200, '363 Computer Software'],
    ]);
    expect(result.rejects).toEqual([{ rowNumber: 6, column: 'Category', reason: 'account "001 Sales": income, not spending, so it has no spend-based emissions' }]);
    expect(result.warnings[0]).toBe('Most amounts are negative (money paid out), so spending was read as the negative amounts and positive amounts as refunds.');
  });
});
