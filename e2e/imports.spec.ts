import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Drops a fixture file on the Import files drop zone the way a file manager would: dragenter, dragover, drop. */
async function dropFixture(page: Page, fixture: string, fileName = fixture) {
  await dropBytes(page, readFileSync(`${FIXTURES}${fixture}`).toString('base64'), fileName);
}

async function dropBytes(page: Page, contentBase64: string, fileName: string) {
  const zone = page.getByTestId('import-drop-zone');
  const dataTransfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type: 'text/csv' }));
      return transfer;
    },
    { name: fileName, base64: contentBase64 },
  );
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

async function openImports(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import files' }).click();
  await expect(page.getByRole('heading', { name: 'Import bills and data', level: 1 })).toBeVisible();
}

const outcomeOf = (page: Page) => page.getByRole('region', { name: /^(Imported|Already imported|Nothing was imported|Some rows overlap)/ });
const statOf = (page: Page, label: string) => outcomeOf(page).locator('dt', { hasText: label }).locator('+ dd');

test('a generic activity CSV dropped on the page is previewed, imported with its emissions, and a second import changes nothing', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await openImports(page);
  await expect(page.getByRole('button', { name: /^Choose a file/ })).toBeVisible();

  // (a) Drag and drop: handled by the page, not by the window-wide workspace drop handler.
  await dropFixture(page, 'electricity-bills-2024.csv');
  const preview = page.getByRole('region', { name: 'electricity-bills-2024.csv' });
  await expect(preview.getByText('Recognised as')).toContainText('CarbonRecycling activity CSV');
  await expect(preview.locator('dt', { hasText: 'Text encoding' }).locator('+ dd')).toHaveText('UTF-8');
  await expect(preview.locator('dt', { hasText: 'Columns separated by' }).locator('+ dd')).toHaveText('commas');
  await expect(preview.getByRole('table')).toContainText('INV-1001');
  await expect(page.getByText('That file was not opened')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/imports-preview.png', fullPage: true });

  await page.getByRole('button', { name: 'Import this file' }).click();
  const outcome = outcomeOf(page);
  await expect(outcome.getByRole('heading', { name: 'Imported electricity-bills-2024.csv' })).toBeFocused();
  await expect(statOf(page, 'Rows read')).toHaveText('2');
  await expect(statOf(page, 'Records imported')).toHaveText('1');
  await expect(statOf(page, 'Rows rejected')).toHaveText('1');
  await expect(statOf(page, 'Duplicates skipped')).toHaveText('0');
  // 1,000 kWh × (0.20705 + 0.0183 + 0.0459 + 0.00397) kg CO2e/kWh, DESNZ 2024, every component.
  await expect(statOf(page, 'Emissions added')).toHaveText('275.22 kg CO2e (0.275 tCO2e)');
  const perActivity = outcome.getByRole('table', { name: 'What was added, by activity (location-based)' });
  await expect(perActivity.getByRole('row', { name: /Electricity from the grid \(UK\)/ })).toContainText('1,000 kWh');
  await expect(perActivity.getByRole('row', { name: /Electricity from the grid \(UK\)/ })).toContainText('275.22 kg CO2e');
  const rejects = outcome.getByRole('table', { name: 'Rejected rows with the column and the reason' });
  await expect(rejects.getByRole('row', { name: /^3 / })).toContainText('quantity');
  await expect(rejects.getByRole('row', { name: /^3 / })).toContainText('"lots" is not a number');
  await page.screenshot({ path: '/tmp/imports-summary.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await outcome.getByRole('button', { name: 'Download rejected rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('electricity-bills-2024-rejected-rows.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('row,column,reason');
  expect(csv).toContain('3,quantity,"quantity ""lots"" is not a number"');

  const history = page.getByRole('table', { name: 'Imported files, newest first' });
  const row = history.getByRole('row', { name: /electricity-bills-2024\.csv/ });
  await expect(row).toContainText('CarbonRecycling activity CSV');
  await expect(row).toContainText('Imported');

  // (b) The same bytes again, under another name: already imported, nothing changes.
  await dropFixture(page, 'electricity-bills-2024.csv', 'bills-copy.csv');
  const again = page.getByRole('region', { name: 'bills-copy.csv' });
  await expect(again.getByRole('note', { name: 'Already imported' })).toContainText('as electricity-bills-2024.csv');
  await page.getByRole('button', { name: 'Import this file' }).click();
  await expect(outcome.getByRole('heading', { name: 'Already imported: nothing changed' })).toBeVisible();
  await expect(outcome).toContainText('nothing was added');
  await expect(history.getByRole('row')).toHaveCount(2); // the header and the one import
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity data' }).click();
  await expect(page.getByText('Showing 1–1 of 1 record')).toBeVisible();
});

test('an unknown layout is mapped in the wizard, saved as a layout, and recognised by name next time', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await openImports(page);

  await dropFixture(page, 'van-fuel-january-2024.csv');
  const preview = page.getByRole('region', { name: 'van-fuel-january-2024.csv' });
  await expect(preview).toContainText('We don’t recognise these columns');
  await expect(preview.locator('dt', { hasText: 'Columns separated by' }).locator('+ dd')).toHaveText('semicolons');

  const wizard = page.getByRole('form', { name: 'Tell the app what each column holds' });
  // Decimal commas are spotted in the file; everything else is the person's choice.
  await expect(wizard.getByLabel('Decimal mark')).toHaveValue(',');
  await wizard.getByRole('button', { name: 'Import with this mapping' }).click();
  await expect(wizard.getByText(/^Still to choose: the date column, the quantity column/)).toBeVisible();
  await expect(wizard.getByLabel('Date column')).toBeFocused();

  await wizard.getByLabel('Date column').selectOption('Fill date');
  await wizard.getByLabel('Quantity column').selectOption('Litres');
  await wizard.getByLabel('Search activities').fill('diesel vehicles');
  await wizard.getByLabel('Activity of every row').selectOption({ label: 'Diesel for company vehicles (average biofuel blend)' });
  await expect(wizard.getByLabel('Unit of every row')).toHaveValue('litre');
  await wizard.getByLabel('Meter column').selectOption('Reg');
  await wizard.getByLabel('Date format').selectOption('dmy');
  await wizard.getByLabel('How good are these numbers?').selectOption('invoice');
  const check = wizard.getByRole('region', { name: 'The first rows, read with these choices' });
  await expect(check).toContainText('These rows read well');
  await expect(check.getByRole('row', { name: /^2 / })).toContainText('3 Jan 2024');
  await expect(check.getByRole('row', { name: /^2 / })).toContainText('45.5');
  await wizard.getByLabel('Save this layout as…').fill('Van fuel log');
  await page.screenshot({ path: '/tmp/imports-wizard.png', fullPage: true });
  await wizard.getByRole('button', { name: 'Import with this mapping' }).click();

  const outcome = outcomeOf(page);
  await expect(outcome.getByRole('heading', { name: 'Imported van-fuel-january-2024.csv' })).toBeVisible();
  await expect(outcome).toContainText('Read as Van fuel log (saved layout)');
  await expect(statOf(page, 'Records imported')).toHaveText('3');
  await expect(outcome.getByRole('row', { name: /Diesel for company vehicles/ })).toContainText('134.5 litres');
  await expect(page.getByRole('region', { name: 'Saved layouts' })).toContainText('Van fuel log');

  // A second file with the same columns is recognised by the saved layout's name.
  await dropFixture(page, 'van-fuel-february-2024.csv');
  const february = page.getByRole('region', { name: 'van-fuel-february-2024.csv' });
  await expect(february.getByText('Recognised as')).toContainText('Van fuel log');
  await page.getByRole('button', { name: 'Import this file' }).click();
  await expect(outcome.getByRole('heading', { name: 'Imported van-fuel-february-2024.csv' })).toBeVisible();
  await expect(outcome.getByRole('row', { name: /Diesel for company vehicles/ })).toContainText('99.5 litres');
  const history = page.getByRole('table', { name: 'Imported files, newest first' });
  await expect(history.getByRole('row', { name: /van-fuel-february-2024\.csv/ })).toContainText('Van fuel log (saved layout)');
});

test('undoing an import from the history removes its records from the Activity data page', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await openImports(page);
  await dropFixture(page, 'electricity-bills-2024.csv');
  await page.getByRole('button', { name: 'Import this file' }).click();
  await expect(outcomeOf(page).getByRole('heading', { name: 'Imported electricity-bills-2024.csv' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Activity data' }).click();
  const record = '1,000 kWh of Electricity from the grid (UK) at Head office, 1 Jan 2024 – 31 Jan 2024';
  await expect(page.getByRole('button', { name: `Show figures for ${record}` })).toBeVisible();

  await openImports(page);
  await page.getByRole('button', { name: 'Undo import of electricity-bills-2024.csv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Undo the import of electricity-bills-2024.csv?' });
  await expect(dialog).toContainText('This removes the 1 activity record imported from electricity-bills-2024.csv');
  await expect(dialog).toContainText('kept in the audit log');
  await page.screenshot({ path: '/tmp/imports-undo.png', fullPage: true });
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Undid the import of electricity-bills-2024.csv: 1 record removed.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Imported files, newest first' }).getByRole('row', { name: /electricity-bills-2024\.csv/ });
  await expect(row).toContainText('Undone');
  await expect(row.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/imports-history.png', fullPage: true });

  await nav.getByRole('link', { name: 'Activity data' }).click();
  await expect(page.getByRole('region', { name: 'No activity data yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Show figures for ${record}` })).toHaveCount(0);
});

test('an Octopus consumption download dropped on the page is recognised and imported as half-hourly readings', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await openImports(page);
  await dropFixture(page, 'octopus-electricity-2024-01-15.csv');
  const preview = page.getByRole('region', { name: 'octopus-electricity-2024-01-15.csv' });
  await expect(preview.getByText('Recognised as')).toContainText('Octopus Energy consumption download');
  await expect(preview.locator('dt', { hasText: 'Rows of data' }).locator('+ dd')).toHaveText('48 (header on row 1)');
  await page.getByRole('button', { name: 'Import this file' }).click();

  const outcome = outcomeOf(page);
  await expect(outcome.getByRole('heading', { name: 'Imported octopus-electricity-2024-01-15.csv' })).toBeVisible();
  await expect(outcome).toContainText('Read as Octopus Energy consumption download');
  await expect(statOf(page, 'Rows read')).toHaveText('48');
  await expect(statOf(page, 'Interval readings')).toHaveText('48');
  await expect(statOf(page, 'Rows rejected')).toHaveText('0');
  // 20.23 kWh over the day × 0.27522 kg CO2e/kWh (DESNZ 2024, every component).
  await expect(statOf(page, 'Emissions added')).toHaveText('5.57 kg CO2e (0.006 tCO2e)');
  await expect(outcome.getByRole('row', { name: /Electricity from the grid \(UK\)/ })).toContainText('20.23 kWh');
  await page.screenshot({ path: '/tmp/imports-octopus.png', fullPage: true });
  const history = page.getByRole('table', { name: 'Imported files, newest first' });
  await expect(history.getByRole('row', { name: /octopus-electricity/ })).toContainText('48 readings');
});

test('a year of half-hourly readings for two meters is previewed and imported through the worker thread', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await openImports(page);
  // 35,040 readings (1.4 MB): over the size the preview reads in the worker, so the built worker bundle is used for both steps.
  const lines = ['MPAN,Timestamp,kWh'];
  for (const mpan of ['1200012345678', '1200087654321']) {
    for (let i = 0; i < 17_520; i++) lines.push(`${mpan},${new Date(Date.UTC(2024, 0, 1) + i * 1_800_000).toISOString().replace('.000Z', 'Z')},0.${(i % 9) + 1}`);
  }
  await dropBytes(page, Buffer.from(`${lines.join('\n')}\n`).toString('base64'), 'two-meters-2024.csv');
  const preview = page.getByRole('region', { name: 'two-meters-2024.csv' });
  await expect(preview.getByText('Recognised as')).toContainText('Half-hourly meter readings (one row per reading)');
  await expect(preview.locator('dt', { hasText: 'Rows of data' }).locator('+ dd')).toHaveText('35,040 (header on row 1)');
  await page.getByRole('button', { name: 'Import this file' }).click();

  const outcome = outcomeOf(page);
  await expect(outcome.getByRole('heading', { name: 'Imported two-meters-2024.csv' })).toBeVisible({ timeout: 30_000 });
  await expect(statOf(page, 'Rows read')).toHaveText('35,040');
  await expect(statOf(page, 'Interval readings')).toHaveText('35,040');
  // A record per meter and month: two meters, twelve months.
  await expect(statOf(page, 'Records imported')).toHaveText('24');
  await expect(statOf(page, 'Days already imported')).toHaveText('0');
  await expect(statOf(page, 'Rows rejected')).toHaveText('0');
  const history = page.getByRole('table', { name: 'Imported files, newest first' });
  await expect(history.getByRole('row', { name: /two-meters-2024/ })).toContainText('35,040 readings');
});
