import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Imports a fixture through the Import files page (the drop zone, as a file manager would drop it). */
async function importFixture(page: Page, fixture: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import files' }).click();
  await expect(page.getByRole('heading', { name: 'Import bills and data', level: 1 })).toBeVisible();
  const contentBase64 = readFileSync(`${FIXTURES}${fixture}`).toString('base64');
  const zone = page.getByTestId('import-drop-zone');
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: 'text/csv' }));
      return transfer;
    },
    { name: fixture, base64: contentBase64 },
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await page.getByRole('button', { name: 'Import this file' }).click();
  await expect(page.getByRole('heading', { name: `Imported ${fixture}` })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('SECR: preview from imported bills, publish, reopen and download PDF, Excel and CSV', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await importFixture(page, 'reports-energy-2024.csv');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await page.getByLabel('Report', { exact: true }).selectOption('secr');
  await page.getByLabel('Reporting year').selectOption('2024');
  const report = page.getByRole('article', { name: 'Streamlined Energy and Carbon Reporting (SECR) 2024' });
  // 60,000 kWh electricity + 30,000 kWh gas; DESNZ 2024: 60,000 × 0.20705 = 12.42 t, 30,000 × 0.1829 = 5.49 t.
  await expect(report.getByText('90,000 kWh').first()).toBeVisible();
  await expect(report.getByText('12.42 t CO2e').first()).toBeVisible();
  await expect(report.getByText('5.49 t CO2e').first()).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Problems with this report' })).toContainText('No energy-efficiency actions are recorded');
  await page.screenshot({ path: '/tmp/reports-preview.png', fullPage: false });

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText(/^Published “Streamlined Energy and Carbon Reporting \(SECR\) 2024” on/)).toBeVisible();
  await page.getByRole('button', { name: /^Open Streamlined Energy and Carbon Reporting \(SECR\) 2024, published/ }).click();
  await expect(page.getByText(/You are reading the published report/)).toBeVisible();

  const pdf = await download(page, 'Download PDF');
  expect(pdf.name).toBe('SECR-2024-Acme-Widgets-Ltd.pdf');
  expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  const xlsx = await download(page, 'Download Excel');
  expect(xlsx.name).toBe('SECR-2024-Acme-Widgets-Ltd.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('SECR-2024-Acme-Widgets-Ltd.csv');
  expect(csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Report,Streamlined Energy and Carbon Reporting (SECR) 2024');
});
