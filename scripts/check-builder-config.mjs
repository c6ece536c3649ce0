#!/usr/bin/env node
// Validates electron-builder.config.ts offline, in about a second, without packaging anything: it is
// loaded and checked by electron-builder's own code (its TS loader, config merging and the ajv
// validation against app-builder-lib/scheme.json), so "valid" here means `electron-builder` accepts
// it. Then the settings this project relies on for security are asserted, so removing a fuse fails.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configFile = 'electron-builder.config.ts';

// Resolve app-builder-lib through electron-builder, the way the CLI does, whatever npm hoisted.
const fromRoot = createRequire(join(root, 'package.json'));
const fromBuilder = createRequire(fromRoot.resolve('electron-builder/package.json'));
const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const { getConfig, validateConfiguration } = fromLib('./out/util/config/config.js');
const { DebugLogger } = fromLib('builder-util');

const requiredFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

function policyProblems(config) {
  const problems = [];
  for (const [fuse, value] of Object.entries(requiredFuses)) {
    if (config.electronFuses?.[fuse] !== value) problems.push(`electronFuses.${fuse} must be ${value}`);
  }
  if (!config.asarUnpack?.some((pattern) => pattern.includes('better-sqlite3'))) problems.push('asarUnpack must include better-sqlite3');
  if (config.asar === false) problems.push('asar must stay on (onlyLoadAppFromAsar and integrity validation need it)');
  return problems;
}

function fail(message) {
  console.error(`electron-builder config: INVALID\n${message}`);
  process.exit(1);
}

let config;
try {
  config = await getConfig(root, configFile, null);
  await validateConfiguration(config, new DebugLogger(false));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const problems = policyProblems(config);
if (problems.length > 0) fail(problems.map((p) => ` - ${p}`).join('\n'));

// Not config errors, but the .deb target refuses to build without them (checked at package time).
const pkg = fromRoot('./package.json');
const linuxTargets = [config.linux?.target ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));
if (linuxTargets.includes('deb')) {
  if (!config.linux?.maintainer && !pkg.author?.email) console.warn('warning: the deb target needs linux.maintainer or an author email in package.json');
  if (!pkg.homepage && !pkg.repository) console.warn('warning: the deb target needs a homepage (or repository) in package.json');
}
console.log('electron-builder config: valid');
