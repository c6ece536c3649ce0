import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { sageLedgerProfile as sage } from './sage-ledger';

describe('sage-ledger', () => {
  it('recognises Sage audit trail and nominal activity exports', () => {
    expect(sage.match(['No.', 'Type', 'Account', 'N/C', 'Nominal Name', 'Dept', 'Details', 'Date', 'Ref', 'Ex.Ref', 'Net', 'T/C', 'VAT'])).toBe(92);
    expect(sage.match(['Date', 'Nominal Code', 'Nominal Name', 'Debit', 'Credit'])).toBe(84);
    expect(sage.match(['Date', 'Details', 'Net'])).toBe(0);
  });

  it('reads the type codes: credit notes and receipts reduce spend, sales are refused', () => {
    const csv =
      'No.,Type,Account,N/C,Nominal Name,Dept,Details,Date,Ref,Ex.Ref,Net,T/C,VAT\n' +
      '1,PI,STAPLES,7504,Office stationery,0,Paper,14/01/2025,INV1,,100.00,T1,20.00\n' +
      '2,PC,STAPLES,7504,Office stationery,0,Returned paper,16/01/2025,CN1,,30.00,T1,6.00\n' +
      '3,SI,CUST01,4000,Sales Type A,0,Sale,17/01/2025,S1,,500.00,T1,100.00\n' +
      '4,BP,BANK,7400,Travelling,0,Taxi,18/01/2025,BP1,,25.00,T0,0.00\n' +
      '5,BR,BANK,7400,Travelling,0,Refund taxi,19/01/2025,BR1,,40.00,T0,0.00\n' +
      '6,PI,LANDLORD,7100,Rent,0,January rent,20/01/2025,R1,,1000.00,T1,200.00\n' +
      '7,PI,EDF,7200,,0,Electricity,21/01/2025,E1,,300.00,T1,60.00\n';
    const result = runProfile(sage, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.quantity, r.meter, r.periodStart, r.periodEnd])).toEqual([
      [2, 'spend-sic-17', 70, '7504 Office stationery', '2025-01-14', '2025-01-16'],
      [5, 'spend-sic-49-3-5', 25, '7400 Travelling', '2025-01-18', '2025-01-18'],
      [7, 'spend-sic-68-12', 1000, '7100 Rent', '2025-01-20', '2025-01-20'],
    ]);
    expect(result.rejects).toEqual([
      { rowNumber: 4, column: 'Nominal Name', reason: 'account "4000 Sales Type A": income, not spending, so it has no spend-based emissions' },
      { rowNumber: 4, column: 'Type', reason: '"SI" is a sales transaction, not spending' },
      { rowNumber: 8, column: 'Nominal Name', reason: 'account 7200 has no name in the export, and accounts are matched to industries by name: include the account name column' },
      {
        rowNumber: 6, column: 'Net',
        reason: 'this credit is part of £40.00 of credits for account "7400 Travelling" in January 2025, more than the £25.00 it could reduce: a negative amount cannot be recorded, so the credits were not applied (date them with the purchase they refund)',
      },
    ]);
  });
});
