import { describe, expect, it } from 'vitest';
import { importProfiles, recogniseProfile } from './index';

const numbered = Array.from({ length: 48 }, (_, i) => `HH${i + 1}`);

// One typical header per layout: each must be recognised as its own profile, not a neighbour's.
const HEADERS: Record<string, readonly string[]> = {
  'generic-activity': ['date', 'period_start', 'period_end', 'activity', 'quantity', 'unit', 'site', 'meter', 'description', 'evidence', 'data_quality'],
  'octopus-consumption': ['Consumption (kWh)', 'Start', 'End'],
  'hh-rows': ['MPAN', 'Date', 'Time', 'kWh'],
  'hh-wide': ['MPAN', 'Date', ...numbered],
  'energy-bill': ['Invoice number', 'MPAN', 'Period start', 'Period end', 'kWh', 'Cost', 'Read type'],
  'fuel-card': ['Transaction Date', 'Transaction Number', 'Registration', 'Site Name', 'Product', 'Quantity', 'Net Amount'],
  'mileage-claims': ['Date', 'Employee', 'Purpose', 'Miles', 'Fuel type', 'Engine size'],
  flights: ['Date', 'Traveller', 'From', 'To', 'Class', 'Passengers', 'Return', 'Booking ref'],
  'xero-ledger': ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Gross', 'Tax', 'Account Code', 'Account'],
  'quickbooks-ledger': ['Date', 'Transaction Type', 'No.', 'Name', 'Memo/Description', 'Account', 'Split', 'Amount'],
  'sage-ledger': ['No.', 'Type', 'Account', 'N/C', 'Nominal Name', 'Dept', 'Details', 'Date', 'Ref', 'Ex.Ref', 'Net', 'T/C', 'VAT'],
  'freeagent-ledger': ['Date', 'Category', 'Nominal Code', 'Description', 'Amount', 'VAT'],
  'water-bill': ['Bill number', 'SPID', 'Period start', 'Period end', 'Water supply (m3)', 'Wastewater (m3)', 'Read type'],
  'waste-transfer-notes': ['Date', 'WTN number', 'EWC code', 'Description', 'Weight (kg)', 'Disposal route'],
  'refrigerant-log': ['Date', 'Site', 'Equipment', 'Refrigerant', 'Action', 'Amount added (kg)', 'Engineer', 'Job number'],
};

describe('import profile registry', () => {
  it('has one stable kebab-case id per profile, each with a label and a plain description', () => {
    const ids = importProfiles.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of importProfiles) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(p.label.length).toBeGreaterThan(3);
      expect(p.description.length).toBeGreaterThan(40);
    }
    expect([...ids].sort()).toEqual(Object.keys(HEADERS).sort());
  });

  it.each(Object.entries(HEADERS))('recognises a %s header as that layout', (id, header) => {
    expect(recogniseProfile(header)?.profile.id).toBe(id);
  });

  it('leaves unknown layouts to the mapping wizard', () => {
    expect(recogniseProfile(['Foo', 'Bar', 'Baz'])).toBeNull();
  });
});
