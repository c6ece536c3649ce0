import { hasColumns } from './columns';
import { LEDGER_COLUMNS, ledgerProfile } from './ledger-kit';

// Xero: the Account Transactions / General Ledger Detail report exported to CSV (Date, Source,
// Description, Reference, Debit, Credit, Gross, Tax, Account Code, Account…), or journal lines
// with NetAmount/TaxAmount/GrossAmount (the API's field names, vendor-apis.md §10.2). Only the API
// is in vendor-apis.md; the report columns are those of Xero's UK exports as commonly seen, so
// every spelling is matched loosely and the amount rule is shared (ledger-kit.ts).

const XERO_MARKERS = ['source', 'tax_rate', 'tax_rate_name', 'running_balance', 'contact', 'tracking_category', 'journal_number', 'gross', 'tax', 'taxamount', 'netamount', 'grossamount'];
const AMOUNTS = [...LEDGER_COLUMNS.net, ...LEDGER_COLUMNS.debit, ...LEDGER_COLUMNS.credit, ...LEDGER_COLUMNS.amount, ...LEDGER_COLUMNS.gross];

export const xeroLedgerProfile = ledgerProfile({
  id: 'xero-ledger',
  label: 'Xero account transactions',
  description:
    'Spending from Xero: Accounting → Reports → Account Transactions (or General Ledger Detail), exported to CSV for your expense accounts. Each account is matched to an industry for spend-based estimates, net of VAT.',
  vendor: 'Xero',
  amountIncludesVat: false,
  match(header) {
    if (!hasColumns(header, LEDGER_COLUMNS.date, ['account_code', 'accountcode'], AMOUNTS)) return 0;
    return hasColumns(header, XERO_MARKERS) ? 92 : 84;
  },
});
