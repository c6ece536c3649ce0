import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

test('the Factors page lists the shipped sets and finds the 2024 natural gas factor', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await page.getByRole('link', { name: 'Emission factors' }).click();
  await expect(page.getByRole('heading', { name: 'Emission factors', level: 1 })).toBeVisible();

  const desnz = page.getByRole('region', { name: /^UK Government \(DESNZ\)/ });
  const row2025 = desnz.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2025', exact: true }) });
  await expect(row2025).toContainText('1.0');
  await expect(row2025).toContainText('8,740');
  await expect(row2025).toContainText('Verified');

  await page.getByRole('searchbox', { name: 'Search factors' }).fill('natural gas');
  await page.getByLabel('Year').selectOption('2024');
  const results = page.getByRole('table', { name: 'Emission factors matching your search' });
  const gross = results
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Fuels', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: 'Natural gas', exact: true }) })
    .filter({ has: page.getByRole('cell', { name: 'kWh (Gross CV)', exact: true }) });
  await expect(gross).toHaveCount(1);
  await expect(gross.getByRole('cell', { name: /^0\.1829(0)?$/ })).toBeVisible();
  await expect(gross).toContainText('DESNZ 2024 v1.1');

  await gross.getByRole('button', { name: /^Details for/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Where this factor comes from' });
  await expect(dialog).toContainText('DESNZ and Defra');
  await expect(dialog).toContainText('aab21778644803cf8f110a81cba7ce3949aff441b32b4a1e8cfd5ae1d836bc2e');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const sic = page.getByRole('region', { name: /^Spend-based, by industry \(SIC\)/ });
  await expect(sic.getByText('Unverified', { exact: true }).first()).toBeVisible();
  await expect(sic.getByText('Unverified — not yet checked against the official Defra publication.')).toBeVisible();
});
