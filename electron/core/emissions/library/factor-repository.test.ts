import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactorTestWorkspace, shippedFactorsDir, type TestWorkspace } from '../../testing/factor-workspace';
import { createDbFactorLookup, ensureShippedFactorSets, getFactorRow, listFactorSets } from './factor-repository';
import { createMemoryLookup, loadShippedFactorSets } from './shipped-sets';

// Data rows per shipped file, from SOURCES.md (DESNZ) and the wide files' shape: eGRID 28
// subregions × 7 values, Ember 222 places, SIC 110 codes × 2 values.
const EXPECTED_ROWS: Record<string, number> = {
  'uk-desnz-2016': 5483,
  'uk-desnz-2017': 7009,
  'uk-desnz-2018': 6966,
  'uk-desnz-2019': 6990,
  'uk-desnz-2020': 7509,
  'uk-desnz-2021': 7605,
  'uk-desnz-2022': 8037,
  'uk-desnz-2023': 8038,
  'uk-desnz-2024': 8740,
  'uk-desnz-2025': 8740,
  'us-egrid-2023': 196,
  'ember-2024': 222,
  'uk-eeio-sic-2022': 220,
};

let t: TestWorkspace;
beforeAll(() => {
  t = createFactorTestWorkspace();
});
afterAll(() => t.cleanup());

function count(sql: string, ...params: unknown[]): number {
  return t.ws.sqlite.prepare(sql).pluck().get(...params) as number;
}

function setIdFor(dataset: string, year: number): string {
  const set = listFactorSets(t.ws.db).find((s) => s.dataset === dataset && s.year === year);
  if (!set) throw new Error(`no ${dataset} ${year} set`);
  return set.id;
}

describe('loading the shipped factor sets into a workspace', () => {
  it('loads all 13 sets on create, every CSV row of each', () => {
    expect(t.ws.factorLoad.refused).toEqual([]);
    expect(t.ws.factorLoad.loaded).toHaveLength(13);
    const sets = listFactorSets(t.ws.db);
    expect(Object.fromEntries(sets.map((s) => [`${s.dataset}-${s.year}`, s.rowCount]))).toEqual(EXPECTED_ROWS);
    for (const set of sets) {
      expect(count('SELECT count(*) FROM factors WHERE set_id = ?', set.id), set.id).toBe(EXPECTED_ROWS[`${set.dataset}-${set.year}`]);
    }
    // The DESNZ counts are the files' own line counts, header excluded.
    for (let year = 2016; year <= 2025; year++) {
      const lines = readFileSync(join(shippedFactorsDir, 'uk-desnz', `${year}.csv`), 'utf8').trimEnd().split('\n').length;
      expect(EXPECTED_ROWS[`uk-desnz-${year}`]).toBe(lines - 1);
    }
  });

  it('keeps the provenance of each set', () => {
    const sets = listFactorSets(t.ws.db);
    expect(sets.find((s) => s.id === 'uk-desnz-2024-v1.1')).toMatchObject({
      publisher: 'DESNZ and Defra',
      version: '1.1',
      updatedOn: '2024-10-18',
      sourceFile: 'ghg-conversion-factors-2024-FlatFormat_v1_1.xlsx',
      fileSha256: 'aab21778644803cf8f110a81cba7ce3949aff441b32b4a1e8cfd5ae1d836bc2e',
      verified: true,
      loadedAt: '2026-01-05T10:00:00.000Z',
    });
    const sic = sets.find((s) => s.dataset === 'uk-eeio-sic');
    expect(sic?.verified).toBe(false);
    expect(sic?.caveat).toMatch(/^UNVERIFIED/);
  });

  it('keeps the quirks of the published files verbatim', () => {
    // 2022 carries the data year in Level 4 of some electricity rows.
    const uk2022 = t.ws.sqlite
      .prepare("SELECT level4, value FROM factors WHERE set_id = ? AND level1 = 'UK electricity' AND level3 = 'Electricity: UK' AND ghg_unit = 'kg CO2e'")
      .all(setIdFor('uk-desnz', 2022));
    expect(uk2022).toEqual([{ level4: '2020', value: 0.19338 }]);
    // Before 2022 the per-gas rows are labelled as if they were gas masses (they are CO2e).
    for (let year = 2016; year <= 2021; year++) {
      const labels = t.ws.sqlite.prepare('SELECT DISTINCT ghg_unit FROM factors WHERE set_id = ?').pluck().all(setIdFor('uk-desnz', year));
      expect(labels, String(year)).toEqual(expect.arrayContaining(['kg CO2e', 'kg CO2', 'kg CH4', 'kg N2O']));
    }
    // The stray backtick labels of 2020 and 2021.
    for (const [year, rowNumber] of [[2020, 7496], [2021, 7593]] as const) {
      const row = t.ws.sqlite.prepare("SELECT row_number AS rowNumber, raw_value AS rawValue FROM factors WHERE set_id = ? AND ghg_unit = '`'").all(setIdFor('uk-desnz', year));
      expect(row, String(year)).toEqual([{ rowNumber, rawValue: year === 2020 ? '0.33263' : '0.33145' }]);
    }
    // Text values stay text: no number, the published text kept.
    const lessThanOne = t.ws.sqlite.prepare("SELECT value, raw_value AS rawValue FROM factors WHERE set_id = ? AND raw_value = '< 1'").all(setIdFor('uk-desnz', 2016));
    expect(lessThanOne).toEqual([{ value: null, rawValue: '< 1' }, { value: null, rawValue: '< 1' }]);
    expect(count("SELECT count(*) FROM factors WHERE raw_value = '< 1' AND value IS NOT NULL")).toBe(0);
    // Extra precision of 2023 kept in full.
    const electricity2023 = t.ws.sqlite
      .prepare("SELECT value, raw_value AS rawValue FROM factors WHERE set_id = ? AND level1 = 'UK electricity' AND level3 = 'Electricity: UK' AND ghg_unit = 'kg CO2e'")
      .get(setIdFor('uk-desnz', 2023));
    expect(electricity2023).toEqual({ value: 0.207074288591, rawValue: '0.207074288591' });
  });

  it('loads nothing and parses nothing when the workspace is opened again', () => {
    const before = count('SELECT count(*) FROM factors');
    const ws = t.reopen();
    expect(ws.factorLoad).toMatchObject({ loaded: [], refused: [], alreadyLoaded: 13 });
    expect(ws.factorLoad.durationMs).toBeLessThan(50);
    expect(count('SELECT count(*) FROM factors')).toBe(before);
    const again = ensureShippedFactorSets(ws.db, shippedFactorsDir, new Date());
    expect(again.loaded).toEqual([]);
  });

  it('answers the calculator exactly like the in-memory lookup over the shipped files, with row ids', () => {
    const memory = createMemoryLookup(loadShippedFactorSets(shippedFactorsDir));
    const db = createDbFactorLookup(t.ws.db);
    expect(db.sets()).toEqual(memory.sets());
    expect(db.rows('uk-desnz-2024-v1.1')).toEqual(memory.rows('uk-desnz-2024-v1.1'));
    expect(db.rows('uk-eeio-sic-2022-vextract')).toEqual(memory.rows('uk-eeio-sic-2022-vextract'));
    expect(db.rows('uk-desnz-2024-v1.1')).toBe(db.rows('uk-desnz-2024-v1.1')); // read once, then cached
    const withIds = db.rowsWithIds('uk-desnz-2024-v1.1');
    const row = withIds[100];
    if (!row) throw new Error('expected rows');
    const { id, ...plain } = row;
    expect(plain).toEqual(memory.rows('uk-desnz-2024-v1.1')[100]);
    expect(getFactorRow(t.ws.db, id)?.factor).toMatchObject({ ...plain, id, setId: 'uk-desnz-2024-v1.1', setYear: 2024, setVersion: '1.1', dataset: 'uk-desnz' });
    expect(() => db.rows('no-such-set')).toThrow('Unknown factor set no-such-set');
  });

  it('finds a row by id with its set, and nothing for an unknown id', () => {
    const id = count("SELECT id FROM factors WHERE set_id = 'uk-desnz-2025-v1.0' AND row_number = 1");
    const found = getFactorRow(t.ws.db, id);
    expect(found?.set).toMatchObject({ id: 'uk-desnz-2025-v1.0', rowCount: 8740, year: 2025 });
    expect(found?.factor).toMatchObject({ rowNumber: 1, externalId: '1_100_1000_15_1', level3: 'Butane', rawValue: '3033.38067' });
    expect(getFactorRow(t.ws.db, 99_999_999)).toBeNull();
  });
});

