#!/usr/bin/env node
// Security gate: Doyensec's Electronegativity over the Electron shell (main, preload) and the renderer
// page. Its CLI exits 0 whatever it finds, so this script uses the programmatic API and fails on any
// finding at severity >= MEDIUM with confidence >= FIRM. A false positive is suppressed at its line
// with `/* eng-disable CHECK_ID */` and a reason beside it, never by raising the threshold here.
//
// Electronegativity is ~400 packages, so it lives in tools/electronegativity with its own lockfile and
// is installed on first use. Offline it spends ~10 s on failed look-ups (translations, release data).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools', 'electronegativity');
// What ships and decides security: the shell, the bridge, and the page with its CSP <meta>.
const targets = ['electron/main', 'electron/preload', 'renderer/index.html'];
const SEVERITY = { name: 'MEDIUM', value: 2 };
const CONFIDENCE = { name: 'FIRM', value: 1 };

function installTool() {
  if (existsSync(join(toolDir, 'node_modules', '@doyensec', 'electronegativity'))) return;
  console.log('Installing Electronegativity into tools/electronegativity (first run only)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--prefix', toolDir, '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('npm ci in tools/electronegativity failed.');
    process.exit(1);
  }
}

/** The Electron version the app pins: decides which defaults (sandbox, contextIsolation…) the checks assume. */
function pinnedElectronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
    console.error(`package.json must pin electron to an exact version (found ${version}).`);
    process.exit(1);
  }
  return version;
}

/**
 * One scan over all targets, so the global checks (CSP present anywhere? navigation limited
 * anywhere?) see the whole picture. Electronegativity takes a single input folder: copy the targets
 * into a staging folder with their repository-relative paths. Unit tests are not shipped: left out.
 */
function stageTargets() {
  const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  for (const target of targets) {
    const source = join(root, target);
    if (!existsSync(source)) {
      console.error(`Scan target missing: ${target}`);
      process.exit(1);
    }
    cpSync(source, join(stage, target), {
      recursive: statSync(source).isDirectory(),
      filter: (file) => !/\.test\.tsx?$/.test(file),
    });
  }
  return stage;
}

installTool();
const requireFromTool = createRequire(join(toolDir, 'package.json'));
const run = requireFromTool('@doyensec/electronegativity');
const electronVersion = pinnedElectronVersion();
const stage = stageTargets();

let result;
try {
  result = await run({
    input: stage,
    isRelative: true,
    customScan: [],
    excludeFromScan: [],
    // Filtering happens below; the API returns every issue whatever these say.
    severitySet: 'informational',
    confidenceSet: 'tentative',
    electronVersionOverride: electronVersion,
  });
} finally {
  rmSync(stage, { recursive: true, force: true });
}

const gating = result.issues.filter((issue) => issue.severity.value >= SEVERITY.value && issue.confidence.value >= CONFIDENCE.value);
// A file it could not parse is a file it did not check.
const unparsed = result.errors.filter((error) => !error.tolerable);
const below = result.issues.filter((issue) => !gating.includes(issue));

for (const issue of gating) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}`;
  console.error(`${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${where}\n  ${issue.description}\n  ${issue.shortenedURL ?? ''}`);
}
for (const error of unparsed) console.error(`could not parse ${relative(stage, error.file)}: ${error.message}`);
// Below the gate but worth a glance in review (e.g. "check this openExternal call").
for (const issue of below) console.log(`  note: ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line}`);

const checks = result.globalChecks + result.atomicChecks;
const summary = `electronegativity ${electronVersion}: ${checks} checks over ${targets.join(', ')}: ${gating.length} finding(s) at >= ${SEVERITY.name}/${CONFIDENCE.name}, ${below.length} below it, ${unparsed.length} unparsed file(s)`;
if (gating.length > 0 || unparsed.length > 0) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
