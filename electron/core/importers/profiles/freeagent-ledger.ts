import { hasColumns } from './columns';
import { LEDGER_COLUMNS, ledgerProfile } from './ledger-kit';

// FreeAgent: the accounting transactions or bank explanations export: Date, Category (the
// account, e.g. "Accommodation and Meals"), Nominal Code, Description, Amount and VAT (or Debit
// and Credit). A bank-style Amount includes VAT and is negative for money paid out; ledger-kit
// takes the VAT off and reads the sign from the data. Only the API is in vendor-apis.md (§11.2,
// itself unverified); these columns are those commonly exported, matched loosely.

const AMOUNTS = [...LEDGER_COLUMNS.net, ...LEDGER_COLUMNS.debit, ...LEDGER_COLUMNS.credit, ...LEDGER_COLUMNS.amount, ...LEDGER_COLUMNS.gross];

export const freeagentLedgerProfile = ledgerProfile({
  id: 'freeagent-ledger',
  label: 'FreeAgent transactions',
  description:
    'Spending from FreeAgent: the accounting transactions (or bank transaction explanations) exported to CSV, with their categories. Each category is matched to an industry for spend-based estimates, net of VAT.',
  vendor: 'FreeAgent',
  extraColumns: { accountName: ['category', 'category_name', 'spending_category'], accountCode: ['nominal_code', 'category_code'] },
  amountIncludesVat: true,
  match(header) {
    if (!hasColumns(header, LEDGER_COLUMNS.date, ['category', 'category_name', 'spending_category'], AMOUNTS)) return 0;
    return hasColumns(header, ['nominal_code', 'bank_account', 'explanation', 'vat_rate', 'sales_tax_rate']) ? 90 : 80;
  },
});
