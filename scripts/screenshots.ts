// Takes the README's screenshots of the real UI in Debian's Chromium: a fresh data folder, the
// onboarding wizard filled in as a person would, then the dashboard and settings pages.
// Run: npm run build && npx tsx scripts/screenshots.ts
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startServedApp } from '../e2e/fixtures';

const outDir = 'e2e/screenshots';
const dataDir = mkdtempSync(join(tmpdir(), 'cr-shots-'));
const { app, child } = await startServedApp(dataDir);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  mkdirSync(outDir, { recursive: true });
  await page.goto(app.loginUrl);
  await page.screenshot({ path: join(outDir, 'welcome.png') });
  await page.getByRole('button', { name: 'Set up your organisation' }).click();
  await page.getByLabel('Organisation name').fill('Hartley & Sons Joinery Ltd');
  await page.getByLabel('Companies House number (optional)').fill('04567891');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Site name').fill('Workshop');
  await page.getByLabel('Postcode').fill('LS11 5QN');
  await page.getByLabel('Floor area (m², optional)').fill('850');
  await page.screenshot({ path: join(outDir, 'onboarding.png') });
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await page.screenshot({ path: join(outDir, 'dashboard.png') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await page.screenshot({ path: join(outDir, 'settings.png'), fullPage: true });
  console.log(`Screenshots written to ${outDir}/`);
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

// The sample company, so the README shows the dashboard and a report with data in them.
const sampleDir = mkdtempSync(join(tmpdir(), 'cr-shots-sample-'));
const sample = await startServedApp(sampleDir, ['--sample']);
const sampleBrowser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await sampleBrowser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(sample.app.loginUrl);
  await page.getByRole('heading', { name: 'Month by month' }).waitFor();
  await page.screenshot({ path: join(outDir, 'sample-dashboard.png') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(outDir, 'sample-reports.png') });
  console.log(`Sample screenshots written to ${outDir}/`);
} finally {
  await sampleBrowser.close();
  sample.child.kill('SIGTERM');
  rmSync(sampleDir, { recursive: true, force: true });
}
