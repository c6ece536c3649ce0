import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditCsv } from './audit-csv';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';

let clockMs = Date.parse('2026-03-01T23:30:00Z');
let t: TestBackend;

const ok: TestBackend['ok'] = (name, input) => t.ok(name, input);

beforeEach(async () => {
  clockMs = Date.parse('2026-03-01T23:30:00Z');
  t = createTestBackend({ clock: () => new Date(clockMs) });
  await ok('workspaces.create', sampleCreateInput); // 2 entries on 1 March
  clockMs = Date.parse('2026-03-02T10:00:00Z');
  await ok('sites.create', { name: '=HYPERLINK("http://evil")', postcode: 'M1 1AE', country: 'GB', floorAreaM2: null });
  clockMs = Date.parse('2026-03-03T10:00:00Z');
  await ok('sites.create', { name: 'Depot 100%_real', postcode: 'M1 1AE', country: 'GB', floorAreaM2: null });
});
afterEach(() => t.cleanup());

describe('audit log filters and CSV export', () => {
  it('filters by day range (inclusive, UTC) and by words in the summary or record id', async () => {
    const day2 = await ok('audit.list', { from: '2026-03-02', to: '2026-03-02', limit: 10, offset: 0 });
    expect(day2.entries.map((e) => e.summary)).toEqual(['Added site =HYPERLINK("http://evil")']);
    expect((await ok('audit.list', { from: '2026-03-02', limit: 10, offset: 0 })).total).toBe(2);
    expect((await ok('audit.list', { to: '2026-03-01', limit: 10, offset: 0 })).total).toBe(2);
    // % and _ are taken literally, not as wildcards.
    expect((await ok('audit.list', { search: '100%_', limit: 10, offset: 0 })).entries.map((e) => e.summary)).toEqual(['Added site Depot 100%_real']);
    expect((await ok('audit.list', { search: '%', limit: 10, offset: 0 })).total).toBe(1);
    const siteId = day2.entries[0]!.entityId;
    expect((await ok('audit.list', { search: siteId, limit: 10, offset: 0 })).total).toBe(1);
    expect(await ok('audit.entities', {})).toEqual(['organisation', 'site']);
  });

  it('exports every matching entry (not one page) as CSV with formulas neutralised', async () => {
    const all = await ok('audit.exportCsv', {});
    expect(all.entries).toBe(4);
    expect(all.fileName).toBe('acme-widgets-ltd-audit-log-2026-03-03.csv');
    const rows = Papa.parse<string[]>(all.csv.trim()).data;
    expect(rows[0]).toEqual(['when_utc', 'who', 'action', 'record_type', 'record_id', 'what', 'before_json', 'after_json']);
    expect(rows.slice(1).map((r) => r[5])).toEqual([
      'Created organisation Acme Widgets Ltd',
      'Added site Head office',
      'Added site =HYPERLINK("http://evil")',
      'Added site Depot 100%_real',
    ]);
    expect(rows[1]![0]).toBe('2026-03-01T23:30:00.000Z');

    const sites = await ok('audit.exportCsv', { entity: 'site', from: '2026-03-02' });
    expect(sites.entries).toBe(2);
    expect(sites.csv).not.toContain('Created organisation');
  });

  it('prefixes any cell a spreadsheet would run as a formula with an apostrophe', () => {
    const csv = auditCsv([
      { id: 1, at: '2026-03-02T10:00:00.000Z', actor: '@admin', action: 'update', entity: 'site', entityId: '=1+1', summary: '-2+3\nmore', before: null, after: { name: '=x' } },
    ]);
    const row = Papa.parse<string[]>(csv.trim()).data[1]!;
    expect(row.slice(1, 6)).toEqual(["'@admin", 'update', 'site', "'=1+1", "'-2+3\nmore"]);
    expect(row[7]).toBe('{"name":"=x"}');
  });
});
