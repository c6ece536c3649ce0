import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startServedApp, test } from './fixtures';

// Creating the sample writes two years of data (~35,000 half-hourly readings): allow for a busy machine.
const SAMPLE_TIMEOUT_MS = 30_000;
// Pages over the sample's ~420 records and 35,000 readings, on a machine shared with other test runs.
const DATA_TIMEOUT_MS = 15_000;

async function expectSampleOpen(page: Page) {
  const banner = page.getByRole('region', { name: 'Sample data — not your company' });
  await expect(banner).toBeVisible({ timeout: SAMPLE_TIMEOUT_MS });
  await expect(page.getByRole('banner')).toContainText('Example Joinery Ltd (sample)');
  return banner;
}

test('a newcomer opens the sample company from the welcome screen, sees its data, and leaves it', async ({ page, app }) => {
  void app;
  test.setTimeout(60_000);
  const sample = page.getByRole('region', { name: 'Explore a sample company' });
  await expect(sample).toContainText('made-up small UK business');
  await sample.getByRole('button', { name: 'Explore a sample company' }).click();
  const banner = await expectSampleOpen(page);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity data' }).click();
  await expect(page.getByRole('heading', { name: 'Activity data', level: 1 })).toBeVisible();
  await expect(banner).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible({ timeout: DATA_TIMEOUT_MS });
  await expect(page.getByRole('table')).toContainText('Workshop');
  await expect(page.getByText('No activity data yet')).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import files' }).click();
  await expect(page.getByText('workshop-half-hourly-2025.csv').first()).toBeVisible({ timeout: DATA_TIMEOUT_MS });
  await expect(banner).toBeVisible();

  await banner.getByRole('button', { name: 'Leave the sample' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to CarbonRecycling', level: 1 })).toBeVisible({ timeout: DATA_TIMEOUT_MS });
  await expect(page.getByRole('region', { name: 'Sample data — not your company' })).toHaveCount(0);
});

test('`server.mjs --sample` starts with the sample company open', async ({ page }) => {
  test.setTimeout(60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'cr-e2e-sample-'));
  const { app, child } = await startServedApp(dataDir, ['--sample']);
  try {
    await page.goto(app.loginUrl);
    await expectSampleOpen(page);
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
});
