// The shared half of the accounting-ledger profiles (Xero, QuickBooks, Sage, FreeAgent): each
// line's net-of-VAT amount, its account → SIC industry (ledger-accounts.ts), and the lines of one
// account in one month summed into one spend record. Refunds and credit notes reduce their
// account's month; spend-based records carry dataQuality 'spend'.
//
// Net of VAT, in this order: a Net column; Debit − Credit (ledger lines on expense accounts are
// posted without VAT, which goes to the VAT account); Gross − VAT; or a lone Amount, taken as net
// unless the layout says its Amount includes VAT and a VAT column is there to take off.

import { findActivity } from '../../emissions/catalogue';
import type { CsvTable, TableRow } from '../csv-table';
import { findColumn, RowReader } from './columns';
import { classifyAccount, OVERLAPPING_CATEGORIES } from './ledger-accounts';
import { combineLines, emptyResult, monthLabel, monthOf, rowList, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

export const LEDGER_COLUMNS = {
  date: ['date', 'transaction_date', 'txn_date', 'journal_date', 'posting_date', 'invoice_date', 'entry_date'],
  accountCode: ['account_code', 'accountcode', 'nominal_code', 'n_c', 'nominal', 'gl_code', 'account_number', 'account_no', 'code'],
  accountName: ['account_name', 'accountname', 'nominal_name', 'nominal_account_name', 'n_c_name', 'category', 'category_name', 'account_description'],
  account: ['account', 'account_full_name', 'ledger_account', 'nominal_account', 'gl_account'],
  description: ['description', 'memo_description', 'memo', 'details', 'narrative', 'line_description', 'particulars', 'explanation'],
  reference: ['reference', 'ref', 'no', 'num', 'number', 'invoice_number', 'transaction_number', 'tran_no', 'ex_ref', 'transaction_id'],
  net: ['net', 'net_amount', 'netamount', 'amount_net', 'net_value', 'net_gbp', 'amount_exc_vat', 'amount_ex_vat'],
  debit: ['debit', 'debits', 'dr', 'debit_amount'],
  credit: ['credit', 'credits', 'cr', 'credit_amount'],
  gross: ['gross', 'gross_amount', 'grossamount', 'total', 'total_amount', 'amount_inc_vat'],
  vat: ['vat', 'tax', 'vat_amount', 'tax_amount', 'taxamount', 'sales_tax', 'gst'],
  amount: ['amount', 'value', 'line_amount', 'amount_gbp'],
  type: ['type', 'transaction_type', 'source_type'],
  currency: ['currency', 'currency_code', 'ccy'],
  site: ['site', 'site_name'],
} as const;

export type LedgerColumn = keyof typeof LEDGER_COLUMNS;

export interface LedgerLayout {
  id: string;
  label: string;
  description: string;
  /** Shown in record descriptions ("Xero: 493 Travel - National…"). */
  vendor: string;
  /** Extra header spellings this vendor uses, added to the shared ones. */
  extraColumns?: Partial<Record<LedgerColumn, readonly string[]>>;
  /** Shared columns that mean something else in this vendor's export (Sage's "Account" is the supplier). */
  ignoreColumns?: readonly LedgerColumn[];
  /** A lone Amount column includes VAT (bank-style exports) when there is a VAT column to take off. */
  amountIncludesVat: boolean;
  /** Transaction types that flip or refuse a line (Sage's PI/PC/SI codes); null for no rule. */
  typeSign?: (type: string) => 1 | -1 | 'sales' | null;
  match: (header: readonly string[]) => number;
}

type Columns = Record<LedgerColumn, number>;

export function ledgerColumns(header: readonly string[], layout: Pick<LedgerLayout, 'extraColumns' | 'ignoreColumns'>): Columns {
  const entries = Object.entries(LEDGER_COLUMNS).map(([k, aliases]) => [
    k,
    layout.ignoreColumns?.includes(k as LedgerColumn) ? -1 : findColumn(header, [...(layout.extraColumns?.[k as LedgerColumn] ?? []), ...aliases]),
  ]);
  return Object.fromEntries(entries) as Columns;
}

/** The account's code and name from separate columns, or split from "429 - General Expenses". */
function accountOf(read: RowReader, row: TableRow, col: Columns): { code: string; name: string } {
  let code = read.text(row, col.accountCode);
  let name = read.text(row, col.accountName) || read.text(row, col.account);
  const prefixed = name.match(/^\(?(\d{3,6})\)?\s*[-–:]?\s+(.+)$/);
  const suffixed = name.match(/^(.+?)\s*\((\d{3,6})\)$/);
  if (prefixed && (!code || code === prefixed[1])) [code, name] = [prefixed[1] ?? '', prefixed[2] ?? ''];
  else if (suffixed && (!code || code === suffixed[2])) [code, name] = [suffixed[2] ?? '', suffixed[1] ?? ''];
  return { code, name };
}

export function mapLedger(layout: LedgerLayout, table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const col = ledgerColumns(table.header, layout);
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const header = (c: number) => table.header[c] ?? null;
  const source = col.net >= 0 ? 'net' : col.debit >= 0 || col.credit >= 0 ? 'debit-credit' : col.gross >= 0 && col.vat >= 0 ? 'gross-vat' : 'amount';
  const amountColumn = source === 'net' ? col.net : source === 'debit-credit' ? (col.debit >= 0 ? col.debit : col.credit) : source === 'gross-vat' ? col.gross : col.amount;
  const lessVat = source === 'amount' && layout.amountIncludesVat && col.vat >= 0;
  // Bank-style exports write money paid out as negative: if most amounts are negative, spend is −amount.
  let flip = 1;
  if (source === 'amount') {
    const values = table.rows.map((r) => Number(read.text(r, col.amount).replace(/[£,\s]/g, ''))).filter((v) => Number.isFinite(v) && v !== 0);
    if (values.filter((v) => v < 0).length > values.length / 2) {
      flip = -1;
      result.warnings.push('Most amounts are negative (money paid out), so spending was read as the negative amounts and positive amounts as refunds.');
    }
  }
  if (source === 'amount' && !lessVat) result.warnings.push(`"${header(col.amount) ?? 'Amount'}" was read as net of VAT, as ledger lines on expense accounts are posted without VAT.`);
  if (amountColumn < 0) {
    for (const row of table.rows) result.rejects.push({ rowNumber: row.rowNumber, column: null, reason: 'the export has no amount column (Net, Debit/Credit, Gross with VAT, or Amount)' });
    return result;
  }

  const lines: Line[] = [];
  const overlaps = new Set<string>();
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const { code, name } = accountOf(read, row, col);
    const accountColumn = col.accountName >= 0 ? col.accountName : col.account >= 0 ? col.account : col.accountCode;
    const label = [code, name].filter(Boolean).join(' ');
    const verdict = classifyAccount(name);
    if (!name) read.fail(row, accountColumn, code ? `account ${code} has no name in the export, and accounts are matched to industries by name: include the account name column` : 'no account on this line');
    else if (verdict.kind === 'excluded') read.fail(row, accountColumn, `account "${label}": ${verdict.reason}, so it has no spend-based emissions`);
    else if (verdict.kind === 'too-general') read.fail(row, accountColumn, `account "${label}" ${verdict.reason}`);
    else if (verdict.kind === 'unknown') read.fail(row, accountColumn, `account "${label}" is not one the app can match to an industry: rename it to say what was bought (e.g. "Software", "Hotels"), or enter its spend in the activity CSV with a spend-sic activity`);
    const currency = read.text(row, col.currency).toUpperCase();
    if (currency && !['GBP', '£'].includes(currency)) read.fail(row, col.currency, `the amount is in ${currency}: spend factors are per pound sterling, so convert it first`);
    let typeSign: 1 | -1 = 1;
    if (layout.typeSign && col.type >= 0) {
      const sign = layout.typeSign(read.text(row, col.type));
      if (sign === 'sales') read.fail(row, col.type, `"${read.text(row, col.type)}" is a sales transaction, not spending`);
      // Debit − Credit already carries the sign; a type code flips only unsigned Net/Amount columns.
      else if (sign !== null && source !== 'debit-credit') typeSign = sign;
    }
    const net = netAmount(read, row, col, source, lessVat);
    if (net === 0) read.fail(row, amountColumn, 'the amount is zero');
    if (result.rejects.length > before || !siteId || !date || net === null || verdict.kind !== 'activity') continue;
    const activity = findActivity(verdict.activityId);
    if (!activity) continue;
    const category = OVERLAPPING_CATEGORIES[verdict.category];
    if (category) overlaps.add(`${verdict.category} (${category})`);
    const reference = read.text(row, col.reference);
    const description = read.text(row, col.description);
    lines.push({
      draft: {
        rowNumber: row.rowNumber,
        siteId,
        activityId: activity.id,
        periodStart: date.date,
        periodEnd: date.date,
        quantity: net * flip * typeSign,
        unit: 'GBP',
        options: null,
        description,
        dataQuality: 'spend',
        meter: label,
        sourceRef: reference || null,
        estimated: false,
      },
      group: monthOf(date.date),
      quantityColumn: header(amountColumn),
      reference: reference || null,
    });
  }
  result.records = combineLines(lines, result, {
    prefix: '£',
    groupLabel: (d) => `account "${d.meter ?? ''}" in ${monthLabel(monthOf(d.periodStart))}`,
    describe: (drafts) => {
      const first = drafts[0];
      const credits = drafts.filter((d) => d.quantity < 0).reduce((s, d) => s - d.quantity, 0);
      const details = [...new Set(drafts.map((d) => d.description).filter(Boolean))].slice(0, 5).join('; ');
      return `${layout.vendor}: ${first?.meter ?? ''}, ${monthLabel(monthOf(first?.periodStart ?? ''))}, ${drafts.length} line${drafts.length === 1 ? '' : 's'} (${rowList(drafts.map((d) => d.rowNumber))})${credits > 0 ? `, after £${credits.toFixed(2)} of credits` : ''}${details ? `: ${details}` : ''}`;
    },
  });
  if (overlaps.size > 0) {
    result.warnings.push(`Spend on ${[...overlaps].join(', ')} overlaps activity data: if you also import those for the same period, leave these accounts out so nothing is counted twice.`);
  }
  return result;
}

