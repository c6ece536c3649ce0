import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Runs the setup wizard with one site and waits for the dashboard. */
export async function completeOnboarding(page: Page, organisation = 'Acme Widgets Ltd') {
  await page.getByRole('button', { name: 'Set up your organisation' }).click();
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByLabel('Companies House number (optional)').fill('1234567');
  await page.getByLabel('Reporting year starts in').selectOption({ label: 'April' });
  await page.getByLabel('Base year').fill('2024');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Site name').fill('Head office');
  await page.getByLabel('Postcode').fill('sw1a 1aa');
  await page.getByLabel('Floor area (m², optional)').fill('420');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
}
