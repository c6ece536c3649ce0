import { describe, expect, it } from 'vitest';
import { findActivity } from '../../emissions/catalogue';
import { ACCOUNT_RULES, classifyAccount } from './ledger-accounts';

const activityOf = (name: string) => {
  const v = classifyAccount(name);
  return v.kind === 'activity' ? v.activityId : v.kind;
};

describe('ledger account → SIC table', () => {
  it('points only at spend activities that exist in the catalogue', () => {
    for (const rule of ACCOUNT_RULES) if ('activityId' in rule) expect(findActivity(rule.activityId)?.family, rule.activityId).toBe('spend-sic');
  });

  it('maps the default chart-of-accounts names of Xero, QuickBooks, Sage and FreeAgent', () => {
    const expected: Record<string, string> = {
      'Travel - National': 'spend-sic-49-3-5',
      'Travel - International': 'spend-sic-51',
      Airfare: 'spend-sic-51',
      'Travel:Rail': 'spend-sic-49-1-2',
      Hotels: 'spend-sic-55',
      'Accommodation and Meals': 'spend-sic-55',
      Entertainment: 'spend-sic-56',
      'Fuel and oil': 'spend-sic-19',
      'Motor Vehicle Expenses': 'spend-sic-19',
      'Motor insurance': 'spend-sic-65-1-2',
      'Vehicle repairs and servicing': 'spend-sic-45',
      'Consulting & Accounting': 'spend-sic-69-2',
      'Audit and accountancy fees': 'spend-sic-69-2',
      'Legal expenses': 'spend-sic-69-1',
      'Consultancy fees': 'spend-sic-70',
      'Computer software': 'spend-sic-62',
      'Software subscriptions': 'spend-sic-62',
      'Web hosting': 'spend-sic-63',
      'Telephone & Internet': 'spend-sic-61',
      'Computer equipment': 'spend-sic-26',
      'Freight & Courier': 'spend-sic-53',
      'Printing & Stationery': 'spend-sic-17',
      Advertising: 'spend-sic-73',
      Cleaning: 'spend-sic-81',
      Rent: 'spend-sic-68-12',
      'Rent & Rates': 'spend-sic-68-12',
      'Equipment hire': 'spend-sic-77',
      'Skip hire': 'spend-sic-38',
      'Repairs and Maintenance': 'spend-sic-42-99',
      'Bank Fees': 'spend-sic-64',
      Subscriptions: 'spend-sic-94',
      Electricity: 'spend-sic-35-1',
      Gas: 'spend-sic-35-2-3',
      'Water rates': 'spend-sic-36',
      'Heating oil': 'spend-sic-19',
    };
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, activityOf(name)]))).toEqual(expected);
  });

  it('refuses non-purchases, and accounts too general to choose an industry for, instead of guessing', () => {
    const names = ['Wages and Salaries', 'Depreciation', 'VAT', 'Corporation tax', 'Sales', 'Business Bank Account', 'Bank interest', 'General Expenses', 'Office Expenses', 'Cost of sales', 'Light, Power, Heating', 'Gas and electricity', 'Widgets'];
    expect(names.map(activityOf)).toEqual(['excluded', 'excluded', 'excluded', 'excluded', 'excluded', 'excluded', 'excluded', 'too-general', 'too-general', 'too-general', 'too-general', 'too-general', 'unknown']);
    expect(activityOf('Taxis')).toBe('spend-sic-49-3-5');
  });
});
