import { test, expect } from './fixtures';
import { completeOnboarding } from './helpers';

test('a new user completes onboarding and lands on an empty dashboard that says what to do next', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await expect(page.getByText('Acme Widgets Ltd').first()).toBeVisible();
  await expect(page.getByText(/no emissions data yet/i)).toBeVisible();
  await page.getByRole('link', { name: 'Data sources' }).first().click();
  await expect(page.getByRole('heading', { name: 'Data sources', level: 1 })).toBeVisible();
  await expect(page.getByText(/no data sources yet/i)).toBeVisible();
});

test('an invalid postcode is refused with a visible message', async ({ page, app }) => {
  void app;
  await page.getByRole('button', { name: 'Set up your organisation' }).click();
  await page.getByLabel('Organisation name').fill('Acme Widgets Ltd');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Site name').fill('Head office');
  await page.getByLabel('Postcode').fill('NOT A POSTCODE');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(/not a valid UK postcode/i).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create workspace' })).toHaveCount(0);
});

test('editing a site is saved and shows in the audit log with before and after', async ({ page, app }) => {
  void app;
  await completeOnboarding(page);
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: /Edit/ }).first().click();
  await page.getByLabel('Site name').fill('London head office');
  await page.getByLabel('Postcode').fill('NOPE');
  await page.getByRole('button', { name: 'Save site' }).click();
  await expect(page.getByText(/not a valid UK postcode/i).first()).toBeVisible();
  await page.getByLabel('Postcode').fill('EC1A 1BB');
  await page.getByRole('button', { name: 'Save site' }).click();
  await expect(page.getByText('London head office').first()).toBeVisible();

  await page.getByRole('link', { name: 'Audit log' }).first().click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Updated site London head office', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Created organisation Acme Widgets Ltd', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Show changes for Updated site London head office' }).click();
  const changes = page.getByRole('table').last();
  await expect(changes.getByRole('cell', { name: 'Head office', exact: true })).toBeVisible();
  await expect(changes.getByRole('cell', { name: 'London head office', exact: true })).toBeVisible();
  await expect(changes.getByRole('cell', { name: 'EC1A 1BB', exact: true })).toBeVisible();
});

test('the open workspace is still there after a reload', async ({ page, app }) => {
  void app;
  await completeOnboarding(page, 'Beta Bakery');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByText('Beta Bakery').first()).toBeVisible();
});

test('the server refuses a browser that did not open the printed address', async ({ browser, app }) => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  const response = await page.goto(app.baseUrl);
  expect(response?.status()).toBe(401);
  await expect(page.getByText(/Open the address printed by/)).toBeVisible();
  const rpc = await page.request.post(`${app.baseUrl}/rpc/app.info`, { data: {} });
  expect(rpc.status()).toBe(401);
  await stranger.close();
});

test('a file dropped on the window is explained, not lost', async ({ page, app }) => {
  void app;
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['date,kwh\n'], 'bill.csv', { type: 'text/csv' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('"bill.csv" is not a workspace file');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