describe('shipped files that changed or are new', () => {
  function copyOf(datasets: string[], into: string): string {
    const dir = join(into, 'factors-copy');
    for (const dataset of datasets) cpSync(join(shippedFactorsDir, dataset), join(dir, dataset), { recursive: true });
    return dir;
  }

  it('refuses a file whose bytes do not match its manifest SHA-256, and still loads the rest', () => {
    const empty = createFactorTestWorkspace(null);
    try {
      const dir = copyOf(['ember', 'us-egrid'], empty.dir);
      appendFileSync(join(dir, 'ember', 'ember-average-intensities.csv'), 'XXX,XXX,Nowhere,2024,1.0\n');
      const report = ensureShippedFactorSets(empty.ws.db, dir, new Date());
      expect(report.refused).toEqual([
        { dataset: 'ember', fileName: 'ember-average-intensities.csv', reason: expect.stringContaining('does not match the SHA-256 in its manifest') },
      ]);
      expect(report.loaded.map((s) => s.dataset)).toEqual(['us-egrid']);
      expect(listFactorSets(empty.ws.db).map((s) => s.dataset)).toEqual(['us-egrid']);
    } finally {
      empty.cleanup();
    }
  });

  it("loads next year's DESNZ file with no manifest entry, labelled unverified, with no code change", () => {
    const empty = createFactorTestWorkspace(null);
    try {
      const dir = join(empty.dir, 'factors-next');
      mkdirSync(join(dir, 'uk-desnz'), { recursive: true });
      cpSync(join(shippedFactorsDir, 'uk-desnz', 'manifest.json'), join(dir, 'uk-desnz', 'manifest.json'));
      cpSync(join(shippedFactorsDir, 'uk-desnz', '2025.csv'), join(dir, 'uk-desnz', '2025.csv'));
      const csv2025 = readFileSync(join(shippedFactorsDir, 'uk-desnz', '2025.csv'), 'utf8');
      writeFileSync(join(dir, 'uk-desnz', '2026.csv'), csv2025.replace('GHG Conversion Factor 2025', 'GHG Conversion Factor 2026'));

      const report = ensureShippedFactorSets(empty.ws.db, dir, new Date());
      expect(report.refused).toEqual([]);
      const next = report.loaded.find((s) => s.year === 2026);
      expect(next).toMatchObject({ dataset: 'uk-desnz', version: 'not recorded', verified: false, sourceFile: '2026.csv', rowCount: 8740 });
      expect(next?.id).toMatch(/^uk-desnz-2026-vsha-[0-9a-f]{8}$/);
      expect(next?.caveat).toMatch(/no manifest entry/);

      const reopened = empty.reopen(dir);
      expect(reopened.factorLoad).toMatchObject({ loaded: [], alreadyLoaded: 2 });
    } finally {
      empty.cleanup();
    }
  });
});
