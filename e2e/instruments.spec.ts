import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

test('a REGO-backed tariff for the head office is listed, and REGOs bought separately need a volume', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const green = page.getByRole('region', { name: 'Green electricity and certificates' });
  await expect(green).toContainText('None recorded yet');
  await green.getByRole('link', { name: 'Manage electricity contracts and certificates' }).click();
  await expect(page.getByRole('heading', { name: 'Electricity contracts and certificates', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No contracts or certificates yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Add contract or certificate' }).click();
  const form = page.getByRole('form', { name: 'New contract or certificate' });
  await expect(form.getByLabel('Type')).toHaveValue('rego-tariff');
  await form.getByLabel('Supplier', { exact: true }).fill('Octopus Energy');
  await form.getByLabel('Tariff name (optional)').fill('Super Green');
  await form.getByLabel('Site', { exact: true }).selectOption({ label: 'Head office' });
  await expect(form.getByLabel('Market')).toHaveValue('GB');
  await form.getByLabel('From', { exact: true }).fill('2025-04-01');
  await form.getByLabel('To', { exact: true }).fill('2026-03-31');
  await expect(form.getByLabel('Emission factor (kg CO2e per kWh)')).toHaveValue('0');
  await form.getByLabel('Evidence (file name of the certificate or fuel mix disclosure)').fill('octopus-rego-statement-2025.pdf');
  await form.getByRole('button', { name: 'Save contract or certificate' }).click();

  await expect(page.getByText('Saved Octopus Energy, Super Green')).toBeVisible();
  const table = page.getByRole('table', { name: 'Your electricity contracts and certificates' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Octopus Energy/ }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: 'REGO-backed renewable tariff', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Head office', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'GB', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: '1 Apr 2025 to 31 Mar 2026', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'All electricity on this tariff', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'octopus-rego-statement-2025.pdf', exact: true })).toBeVisible();

  // Unbundled REGOs must say how many MWh they cover.
  await page.getByRole('button', { name: 'Add contract or certificate' }).click();
  await form.getByLabel('Type').selectOption({ label: 'REGO certificates bought separately' });
  await expect(form).toContainText('REGOs can be bought without the electricity');
  await form.getByLabel('Supplier', { exact: true }).fill('Certificate Broker Ltd');
  await form.getByLabel('From', { exact: true }).fill('2025-04-01');
  await form.getByLabel('To', { exact: true }).fill('2026-03-31');
  await form.getByRole('button', { name: 'Save contract or certificate' }).click();
  const volume = form.getByLabel('Volume (MWh)');
  await expect(volume).toHaveAttribute('aria-invalid', 'true');
  await expect(volume).toBeFocused();
  await expect(form.getByText('Enter the volume in MWh that the certificates or contract cover')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(table.getByRole('row')).toHaveCount(2);

  // Stored by the server, not just in the page.
  await page.reload();
  await expect(page.getByRole('rowheader', { name: /Octopus Energy/ })).toBeVisible();
});

test('a residual mix is entered with where it comes from', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Green electricity' }).click();
  await expect(page.getByRole('heading', { name: 'Electricity contracts and certificates', level: 1 })).toBeVisible();
  const section = page.getByRole('region', { name: 'Residual mix' });
  await expect(section).toContainText('no verified UK source');
  await expect(section.getByRole('heading', { name: 'No residual mix entered' })).toBeVisible();

  await section.getByRole('button', { name: 'Enter a residual mix' }).click();
  const form = page.getByRole('form', { name: 'New residual mix value' });
  await form.getByLabel('Market').selectOption({ label: 'GB' });
  await form.getByLabel('Year').fill('2025');
  await form.getByLabel('Residual mix factor (kg CO2e per kWh)').fill('0.31');
  await form.getByLabel('Where this value comes from').fill('adviser');
  await form.getByRole('button', { name: 'Save residual mix' }).click();
  await expect(form.getByText(/Say where this value comes from/)).toBeVisible();

  await form.getByLabel('Where this value comes from').fill('Fuel mix disclosure data table 2024-25, residual fuel mix, worked out by our adviser');
  await form.getByRole('button', { name: 'Save residual mix' }).click();
  await expect(page.getByText('Saved the GB 2025 residual mix')).toBeVisible();
  const row = section.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'GB 2025', exact: true }) });
  await expect(row.getByRole('cell', { name: '0.31', exact: true })).toBeVisible();
  await expect(row).toContainText('Fuel mix disclosure data table 2024-25');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Entered GB residual mix 2025: 0.31 kg CO2e/kWh', exact: true })).toBeVisible();
});
