import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';

// Every profile's records go through the real import (write, duplicate check, calculation) and
// come out with emissions: the activity ids, units and options they produce are ones the
// calculator accepts.

let t: TestBackend;
beforeEach(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
});
afterEach(() => t.cleanup());

const hh = Array.from({ length: 48 }, (_, i) => `HH${i + 1}`).join(',');
const SAMPLES: Record<string, string> = {
  'octopus-consumption': 'Consumption (kWh), Start, End\n0.25, 2025-06-02T00:00:00+01:00, 2025-06-02T00:30:00+01:00\n0.30, 2025-06-02T00:30:00+01:00, 2025-06-02T01:00:00+01:00\n',
  'hh-rows': 'MPAN,Date,Time,kWh\n1200012345678,30/03/2025,00:00,1.5\n1200012345678,30/03/2025,02:00,1.5\n',
  'hh-wide': `MPAN,Date,${hh}\n1200012345678,2025-06-02,${Array(48).fill('0.5').join(',')}\n`,
  'energy-bill': 'Invoice number,MPAN,Period start,Period end,kWh,Read type\nINV-1,1200012345678,2025-01-01,2025-01-31,1000,A\n',
  'fuel-card': 'Transaction Date,Registration,Product,Quantity\n2025-05-14,AB12CDE,Diesel,52.3\n',
  'mileage-claims': 'Date,Employee,Miles,Fuel type\n2025-05-14,Sam Green,24,Petrol\n',
  flights: 'Date,From,To,Class,Return\n2025-03-13,LHR,JFK,Economy,Yes\n',
  'xero-ledger': 'Date,Source,Description,Reference,Debit,Credit,Account Code,Account\n2025-01-14,Spend Money,Adobe,INV-1,50.00,,485,Software subscriptions\n',
  'quickbooks-ledger': 'Date,Transaction Type,No.,Memo/Description,Account,Amount\n2025-01-14,Expense,1,Hotel,Hotels,120.00\n',
  'sage-ledger': 'Type,N/C,Nominal Name,Details,Date,Net,T/C\nPI,7502,Office stationery,Paper,2025-01-14,80.00,T1\n',
  'freeagent-ledger': 'Date,Category,Nominal Code,Description,Amount,VAT\n2025-01-14,Travel,365,Train,-60.00,-10.00\n',
  'water-bill': 'Period start,Period end,Water supply (m3),Wastewater (m3)\n2025-01-01,2025-03-31,84,80\n',
  'waste-transfer-notes': 'Date,EWC code,Weight (kg),Disposal route\n2025-05-13,20 03 01,420,Landfill\n',
  'refrigerant-log': 'Date,Equipment,Refrigerant,Amount added (kg)\n2025-03-14,AC-1,R410A,1.2\n',
};

describe('every profile imports and calculates', () => {
  it.each(Object.entries(SAMPLES))('%s', async (profileId, csv) => {
    const result = await t.backend.invoke('imports.run', { fileName: `${profileId}.csv`, contentBase64: Buffer.from(csv, 'utf8').toString('base64'), options: {} });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ status: 'imported', profileId, rowsRejected: 0 });
    expect(result.value.rejects).toEqual([]);
    expect(result.value.co2eKgAdded).toBeGreaterThan(0);
  });
});
