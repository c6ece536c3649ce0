// Benchmark: import 1,000,000 half-hourly readings (about a year for 57 meters) and compare with
// the floor (PapaParse alone + a raw prepared-statement insert of the same rows in one transaction)
// and with the sqlite3 shell's .import of the same file. Prints figures; asserts nothing.
// Run: npm run build && npm run bench:import [-- --wide]
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { createBackend } from '../electron/core/backend';
import { startImport } from '../electron/core/importers/import-runner';
import { createMemorySettings } from '../electron/core/settings/settings-store';

const ROWS = 1_000_000;
const METERS = 57;
// --wide: the layout supplier portals export (start and end with their offset, an estimated flag),
// about 74 MB, the size the scale note speaks of; the default is the lean 39 MB layout.
const WIDE = process.argv.includes('--wide');
const dir = mkdtempSync(join(tmpdir(), 'cr-bench-import-'));
const csvPath = join(dir, 'hh-1m.csv');
const HEADER = WIDE ? 'MPAN,Reading start,Reading end,Consumption (kWh),Estimated' : 'MPAN,Timestamp,kWh';
const KWH_COLUMN = WIDE ? 3 : 2;

const isoOffset = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');

function generate(): void {
  const perMeter = Math.ceil(ROWS / METERS);
  const start = Date.UTC(2024, 0, 1);
  // Written a meter at a time, so generating the file does not count in the import's peak memory.
  writeFileSync(csvPath, `${HEADER}\n`);
  let written = 0;
  for (let m = 0; m < METERS && written < ROWS; m++) {
    const mpan = String(1_200_000_000_000 + m * 7919).padStart(13, '0');
    const lines: string[] = [];
    for (let i = 0; i < perMeter && written < ROWS; i++, written++) {
      const atMs = start + i * 1_800_000;
      // A daily shape with some noise, three decimals like real meter data.
      const kwh = (0.2 + 0.8 * Math.max(0, Math.sin(((i % 48) / 48) * Math.PI)) + ((i * 7 + m) % 13) / 100).toFixed(3);
      if (WIDE) lines.push(`${mpan},${isoOffset(atMs)},${isoOffset(atMs + 1_800_000)},${kwh},${i % 97 === 0 ? 'E' : 'A'}\n`);
      else lines.push(`${mpan},${new Date(atMs).toISOString().replace('.000Z', 'Z')},${kwh}\n`);
    }
    appendFileSync(csvPath, lines.join(''));
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

generate();
// Read before the clock starts, as the app has the file's bytes before it starts an import.
const bytes = readFileSync(csvPath);
console.log(`File: ${ROWS.toLocaleString('en-GB')} half-hourly readings, ${METERS} meters, ${mb(statSync(csvPath).size)} (${HEADER})`);

// The app's import, through the real pipeline into a real workspace.
const backend = createBackend({ mode: 'cli', dataDir: dir, settings: createMemorySettings() });
const created = await backend.invoke('workspaces.create', {
  organisation: { name: 'Bench Ltd', companiesHouseNumber: null, reportingYearStartMonth: 1, baseYear: 2024 },
  sites: [{ name: 'Head office', country: 'GB', postcode: 'SW1A 1AA', floorAreaM2: null }],
});
if (!created.ok) throw new Error(created.error.message);
// The longest gap between 10 ms ticks is the longest the main thread was unable to answer the UI.
let lastTick = performance.now();
let maxGapMs = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  maxGapMs = Math.max(maxGapMs, now - lastTick - 10);
  lastTick = now;
}, 10);
// The app's path: the import runs in a worker thread, as the Import page and the server run it;
// the built worker bundle when there is one (npm run build), else the sources compiled on the fly.
const builtWorker = new URL('../out/node/import-worker.mjs', import.meta.url);
const useBuilt = existsSync(fileURLToPath(builtWorker));
console.log(`Worker: ${useBuilt ? 'the built bundle (out/node/import-worker.mjs)' : 'compiled from source (run npm run build first to measure the packaged code)'}`);
// As the app does: the file's memory moves to the worker rather than being copied.
const workerOptions = { handOverBytes: true, ...(useBuilt ? { builtWorker } : {}) };
const importStarted = performance.now();
const job = startImport(
  { workspacePath: created.value.path, bytes, fileName: 'hh-1m.csv', options: { overlap: 'keep-both' }, actor: 'bench', nowIso: new Date().toISOString() },
  () => {},
  workerOptions,
);
const outcome = await job.result;
const importMs = performance.now() - importStarted;
// The worker tidies the file (a WAL checkpoint) after answering; the floor is measured after that.
await job.exited;
// Let the ticker run once more, so a blocked main thread shows up as a gap.
await new Promise((resolve) => setTimeout(resolve, 30));
clearInterval(ticker);
backend.close();
console.log(`Import: ${s(importMs)}, ${Math.round(ROWS / (importMs / 1000)).toLocaleString('en-GB')} rows/s, status ${outcome.status}, ${outcome.intervalsImported.toLocaleString('en-GB')} readings, ${outcome.rowsImported.toLocaleString('en-GB')} monthly records, ${outcome.rowsRejected} rejected`);
console.log(`Peak RSS (process, including the worker): ${mb(process.resourceUsage().maxRSS * 1024)} (target ≤ 600 MB)`);
console.log(`Max event-loop delay during the import: ${maxGapMs.toFixed(0)} ms (target ≤ 100 ms)`);

