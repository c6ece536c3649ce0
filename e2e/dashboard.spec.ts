import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

const FIXTURE = fileURLToPath(new URL('./fixtures/dashboard-activity-2024.csv', import.meta.url));

// 1,000 kWh in April 2024 and a 9,200 kWh bill for May–July 2024 at the DESNZ 2024 grid factor
// (0.20705 kg CO2e/kWh), and 500 kWh of gas in December 2024 (0.1829): reporting year 2024 runs
// from 1 April 2024 with the April start chosen in onboarding.
test('the dashboard adds up an imported file by year and scope, and a bar opens the rows behind it with provenance and evidence', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await expect(page.getByRole('region', { name: 'No emissions data yet' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import files' }).click();
  await page.locator('input[type="file"]').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Import this file' }).click();
  await expect(page.getByRole('heading', { name: 'Imported dashboard-activity-2024.csv' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const year = page.getByLabel('Reporting year');
  await year.selectOption('2024');
  await expect(year).toHaveValue('2024');
  const totals = page.getByRole('region', { name: 'Emissions in the year' });
  await expect(totals.getByRole('button', { name: /^Scope 2 \(location-based\): 2\.112 tCO2e/ })).toBeVisible();
  await expect(totals.getByRole('button', { name: /^Scope 2 \(market-based\): 2\.112 tCO2e/ })).toBeVisible();
  await expect(totals.getByRole('button', { name: /^Scope 1: 0\.091 tCO2e/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true });

  // A click on the Scope 2 bar of June (the quarterly bill's 30 June days).
  const trend = page.getByRole('region', { name: 'Month by month' });
  const scope2Bars = trend.locator('.recharts-bar').nth(1).locator('.recharts-bar-rectangle');
  await expect(scope2Bars).toHaveCount(4);
  await scope2Bars.nth(2).click();
  const dialog = page.getByRole('dialog', { name: 'Rows behind: Scope 2 (location-based), Jun 2024' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('1 May 2024 – 31 Jul 2024');
  await expect(dialog).toContainText('0.621 tCO2e');
  await expect(dialog).toContainText('of 1.905 tCO2e for the whole period');
  await expect(dialog.getByText('Showing 1–1 of 1 row')).toBeVisible();
  await dialog.getByText('How was this calculated?').click();
  await expect(dialog).toContainText('9,200 kWh × 0.20705 kg CO2e per kWh');
  await expect(dialog).toContainText(/Row \d+ of the 2024 file/);
  await page.screenshot({ path: '/tmp/dashboard-drill-down.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download dashboard-activity-2024.csv' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('dashboard-activity-2024.csv');
  expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The keyboard way to the same rows: the table behind the chart.
  await trend.getByRole('button', { name: 'Show emissions by month as a table' }).click();
  const cell = trend.getByRole('table', { name: 'Emissions by month' }).getByRole('button', { name: /^Scope 1, Dec 2024: 0\.091 tCO2e/ });
  await cell.focus();
  await page.keyboard.press('Enter');
  const gas = page.getByRole('dialog', { name: 'Rows behind: Scope 1, Dec 2024' });
  await expect(gas).toContainText('Natural gas');
  await expect(gas).toContainText('meter G1');
  await page.keyboard.press('Escape');
  await expect(gas).toBeHidden();
});
