import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ReportBlock, ReportDocument, ReportTable } from '../../../shared/domain/report-document';
import { shippedFactorsDir } from '../testing/factor-workspace';
import type { TestBackend } from '../testing/fixtures';
import { ok } from '../testing/fixtures';

export { ok };

// Test helpers for the report builders: factor values read straight from the shipped DESNZ CSV
// files by their published ID (never through the app's factor code), and finders for blocks.

const cache = new Map<number, Map<string, number>>();

/** The "kg CO2e" value of a DESNZ factor, by its ID in the year's flat file. */
export function desnzFactor(year: number, id: string): number {
  let rows = cache.get(year);
  if (!rows) {
    const csv = readFileSync(join(shippedFactorsDir, 'uk-desnz', `${year}.csv`), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    rows = new Map(parsed.data.map((r) => [r.ID ?? '', Number(r[`GHG Conversion Factor ${year}`])]));
    cache.set(year, rows);
  }
  const value = rows.get(id);
  if (value === undefined || Number.isNaN(value)) throw new Error(`No factor ${id} in DESNZ ${year}`);
  return value;
}


export function blocksOf(document: ReportDocument): ReportBlock[] {
  return document.sections.flatMap((s) => s.blocks);
}

export function tableOf(document: ReportDocument, id: string): ReportTable {
  const found = blocksOf(document).find((b): b is ReportTable => b.kind === 'table' && b.id === id);
  if (!found) throw new Error(`No table "${id}" in ${document.kind}`);
  return found;
}

export function keyFigure(document: ReportDocument, label: string): number | null {
  for (const block of blocksOf(document)) {
    if (block.kind !== 'keyFigures') continue;
    const item = block.items.find((i) => i.label === label);
    if (item) return item.value;
  }
  throw new Error(`No key figure "${label}" in ${document.kind}`);
}

export function rowOf(table: ReportTable, key: string, value: string | number): Record<string, string | number | null> {
  const row = table.rows.find((r) => r[key] === value);
  if (!row) throw new Error(`No row with ${key} = ${value} in table ${table.id}`);
  return row;
}

export function paragraphs(document: ReportDocument): string[] {
  return blocksOf(document).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
}

type Record_ = { activityId: string; quantity: number; unit: string; periodStart: string; periodEnd: string };

/** Creates a workspace (calendar reporting years, base year as given) and its records through the real procedures. */
export async function seedWorkspace(t: TestBackend, opts: { baseYear: number; floorAreaM2: number | null; records: Record_[] }): Promise<{ siteId: string }> {
  const created = await ok(
    t.backend.invoke('workspaces.create', {
      organisation: { name: 'Acme Widgets Ltd', companiesHouseNumber: '01234567', reportingYearStartMonth: 1, baseYear: opts.baseYear },
      sites: [{ name: 'Head office', country: 'GB', postcode: 'SW1A 1AA', floorAreaM2: opts.floorAreaM2 }],
    }),
  );
  const siteId = created.sites[0]?.id ?? '';
  for (const r of opts.records) await ok(t.backend.invoke('records.create', { siteId, ...r, dataQuality: 'invoice' }));
  return { siteId };
}

export const year2024 = { periodStart: '2024-01-01', periodEnd: '2024-12-31' };
export const year2023 = { periodStart: '2023-01-01', periodEnd: '2023-12-31' };
