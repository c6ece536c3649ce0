// Dashboard query latency: `npm run bench:dashboard`. Seeds a workspace with 10,000,000 activity
// rows (10 reporting years, 50 sites with their meters and many activities, daily readings plus
// monthly and quarterly bills), their emission figures (factors from the real calculator) and
// their rollups, then prints p50/p95 of every dashboard query, each run ~30 times across the
// years. Target: p95 ≤ 100 ms. Prints figures; asserts nothing.
//
// Reusable: `seedDashboardBench()` returns the seeded workspace and `timeQuery()` times any
// function the same way, so another bench (e.g. time to produce each report) can use the same data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drillDown, evidenceFile } from '../electron/core/dashboard/drill-down';
import { getIntensityMetrics } from '../electron/core/dashboard/metrics';
import { RollupBatch } from '../electron/core/dashboard/rollups';
import { dashboardSummary } from '../electron/core/dashboard/summary';
import { buildReport } from '../electron/core/reports/build';
import { renderReport } from '../electron/core/reports/render';
import { reportKinds } from '../shared/domain/report-document';
import { calculate, type CalculationInput } from '../electron/core/emissions/calculator';
import { createMemoryLookup, factorsDirOf, loadShippedFactorSets } from '../electron/core/emissions/library/shipped-sets';
import type { EmissionComponent } from '../electron/core/emissions/types';
import { figureDetailIds } from '../electron/core/emissions/runs/run-repository';
import { findAppRoot, migrationsDirOf } from '../electron/core/paths';
import { closeWorkspace, openWorkspaceFile, type OpenWorkspace } from '../electron/core/workspaces/workspace-session';

const SITES = 50;
const FIRST_YEAR = 2016; // reporting years 2016 … 2025, April to March
const YEARS = 10;

// What a site uses, one record per meter per day (the mix of a multi-site SME over a decade), plus bills.
const DAILY: ReadonlyArray<Pick<CalculationInput, 'activityId' | 'unit'> & { quantity: number; share: number }> = [
  { activityId: 'grid-electricity-uk', unit: 'kWh', quantity: 180, share: 16 },
  { activityId: 'natural-gas', unit: 'kWh', quantity: 260, share: 10 },
  { activityId: 'vehicle-fuel-diesel', unit: 'litre', quantity: 35, share: 6 },
  { activityId: 'company-car-medium-petrol', unit: 'mile', quantity: 60, share: 5 },
  { activityId: 'company-van-average-diesel', unit: 'km', quantity: 120, share: 5 },
  { activityId: 'rail-national', unit: 'passenger-km', quantity: 90, share: 3 },
  { activityId: 'water-supply', unit: 'm3', quantity: 2, share: 3 },
  { activityId: 'homeworking', unit: 'fte-hour', quantity: 40, share: 3 },
  { activityId: 'hotel-stay-uk', unit: 'room-night', quantity: 1, share: 1 },
  { activityId: 'waste-paper-closed-loop', unit: 'tonne', quantity: 0.02, share: 1 },
  { activityId: 'spend-sic-47', unit: 'GBP', quantity: 250, share: 1 },
  { activityId: 'refrigerant-r410a', unit: 'kg', quantity: 0.01, share: 1 },
];
const METERS_PER_SITE = DAILY.reduce((n, a) => n + a.share, 0); // 55 daily records per site per day

export interface SeededBench {
  ws: OpenWorkspace;
  dir: string;
  years: number[];
  siteIds: string[];
  importIds: string[];
  records: number;
  figures: number;
  seedMs: number;
  close(): void;
}

