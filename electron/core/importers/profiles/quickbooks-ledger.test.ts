import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { quickbooksLedgerProfile as qbo } from './quickbooks-ledger';

describe('quickbooks-ledger', () => {
  it('recognises Transaction Detail by Account exports', () => {
    expect(qbo.match(['Date', 'Transaction Type', 'No.', 'Name', 'Memo/Description', 'Account', 'Split', 'Amount'])).toBe(92);
    expect(qbo.match(['Date', 'Transaction Type', 'Account Full Name', 'Amount'])).toBe(84);
    expect(qbo.match(['Date', 'Account', 'Amount'])).toBe(0);
  });

  it('reads Amount as net spend, supplier credits as refunds, and sub-accounts by their full name', () => {
    const csv =
      'Date,Transaction Type,No.,Name,Memo/Description,Account,Split,Amount\n' +
      '13/01/2025,Expense,101,Trainline,Rail fare,Travel:Rail,Barclays,45.50\n' +
      '14/01/2025,Bill,B-7,Hosting Ltd,Servers,Web hosting,Accounts Payable,210.00\n' +
      '20/01/2025,Supplier Credit,C-1,Trainline,Refund,Travel:Rail,Accounts Payable,-10.50\n' +
      '21/01/2025,Expense,102,Shell,Fuel,Car and Truck:Fuel,Barclays,60.00\n' +
      '22/01/2025,Expense,103,Foo,Stuff,Supplies,Barclays,30.00\n' +
      '23/01/2025,Expense,104,Bar,Oops,Travel:Rail,Barclays,ten\n';
    const result = runProfile(qbo, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.quantity, r.meter, r.sourceRef])).toEqual([
      [2, 'spend-sic-49-1-2', 35, 'Travel:Rail', '101, C-1'],
      [3, 'spend-sic-63', 210, 'Web hosting', 'B-7'],
      [5, 'spend-sic-19', 60, 'Car and Truck:Fuel', '102'],
    ]);
    expect(result.rejects).toEqual([
      { rowNumber: 6, column: 'Account', reason: 'account "Supplies" is not one the app can match to an industry: rename it to say what was bought (e.g. "Software", "Hotels"), or enter its spend in the activity CSV with a spend-sic activity' },
      { rowNumber: 7, column: 'Amount', reason: 'amount "ten" is not a number' },
    ]);
    expect(result.warnings).toEqual([
      '"Amount" was read as net of VAT, as ledger lines on expense accounts are posted without VAT.',
      'Spend on travel (flights and mileage claims), fuel (fuel cards or mileage claims) overlaps activity data: if you also import those for the same period, leave these accounts out so nothing is counted twice.',
    ]);
  });
});