// The floor, measured after the import so its million parsed rows do not count in the import's peak
// memory: parse + raw insert of the same rows, nothing else.
const floorStarted = performance.now();
const parsed = Papa.parse<string[]>(readFileSync(csvPath, 'utf8'), { header: false, skipEmptyLines: true, dynamicTyping: false }).data.slice(1);
const parseMs = performance.now() - floorStarted;
const floorDb = new Database(join(dir, 'floor.sqlite'));
floorDb.pragma('journal_mode = WAL');
floorDb.pragma('synchronous = FULL');
const columns = HEADER.split(',').map((_, i) => `c${i} ${i === KWH_COLUMN ? 'REAL' : 'TEXT'} NOT NULL`);
floorDb.exec(`CREATE TABLE readings (${columns.join(', ')})`);
const insert = floorDb.prepare(`INSERT INTO readings VALUES (${columns.map(() => '?').join(', ')})`);
floorDb.transaction(() => {
  for (const r of parsed) insert.run(r.map((cell, i) => (i === KWH_COLUMN ? Number(cell) : cell)));
})();
const floorMs = performance.now() - floorStarted;
floorDb.close();
console.log(`Floor (PapaParse ${s(parseMs)} + raw insert): ${s(floorMs)}`);
console.log(`Ratio to the floor: ${(importMs / floorMs).toFixed(2)}× (target ≤ 1.5×)`);

const sqlite3 = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
if (sqlite3.status === 0) {
  const shellDb = join(dir, 'shell.sqlite');
  const started = performance.now();
  execFileSync('sqlite3', [shellDb, '.mode csv', `.import ${csvPath} readings`]);
  const shellMs = performance.now() - started;
  console.log(`sqlite3 .import: ${s(shellMs)}; ratio ${(importMs / shellMs).toFixed(2)}× (target ≤ 2×)`);
  // For context: the same .import into a table keyed by meter and time, the least an import that
  // refuses a repeated reading (as the app's does) has to do.
  const keyedDb = join(dir, 'shell-keyed.sqlite');
  const keyedColumns = HEADER.split(',').map((name, i) => `"${name}" ${i === KWH_COLUMN ? 'REAL' : 'TEXT'}`);
  const keyedStarted = performance.now();
  execFileSync('sqlite3', [keyedDb, `CREATE TABLE readings (${keyedColumns.join(', ')}, PRIMARY KEY ("MPAN", "${HEADER.split(',')[1]}"))`, '.mode csv', `.import --skip 1 ${csvPath} readings`]);
  const keyedMs = performance.now() - keyedStarted;
  console.log(`sqlite3 .import into a table keyed by meter and time: ${s(keyedMs)}; ratio ${(importMs / keyedMs).toFixed(2)}× (for context)`);
} else {
  console.log('sqlite3 shell not installed (apt-get install -y sqlite3): ratio to .import not measured');
}

// For context: the same year downloaded again with one reading corrected, into the workspace that
// now holds it. Every day is compared with the stored one: all but one are already there, and the
// corrected day is asked about (nothing is written until the user chooses).
const text = readFileSync(csvPath, 'utf8');
const firstRowEnd = text.indexOf('\n', text.indexOf('\n') + 1);
const firstRow = text.slice(text.indexOf('\n') + 1, firstRowEnd).split(',');
firstRow[KWH_COLUMN] = '9.999';
const corrected = Buffer.from(`${text.slice(0, text.indexOf('\n') + 1)}${firstRow.join(',')}${text.slice(firstRowEnd)}`);
const againStarted = performance.now();
const again = await startImport(
  { workspacePath: created.value.path, bytes: corrected, fileName: 'hh-1m-corrected.csv', options: {}, actor: 'bench', nowIso: new Date().toISOString() },
  () => {},
  workerOptions,
).result;
console.log(
  `The same year again with one reading corrected: ${s(performance.now() - againStarted)}, ${again.rowsDuplicate.toLocaleString('en-GB')} days already imported, ${again.conflicts.length} day to ask about (${again.status}; for context)`,
);
rmSync(dir, { recursive: true, force: true });