interface Precomputed {
  components: EmissionComponent[];
  factorYear: number;
  /** figure_details ids of the components' full provenance, stored once like the app does. */
  detailIds: number[];
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** Seeds `records` activity rows with their figures (one calculation run) and rollups. */
export function seedDashboardBench(records = 10_000_000, log: (line: string) => void = console.log): SeededBench {
  const appRoot = findAppRoot();
  const dir = mkdtempSync(join(tmpdir(), 'cr-bench-dashboard-'));
  const opening = performance.now();
  const ws = openWorkspaceFile(join(dir, 'bench.sqlite'), { dataDir: dir, migrationsDir: migrationsDirOf(appRoot), factorsDir: factorsDirOf(appRoot) }, { create: true, now: new Date('2026-04-01T00:00:00Z') });
  log(`Workspace created with every shipped factor set in ${((performance.now() - opening) / 1000).toFixed(1)} s`);
  const sqlite = ws.sqlite;
  const lookup = createMemoryLookup(loadShippedFactorSets(factorsDirOf(appRoot)));
  const start = performance.now();

  // Seeding only: no durability needed, and indexes are built once at the end (a sort, not 10M inserts).
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1000000');
  const indexes = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('activity_records', 'emission_figures') AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX ${index.name}`);

  const at = '2026-04-01T00:00:00.000Z';
  sqlite.prepare(`INSERT INTO organisations VALUES ('org', 'Bench Ltd', NULL, 4, ${FIRST_YEAR}, ?, ?)`).run(at, at);
  const siteIds = Array.from({ length: SITES }, (_, i) => `site-${String(i).padStart(2, '0')}`);
  const insertSite = sqlite.prepare(`INSERT INTO sites VALUES (?, 'org', ?, 'GB', 'SW1A 1AA', ?, ?, ?)`);
  siteIds.forEach((id, i) => insertSite.run(id, `Site ${i + 1}`, 200 + i * 35, at, at));
  const runId = 'run-1';
  sqlite.prepare(`INSERT INTO calculation_runs VALUES (?, 1, ?, 'Benchmark', '[]', NULL, NULL)`).run(runId, at);
  // One import file per site and reporting year: the evidence behind that site's readings.
  const importIds: string[] = [];
  const insertImport = sqlite.prepare(
    `INSERT INTO import_files VALUES (?, ?, ?, 10, 'utf-8', ',', 'generic-activity', ?, 'imported', NULL, 0, 0, 0, 0, 0, '[]', ?)`,
  );
  const evidence = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // an empty gzip member
  for (let y = 0; y < YEARS; y++) {
    for (const site of siteIds) {
      const id = `imp-${FIRST_YEAR + y}-${site}`;
      importIds.push(id);
      insertImport.run(id, id.padEnd(64, '0'), `${site}-readings-${FIRST_YEAR + y}.csv`, at, evidence);
    }
  }

  // Factors from the real calculator, once per activity and factor year; scaled per record.
  const precomputed = new Map<string, Precomputed>();
  const detailIdOf = figureDetailIds(ws.db);
  const componentsOf = (activity: (typeof DAILY)[number], year: number): Precomputed => {
    const key = `${activity.activityId}|${year}`;
    let found = precomputed.get(key);
    if (!found) {
      const day = `${Math.min(year, 2025)}-06-15`;
      const result = calculate({ activityId: activity.activityId, unit: activity.unit, quantity: 1, periodStart: day, periodEnd: day }, { lookup });
      // The full provenance snapshot, stored once in figure_details and shared, as insertFigures does.
      const detailIds = result.components.map((c) => detailIdOf(c.provenance, []));
      found = { components: result.components, factorYear: result.factorYear, detailIds };
      precomputed.set(key, found);
    }
    return found;
  };

  const insertRecord = sqlite.prepare(
    `INSERT INTO activity_records (id, site_id, activity_id, period_start, period_end, quantity, unit, source, source_ref, data_quality, meter, import_id, estimated, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFigure = sqlite.prepare(
    `INSERT INTO emission_figures (run_id, activity_record_id, site_id, activity_id, period_start, period_end, role, scope, scope3_category, method,
       co2e_kg, quantity, quantity_unit, factor_set_id, factor_id, factor_row_number, factor_value, factor_unit, factor_year, market_step, detail_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rollups = new RollupBatch(runId, 1);
  const firstDay = Date.UTC(FIRST_YEAR, 3, 1) / 86_400_000;
  const days = Date.UTC(FIRST_YEAR + YEARS, 3, 1) / 86_400_000 - firstDay;
  const meters = DAILY.flatMap((a) => Array.from({ length: a.share }, (_, i) => ({ activity: a, index: i })));
  let written = 0;
  let figures = 0;

  const writeRecord = (n: number, siteIndex: number, meterIndex: number, periodStart: string, periodEnd: string, quantity: number) => {
    const { activity } = meters[meterIndex] ?? { activity: DAILY[0] };
    if (!activity) return;
    const site = siteIds[siteIndex] ?? 'site-00';
    const id = `r${String(n).padStart(9, '0')}`;
    const year = Number(periodStart.slice(0, 4));
    const reportingYear = Number(periodStart.slice(5, 7)) >= 4 ? year : year - 1;
    const importId = meterIndex % 5 === 0 ? null : `imp-${reportingYear}-${site}`;
    const source = importId ? 'import' : 'manual';
    // As in real data: a meter's readings are estimated for a whole month now and then, and a few
    // meters are proxies (a similar site's figures) for a whole year.
    const month = Number(periodStart.slice(5, 7));
    const estimated = (siteIndex * 31 + meterIndex * 7 + month + year * 12) % 23 === 0 ? 1 : 0;
    const proxy = (siteIndex * 13 + meterIndex * 5 + year) % 41 === 0;
    const dataQuality = activity.activityId.startsWith('spend-') ? 'spend' : proxy ? 'proxy' : estimated ? 'estimate' : importId ? 'metered' : 'invoice';
    const meter = `${site}-m${meterIndex}`;
    insertRecord.run(id, site, activity.activityId, periodStart, periodEnd, quantity, activity.unit, source, dataQuality, meter, importId, estimated, at, at);
    const attributes = { meter, dataQuality, estimated, source, importId: importId ?? '' };
    const pre = componentsOf(activity, year);
    pre.components.forEach((c, i) => {
      const figure = {
        activityRecordId: id, siteId: site, activityId: activity.activityId, periodStart, periodEnd, scope: c.scope, scope3Category: c.scope3Category,
        method: c.method, co2eKg: c.co2eKg * quantity, quantity: c.quantity * quantity, quantityUnit: c.quantityUnit, factorSetId: c.provenance.setId,
        role: c.role, marketStep: null, marketSourceId: null, factorId: c.provenance.factorId, factorRowNumber: c.provenance.rowNumber,
        factorValue: c.provenance.value, factorUnit: c.provenance.unit, factorYear: pre.factorYear,
      };
      const row = [runId, id, site, activity.activityId, periodStart, periodEnd, c.role, c.scope, c.scope3Category, c.method, figure.co2eKg, figure.quantity,
        c.quantityUnit, c.provenance.setId, c.provenance.factorId, c.provenance.rowNumber, c.provenance.value, c.provenance.unit, pre.factorYear];
      const { lastInsertRowid } = insertFigure.run(...row, null, pre.detailIds[i] ?? null);
      rollups.add(figure, attributes, Number(lastInsertRowid));
      figures++;
      if (c.scope === 2 && c.method === 'location-based') {
        // No contracts in the bench: market-based is the grid average, as the calculator stores it.
        const market = insertFigure.run(...row.slice(0, 9), 'market-based', ...row.slice(10), 'grid-average', pre.detailIds[i] ?? null);
        rollups.add({ ...figure, method: 'market-based', marketStep: 'grid-average' }, attributes, Number(market.lastInsertRowid));
        figures++;
      }
    });
  };

  const seedDays = (fromDay: number, toDay: number) => {
    for (let d = fromDay; d < toDay && written < records; d++) {
      const day = isoDay(firstDay + d);
      for (let s = 0; s < SITES && written < records; s++) {
        for (let m = 0; m < METERS_PER_SITE && written < records; m++) {
          const activity = meters[m]?.activity;
          if (!activity) continue;
          // The last gas meter of each site is billed quarterly instead of read daily.
          if (m === METERS_PER_SITE - 1) {
            if (day.endsWith('-01') && ['01', '04', '07', '10'].includes(day.slice(5, 7))) {
              const end = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) + 2, 0)).toISOString().slice(0, 10);
              writeRecord(written++, s, m, day, end, activity.quantity * 91);
            }
            continue;
          }
          writeRecord(written++, s, m, day, day, activity.quantity * (0.6 + ((d * 7 + s * 13 + m) % 80) / 100));
        }
      }
    }
  };

  // A few transactions of ~60 days each, so a failure part-way is visible and memory stays flat.
  const chunk = 60;
  for (let from = 0; from < days && written < records; from += chunk) {
    sqlite.transaction(() => seedDays(from, Math.min(days, from + chunk)))();
    if (from % 360 === 0) log(`  … ${written.toLocaleString('en-GB')} records, ${figures.toLocaleString('en-GB')} figures (${((performance.now() - start) / 1000).toFixed(0)} s)`);
  }
  // Days ran out before the row count: top up with more daily readings on extra meters.
  let extra = 0;
  while (written < records) {
    const d = extra % days;
    sqlite.transaction(() => {
      for (let i = 0; i < 50_000 && written < records; i++) writeRecord(written++, i % SITES, i % (METERS_PER_SITE - 1), isoDay(firstDay + d), isoDay(firstDay + d), 10);
    })();
    extra++;
  }
  const rollupStart = performance.now();
  sqlite.transaction(() => rollups.write(ws.db))();
  log(`  rollups written in ${((performance.now() - rollupStart) / 1000).toFixed(1)} s`);
  const indexStart = performance.now();
  for (const index of indexes) sqlite.exec(index.sql);
  sqlite.exec('ANALYZE');
  log(`  indexes built in ${((performance.now() - indexStart) / 1000).toFixed(1)} s`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  const seedMs = performance.now() - start;
  return {
    ws, dir, siteIds, importIds, records: written, figures, seedMs,
    years: Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i),
    close() {
      closeWorkspace(ws);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Latency {
  label: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs `fn` once per argument (after one untimed warm-up) and returns its latency percentiles. */
export function timeQuery<A>(label: string, args: readonly A[], fn: (arg: A) => unknown): Latency {
  if (args[0] !== undefined) fn(args[0]);
  const samples = args.map((arg) => {
    const t0 = performance.now();
    fn(arg);
    return performance.now() - t0;
  });
  const sorted = [...samples].sort((a, b) => a - b);
  return { label, runs: samples.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1] ?? 0 };
}

export function printLatencies(rows: readonly Latency[], targetMs = 100): void {
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`${'query'.padEnd(width)}  runs   p50 ms   p95 ms   max ms`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(width)}  ${String(r.runs).padStart(4)}  ${r.p50Ms.toFixed(1).padStart(7)}  ${r.p95Ms.toFixed(1).padStart(7)}  ${r.maxMs.toFixed(1).padStart(7)}${r.p95Ms > targetMs ? '  (over the target)' : ''}`);
  }
}

async function main(): Promise<void> {
  const records = Number(process.env['BENCH_RECORDS'] ?? 10_000_000);
  console.log(`Seeding ${records.toLocaleString('en-GB')} activity rows over ${YEARS} reporting years, ${SITES} sites, ${METERS_PER_SITE} meters each…`);
  const bench = seedDashboardBench(records);
  console.log(`Seeded ${bench.records.toLocaleString('en-GB')} activity rows and ${bench.figures.toLocaleString('en-GB')} figures in ${(bench.seedMs / 1000).toFixed(1)} s`);
  const db = bench.ws.db;
  const now = new Date('2026-04-01T00:00:00Z');
  const rollupRows = (bench.ws.sqlite.prepare('SELECT count(*) AS n FROM figure_rollups').get() as { n: number }).n;
  const factorRollupRows = (bench.ws.sqlite.prepare('SELECT count(*) AS n FROM factor_rollups').get() as { n: number }).n;
  console.log(`figure_rollups: ${rollupRows.toLocaleString('en-GB')} rows, factor_rollups: ${factorRollupRows.toLocaleString('en-GB')} rows\n`);

  const runs = 30;
  const yearArgs = Array.from({ length: runs }, (_, i) => bench.years[i % bench.years.length] ?? 2020);
  const monthOf = (year: number, i: number) => `${year + (i % 12 >= 9 ? 1 : 0)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`;
  const page = (year: number, filter: Parameters<typeof drillDown>[1]['filter'], offset = 0) => drillDown(db, { year, filter, limit: 25, offset });
  const results = [
    timeQuery('dashboard.summary {year}', yearArgs, (year) => dashboardSummary(db, year, now)),
    timeQuery('drillDown: whole year, page 1', yearArgs, (year) => page(year, {})),
    timeQuery('drillDown: whole year, page 40', yearArgs, (year) => page(year, {}, 1000)),
    timeQuery('drillDown: month × Scope 2 location (a bar)', yearArgs.map((y, i) => [y, i] as const), ([y, i]) => page(y, { month: monthOf(y, i), scope: 2, basis: 'location' })),
    timeQuery('drillDown: Scope 1 total of the year', yearArgs, (year) => page(year, { scope: 1 })),
    timeQuery('drillDown: one site (a bar)', yearArgs.map((y, i) => [y, i] as const), ([y, i]) => page(y, { siteId: bench.siteIds[i % bench.siteIds.length] ?? 'site-00', basis: 'location' })),
    timeQuery('drillDown: one import file (a bar)', yearArgs.map((y, i) => [y, i] as const), ([y, i]) => page(y, { source: 'import', importId: `imp-${y}-${bench.siteIds[i % SITES] ?? 'site-00'}` })),
    timeQuery('drillDown: one activity (a bar)', yearArgs, (year) => page(year, { activityId: 'natural-gas', basis: 'location' })),
    timeQuery('drillDown: estimated readings', yearArgs, (year) => page(year, { estimated: true, basis: 'location' })),
    timeQuery('drillDown: spend-based', yearArgs, (year) => page(year, { dataQuality: 'spend', basis: 'location' })),
    timeQuery('dashboard.metrics.get', yearArgs, (year) => getIntensityMetrics(db, year)),
    timeQuery('evidence.download', yearArgs.map((y, i) => bench.importIds[(y - FIRST_YEAR) * SITES + (i % SITES)] ?? ''), (id) => evidenceFile(db, id)),
  ];
  printLatencies(results);
  await timeReports(bench, now);
  bench.close();
}

/** Time to produce each report for the latest full year: build the document, then render each file format. Target ≤ 3 s. */
async function timeReports(bench: SeededBench, now: Date): Promise<void> {
  // The latest year with data (a smaller BENCH_RECORDS fills only the first years).
  const year = [...bench.years].reverse().find((y) => (bench.ws.sqlite.prepare('SELECT 1 FROM figure_rollups WHERE month >= ? LIMIT 1').get(`${y}-04`) ?? null) !== null) ?? FIRST_YEAR;
  console.log(`\nReports for reporting year ${year} (target ≤ 3 s per report and format)`);
  console.log('report  build s   pdf s   xlsx s   csv s   total (slowest format) s');
  for (const kind of reportKinds) {
    const t0 = performance.now();
    const document = buildReport(bench.ws.db, kind, year, now);
    const buildMs = performance.now() - t0;
    const formatMs: number[] = [];
    for (const format of ['pdf', 'xlsx', 'csv'] as const) {
      const started = performance.now();
      await renderReport(document, format);
      formatMs.push(performance.now() - started);
    }
    const slowest = buildMs + Math.max(...formatMs);
    const sec = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
    console.log(`${kind.padEnd(6)}  ${sec(buildMs)}  ${formatMs.map(sec).join('  ')}   ${sec(slowest)}${slowest > 3000 ? '  (over the target)' : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
