import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

const RECORD = '12,000 kWh of Electricity from the grid (UK) at Head office, 1 Jan 2024 – 31 Dec 2024';

test('electricity added by hand is calculated with its provenance, and pinning 2023 factors is restated', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Activity data: add one year of head-office electricity by hand.
  await nav.getByRole('link', { name: 'Activity data' }).click();
  await expect(page.getByRole('heading', { name: 'Activity data', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'No activity data yet' })).toContainText('Import them');
  await page.getByRole('button', { name: 'Add activity by hand' }).click();
  const form = page.getByRole('form', { name: 'Add activity by hand' });
  await expect(form.getByLabel('Site', { exact: true })).toHaveValue(/.+/);
  await form.getByLabel('What was used or done').selectOption({ label: 'Electricity from the grid (UK)' });
  await expect(form.getByLabel('Unit', { exact: true })).toHaveValue('kWh');
  await form.getByLabel('From', { exact: true }).fill('2024-01-01');
  await form.getByLabel('To', { exact: true }).fill('2024-12-31');
  await form.getByLabel('Quantity', { exact: true }).fill('12,000');
  await form.getByLabel('How good is this number?').selectOption('invoice');
  await form.getByLabel('Description (optional)').fill('British Gas bill 2024');
  await form.getByRole('button', { name: 'Add activity' }).click();
  await expect(page.getByText(`Added ${RECORD}`)).toBeVisible();

  // Open it: 12,000 × 0.20705 (DESNZ 2024) location-based, and the grid average for market-based.
  await page.getByRole('button', { name: `Show figures for ${RECORD}` }).click();
  await expect(page.getByRole('button', { name: `Hide figures for ${RECORD}` })).toHaveAttribute('aria-expanded', 'true');
  const location = page.getByRole('article', { name: 'Electricity generation (location-based)' });
  await expect(location).toContainText('Scope 2 · Location-based');
  await expect(location.getByText('2,484.6 kg CO2e', { exact: true })).toBeVisible();
  const market = page.getByRole('article', { name: 'Electricity generation (market-based, grid average)' });
  await expect(market).toContainText('Grid average (no contract or residual mix, so the grid average is used)');
  await expect(market.getByText('2,484.6 kg CO2e', { exact: true })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Transmission and distribution losses', exact: true })).toContainText('Scope 3 · 3 Fuel- and energy-related activities');

  await location.getByText('How was this calculated?').click();
  await expect(location.getByText(/12,000 kWh × 0\.20705 kg CO2e per kWh = 2,484\.6 kg/)).toBeVisible();
  await expect(location.getByText(/, 2024, version /)).toBeVisible();
  await expect(location.getByText('Verified source')).toBeVisible();
  await expect(location.getByText(/^Row \d+ of the 2024 file/)).toContainText('Scope 2 › UK electricity › Electricity generated › Electricity: UK');
  await expect(location.locator('dt', { hasText: 'Factor year' }).locator('+ dd')).toHaveText('2024');
  await page.screenshot({ path: '/tmp/activity.png', fullPage: true });

  // Calculations: pin 2023, recalculate with a reason, see the restatement.
  await nav.getByRole('link', { name: 'Calculations' }).click();
  await expect(page.getByRole('heading', { name: 'Calculations and restatements', level: 1 })).toBeVisible();
  const runs = page.getByRole('table', { name: /Calculation runs/ });
  await expect(runs.getByRole('rowheader', { name: 'Run 1 Current' })).toBeVisible();
  const settings = page.getByRole('region', { name: 'Calculation settings' });
  await settings.getByLabel('Factor year').selectOption('2023');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Saved. No figures have changed: recalculate to apply the new settings.')).toBeVisible();
  await expect(page.getByText('Your factor-year setting has changed since run 1 was calculated.')).toBeVisible();

  await page.getByRole('button', { name: 'Recalculate with current factors…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recalculate with current factors' });
  await dialog.getByRole('button', { name: 'Recalculate' }).click();
  await expect(dialog.getByText(/in at least 5 characters/)).toBeVisible();
  await dialog.getByLabel('Reason for recalculating').fill('Pin to 2023 factors for comparison');
  await dialog.getByRole('button', { name: 'Recalculate' }).click();
  const outcome = dialog.getByRole('region', { name: 'Run 2 is ready' });
  await expect(outcome).toContainText('Run 2 is now the current calculation');
  await expect(outcome).toContainText('The difference from run 1 is kept as a restatement');
  await expect(outcome.getByRole('alert')).toHaveCount(0);
  await outcome.getByRole('button', { name: 'Show the changes' }).click();
  await expect(dialog).toBeHidden();

  await expect(runs.getByRole('rowheader', { name: 'Run 2 Current' })).toBeVisible();
  const run2 = runs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Run 2 Current' }) });
  await expect(run2).toContainText('Pin to 2023 factors for comparison');
  await expect(run2).toContainText('DESNZ 2023');
  await expect(run2).toContainText('Pinned to 2023');

  const restatement = page.getByRole('table', { name: 'Restatements, newest first' }).getByRole('row').filter({ hasText: 'From run 1 to run 2' });
  await expect(restatement).toContainText('Pin to 2023 factors for comparison');
  await expect(restatement).toContainText('Not required');

  // 12,000 × (0.207074288591 − 0.20705) = +0.29 kg, location-based Scope 2 at the head office.
  const changes = page.getByRole('region', { name: 'Changes from run 1 to run 2' });
  await expect(changes).toContainText('Factor sets added');
  const scope2Location = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Scope 2', exact: true }) }).filter({ hasText: 'Location-based' });
  await expect(scope2Location.getByRole('cell')).toHaveText(['Head office', 'Location-based', '2,484.6', '2,484.89', '+0.29', '+0.01 %']);
  await page.screenshot({ path: '/tmp/calculations.png', fullPage: true });
});
