import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeOrganisation, makeSite, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

function open(hash: string) {
  const workspace = makeWorkspace({
    organisation: makeOrganisation({ name: 'Acme Widgets Ltd', reportingYearStartMonth: 4 }),
    sites: [makeSite({ name: 'Head office' }), makeSite({ name: 'Depot', postcode: 'LS1 4DT' }), makeSite({ name: 'Shop', postcode: 'M1 1AE' })],
  });
  return renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }), { hash });
}

describe('empty states', () => {
  it('dashboard: says there is no emissions data yet and points to Data sources', async () => {
    const { user } = open('#/dashboard');
    const empty = await screen.findByRole('region', { name: 'No emissions data yet' });
    expect(empty.textContent).toMatch(/What to do next: add a data source/);
    expect(empty.textContent).toMatch(/import the bills/);

    const summary = screen.getByRole('region', { name: 'Workspace summary' });
    const stat = (label: string) => within(summary).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(stat('Organisation')).toBe('Acme Widgets Ltd');
    expect(stat('Sites')).toMatch(/^3\b/);
    const today = new Date();
    const startYear = today.getMonth() + 1 >= 4 ? today.getFullYear() : today.getFullYear() - 1;
    expect(stat('Current reporting year')).toBe(`1 April ${startYear} – 31 March ${startYear + 1}`);

    await user.click(within(empty).getByRole('link', { name: 'Go to Data sources' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Data sources' })).toBeTruthy();
  });

  it('data sources: explains what will arrive and what to do now, with no fake data', async () => {
    open('#/data-sources');
    const empty = await screen.findByRole('region', { name: 'No data sources yet' });
    expect(empty.textContent).toMatch(/Today, add data by importing the CSV files/);
    expect(empty.textContent).toMatch(/Connecting an energy supplier will arrive here/);
    expect(within(empty).getByRole('link', { name: 'Import bills and data' }).getAttribute('href')).toBe('#/imports');
    expect(within(empty).getByRole('heading', { name: 'What you can do now' })).toBeTruthy();
    expect(within(empty).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('unknown addresses get a page-not-found heading', async () => {
    open('#/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });
});
