import { hasColumns } from './columns';
import { LEDGER_COLUMNS, ledgerProfile } from './ledger-kit';

// QuickBooks Online: Reports → Transaction Detail by Account (or General Ledger) exported to CSV:
// Date, Transaction Type, No., Name, Memo/Description, Account (or Account Full Name), Split,
// Amount (VAT Amount in UK companies). On an expense account the Amount is net of VAT and
// supplier credits are negative. Only the API is in vendor-apis.md (§11.1); these report columns
// are those commonly exported, matched loosely.

const AMOUNTS = [...LEDGER_COLUMNS.net, ...LEDGER_COLUMNS.debit, ...LEDGER_COLUMNS.credit, ...LEDGER_COLUMNS.amount];

export const quickbooksLedgerProfile = ledgerProfile({
  id: 'quickbooks-ledger',
  label: 'QuickBooks transaction detail',
  description:
    'Spending from QuickBooks Online: Reports → Transaction Detail by Account (or General Ledger), exported to CSV for your expense accounts. Each account is matched to an industry for spend-based estimates, net of VAT.',
  vendor: 'QuickBooks',
  extraColumns: { account: ['account_full_name', 'account'] },
  amountIncludesVat: false,
  match(header) {
    if (!hasColumns(header, LEDGER_COLUMNS.date, ['transaction_type'], ['account', 'account_full_name', 'account_name'], AMOUNTS)) return 0;
    return hasColumns(header, ['memo_description', 'split', 'num', 'no']) ? 92 : 84;
  },
});