function netAmount(read: RowReader, row: TableRow, col: Columns, source: string, lessVat: boolean): number | null {
  const optional = (c: number, label: string) => (c >= 0 && read.text(row, c) !== '' ? read.number(row, c, label) : 0);
  if (source === 'net') return read.number(row, col.net, 'net amount');
  if (source === 'debit-credit') {
    if (read.text(row, col.debit) === '' && read.text(row, col.credit) === '') return read.fail(row, col.debit >= 0 ? col.debit : col.credit, 'both debit and credit are empty');
    const debit = optional(col.debit, 'debit');
    const credit = optional(col.credit, 'credit');
    return debit === null || credit === null ? null : debit - credit;
  }
  if (source === 'gross-vat') {
    const gross = read.number(row, col.gross, 'gross amount');
    const vat = optional(col.vat, 'VAT');
    return gross === null || vat === null ? null : gross - vat;
  }
  const amount = read.number(row, col.amount, 'amount');
  const vat = lessVat ? optional(col.vat, 'VAT') : 0;
  return amount === null || vat === null ? null : amount - vat;
}

export function ledgerProfile(layout: LedgerLayout): ImportProfile {
  return { id: layout.id, label: layout.label, description: layout.description, match: layout.match, map: (table, context) => mapLedger(layout, table, context) };
}
