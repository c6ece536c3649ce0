import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { quickbooksLedgerProfile } from './quickbooks-ledger';
import { xeroLedgerProfile as xero } from './xero-ledger';

describe('xero-ledger', () => {
  it('recognises Xero account transaction exports ahead of other ledgers', () => {
    const header = ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Gross', 'Tax', 'Account Code', 'Account'];
    expect(xero.match(header)).toBe(92);
    expect(xero.match(['Date', 'AccountCode', 'AccountName', 'NetAmount', 'TaxAmount'])).toBe(92);
    expect(xero.match(['Date', 'Account Code', 'Account', 'Amount'])).toBe(84);
    expect(quickbooksLedgerProfile.match(header)).toBe(0);
  });

  it('turns expense lines into monthly spend per account, net of VAT, with credits reducing spend', () => {
    const csv =
      'Date,Source,Description,Reference,Debit,Credit,Gross,Tax,Account Code,Account\n' +
      '14 Jan 2025,Spend Money,Train to London,TR-1,120.00,,144.00,24.00,493,Travel - National\n' +
      '15 Jan 2025,Payable Invoice,Adobe CC,INV-77,50.00,,60.00,10.00,485,Software subscriptions\n' +
      '20 Jan 2025,Payable Invoice,Flights to Berlin,INV-80,300.00,,300.00,0.00,494,Travel - International\n' +
      '22 Jan 2025,Payable Credit Note,Refund train,CN-3,,20.00,-24.00,-4.00,493,Travel - National\n' +
      '25 Jan 2025,Spend Money,Staff pay,,3000.00,,3000.00,0.00,477,Wages and Salaries\n' +
      '26 Jan 2025,Spend Money,Misc,,15.00,,18.00,3.00,429,General Expenses\n' +
      '27 Jan 2025,Spend Money,Thing,,15.00,,18.00,3.00,499,Widgets\n' +
      '02 Feb 2025,Spend Money,Train,TR-9,80.00,,96.00,16.00,493,Travel - National\n' +
      '03 Feb 2025,Spend Money,Office power,,100.00,,120.00,20.00,445,"Light, Power, Heating"\n' +
      '04 Feb 2025,Spend Money,Nothing,,,,0,0,493,Travel - National\n';
    const result = runProfile(xero, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.periodStart, r.periodEnd, r.quantity, r.unit, r.meter, r.sourceRef, r.dataQuality, r.estimated])).toEqual([
      [2, 'spend-sic-49-3-5', '2025-01-14', '2025-01-22', 100, 'GBP', '493 Travel - National', 'TR-1, CN-3', 'spend', false],
      [3, 'spend-sic-62', '2025-01-15', '2025-01-15', 50, 'GBP', '485 Software subscriptions', 'INV-77', 'spend', false],
      [4, 'spend-sic-51', '2025-01-20', '2025-01-20', 300, 'GBP', '494 Travel - International', 'INV-80', 'spend', false],
      [9, 'spend-sic-49-3-5', '2025-02-02', '2025-02-02', 80, 'GBP', '493 Travel - National', 'TR-9', 'spend', false],
    ]);
    expect(result.records[0]?.description).toBe('Xero: 493 Travel - National, January 2025, 2 lines (rows 2 and 5), after £20.00 of credits: Train to London; Refund train');
    expect(result.rejects).toEqual([
      { rowNumber: 6, column: 'Account', reason: 'account "477 Wages and Salaries": pay and pensions are not purchases, so it has no spend-based emissions' },
      { rowNumber: 7, column: 'Account', reason: 'account "429 General Expenses" is too general to tell which industry the money went to: move these costs to more specific accounts' },
      { rowNumber: 8, column: 'Account', reason: 'account "499 Widgets" is not one the app can match to an industry: rename it to say what was bought (e.g. "Software", "Hotels"), or enter its spend in the activity CSV with a spend-sic activity' },
      { rowNumber: 10, column: 'Account', reason: 'account "445 Light, Power, Heating" mixes electricity and gas, which have different factors: import the bills (the energy bill layout) instead, or split the account' },
      { rowNumber: 11, column: 'Debit', reason: 'both debit and credit are empty' },
    ]);
    expect(result.warnings).toEqual(['Spend on travel (flights and mileage claims) overlaps activity data: if you also import those for the same period, leave these accounts out so nothing is counted twice.']);
  });

  it('uses NetAmount where the export has it, and refuses other currencies', () => {
    const csv = 'Date,AccountCode,AccountName,NetAmount,TaxAmount,GrossAmount,Currency\n2025-03-03,489,Telephone & Internet,42.50,8.50,51.00,GBP\n2025-03-04,489,Telephone & Internet,10.00,0,10.00,USD\n';
    const result = runProfile(xero, csv);
    expect(result.records.map((r) => [r.activityId, r.quantity, r.meter])).toEqual([['spend-sic-61', 42.5, '489 Telephone & Internet']]);
    const combined = runProfile(xero, 'Date,Account Code,Account,Net Amount\n2025-03-03,,Travel - National (493),12.00\n2025-03-05,,420 - Entertainment,30.00\n');
    expect(combined.records.map((r) => [r.activityId, r.meter])).toEqual([['spend-sic-49-3-5', '493 Travel - National'], ['spend-sic-56', '420 Entertainment']]);
    expect(result.rejects).toEqual([{ rowNumber: 3, column: 'Currency', reason: 'the amount is in USD: spend factors are per pound sterling, so convert it first' }]);
  });
});
