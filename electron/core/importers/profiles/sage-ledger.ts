import { hasColumns } from './columns';
import { LEDGER_COLUMNS, ledgerProfile } from './ledger-kit';

// Sage 50 / Sage Accounting (UK): the Audit Trail or Nominal Activity report exported to CSV:
// No., Type (PI, PC, BP, BR, JD, JC…), Account, N/C (nominal code), Details, Date, Ref, Ex.Ref,
// Net, T/C, VAT (or Debit/Credit in the nominal activity report). Credit notes and receipts are
// printed as positive Net amounts, so their type code turns them into refunds; sales types are
// refused. Only the API is in vendor-apis.md (§11.3); these report columns are those commonly
// exported. Include the nominal account name column: accounts are matched to industries by name.

const SAGE_TYPES: Readonly<Record<string, 1 | -1 | 'sales'>> = {
  PI: 1, PP: 1, PA: 1, BP: 1, CP: 1, VP: 1, JD: 1,
  PC: -1, BR: -1, CR: -1, VR: -1, JC: -1,
  SI: 'sales', SC: 'sales', SR: 'sales', SA: 'sales', SD: 'sales',
};

const AMOUNTS = [...LEDGER_COLUMNS.net, ...LEDGER_COLUMNS.debit, ...LEDGER_COLUMNS.credit, ...LEDGER_COLUMNS.amount, ...LEDGER_COLUMNS.gross];

export const sageLedgerProfile = ledgerProfile({
  id: 'sage-ledger',
  label: 'Sage audit trail / nominal activity',
  description:
    'Spending from Sage 50 or Sage Accounting: the Audit Trail or Nominal Activity report for your expense (overhead) nominal codes, exported to CSV with the nominal names. Each account is matched to an industry for spend-based estimates, net of VAT.',
  vendor: 'Sage',
  extraColumns: { accountCode: ['n_c', 'nominal_code', 'nominal'], reference: ['ref', 'ex_ref'], description: ['details'] },
  // Sage's "Account" column is the supplier or customer account, not the nominal account.
  ignoreColumns: ['account'],
  amountIncludesVat: false,
  typeSign: (type) => SAGE_TYPES[type.trim().toUpperCase()] ?? null,
  match(header) {
    if (!hasColumns(header, LEDGER_COLUMNS.date, ['n_c', 'nominal_code', 'nominal'], AMOUNTS)) return 0;
    return hasColumns(header, ['t_c', 'tax_code', 'details', 'ex_ref', 'dept']) ? 92 : 84;
  },
});
