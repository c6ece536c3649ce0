import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { completeOnboarding } from './helpers';

test('back up now, preview the backup, export the workspace, and export the filtered audit log', async ({ page, app }) => {
  void app; // starts the server and opens the app
  await completeOnboarding(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up \(\d+\.\d MB\)\.$/)).toBeVisible();
  const table = page.getByRole('table', { name: /Backups of this workspace/ });
  const manualRow = table.getByRole('row').filter({ hasText: 'Made by hand' });
  await expect(manualRow).toHaveCount(1);
  await expect(manualRow).toContainText('Acme Widgets Ltd');

  await manualRow.getByRole('button', { name: /^Preview/ }).click();
  const preview = page.getByRole('region', { name: 'What this backup contains' });
  await expect(preview.getByText('Head office')).toBeVisible();
  await expect(preview.getByText('Passed')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Restore this backup' })).toBeEnabled();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export workspace for your accountant' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^acme-widgets-ltd-\d{4}-\d{2}-\d{2}\.crworkspace$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  await expect(page.getByText(/^Downloaded acme-widgets-ltd-.*\.crworkspace/)).toBeVisible();

  // The accountant's side: the exported file opened again (gzip-compressed by the browser on upload).
  await page.getByLabel('Open a workspace file').setInputFiles(await download.path());
  await expect(page.getByText(/It is saved in your workspaces folder as acme-widgets-ltd-2\.sqlite/)).toBeVisible();
  // Now the copy is open: its backups are its own (at most today's automatic one), not the original's.
  await expect(page.getByRole('row').filter({ hasText: 'Made by hand' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.getByLabel('Record type').selectOption({ label: 'Backups' });
  await expect(page.getByText(/^Showing 1–\d+ of \d+ change/)).toBeVisible();
  await expect(page.getByRole('table', { name: /Changes to this workspace/ })).toContainText('Backed up the workspace by hand');
  await page.getByLabel('Search').fill('by hand');
  await expect(page.getByText('Showing 1–1 of 1 change')).toBeVisible();

  const csvDownloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvFile = await csvDownloading;
  expect(csvFile.suggestedFilename()).toMatch(/^acme-widgets-ltd-2-audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await csvFile.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toBe('when_utc,who,action,record_type,record_id,what,before_json,after_json');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('Backed up the workspace by hand');
});
