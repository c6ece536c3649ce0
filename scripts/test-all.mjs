#!/usr/bin/env node
// The whole test suite, as the README and CI run it: typecheck, lint, configuration checks, unit
// tests, build, end-to-end. Every step runs even when an earlier one fails, so one run shows
// everything that is wrong; the last line totals vitest and Playwright from their JSON reports
// (a failed check step counts as one failure, so the line never reads "0 failed" over a red run).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'electron-builder config', cmd: 'node', args: ['scripts/check-builder-config.mjs'], optional: 'scripts/check-builder-config.mjs' },
  { name: 'electronegativity', cmd: 'node', args: ['scripts/check-electronegativity.mjs'], optional: 'scripts/check-electronegativity.mjs' },
  { name: 'unit tests', cmd: 'npx', args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'], report: 'vitest' },
  { name: 'build', cmd: 'npm', args: ['run', '-s', 'build'] },
  { name: 'end-to-end tests', cmd: 'npx', args: ['playwright', 'test'], report: 'playwright' },
];

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const failedSteps = [];
const timings = [];
for (const step of steps) {
  if (step.optional && !existsSync(step.optional)) continue;
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const result = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  timings.push(`${step.name} ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (result.status !== 0) failedSteps.push(step);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
const playwright = readJson('reports/playwright.json');
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
  skipped += playwright.stats.skipped ?? 0;
}
for (const step of failedSteps) {
  // A runner that failed without failing tests (crash, no report) or a failed check step.
  const reportShowsFailure =
    (step.report === 'vitest' && vitest && (vitest.numFailedTests ?? 0) > 0) ||
    (step.report === 'playwright' && playwright?.stats && (playwright.stats.unexpected ?? 0) > 0);
  if (!reportShowsFailure) failed += 1;
}

console.log(`\nSteps: ${timings.join(', ')}`);
if (failedSteps.length) console.log(`Failed steps: ${failedSteps.map((s) => s.name).join(', ')}`);
const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync('reports/summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failedSteps.length || failed ? 1 : 0);
