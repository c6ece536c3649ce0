import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi, makeWorkspace } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

function openCalculator() {
  const workspace = makeWorkspace();
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/calculator' });
}

describe('Try a calculation page', () => {
  it('is in the navigation as "Try a calculation"', async () => {
    const workspace = makeWorkspace();
    const { user } = renderApp(createFakeApi({ files: [workspace], currentPath: workspace.path }));
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Try a calculation' }));
    expect(await screen.findByRole('heading', { name: 'Try a calculation', level: 1 })).toBeTruthy();
    expect(window.location.hash).toBe('#/calculator');
  });

  it('finds an activity by search, calculates it and shows the breakdown and where the factors came from', async () => {
    const { user, api } = openCalculator();
    const activity = (await screen.findByLabelText(/^Activity/)) as HTMLSelectElement;
    expect(within(activity).getByRole('group', { name: 'Electricity' })).toBeTruthy();

    await user.type(screen.getByLabelText(/^Search activities/), 'boiler');
    expect(within(activity).queryByRole('option', { name: 'Electricity from the grid (UK)' })).toBeNull();
    await user.clear(screen.getByLabelText(/^Search activities/));

    await user.selectOptions(activity, 'grid-electricity-uk');
    expect(screen.getByText('Electricity from the grid (UK), for tests.')).toBeTruthy();
    await user.type(screen.getByLabelText(/^Amount/), '1,000');
    await user.selectOptions(screen.getByLabelText(/^Unit/), 'kWh');
    await user.clear(screen.getByLabelText(/^From/));
    await user.type(screen.getByLabelText(/^From/), '2024-01-01');
    await user.clear(screen.getByLabelText(/^To/));
    await user.type(screen.getByLabelText(/^To/), '2024-12-31');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));

    const result = await screen.findByRole('region', { name: 'Result' });
    // 1000 × (0.20705 + 0.0183)
    expect(within(result).getByText('225.35 kg CO2e')).toBeTruthy();
    expect(within(result).getByText('(0.225 tonnes CO2e)')).toBeTruthy();
    const rows = within(result).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Electricity generation');
    expect(rows[1]?.textContent).toContain('Scope 2');
    expect(rows[2]?.textContent).toContain('Scope 3 (category 3)');
    expect(api.inputsOf('emissions.preview')).toEqual([{ activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2024-01-01', periodEnd: '2024-12-31' }]);

    await user.click(within(result).getByText('How was this calculated?'));
    expect(within(result).getByText(/1,000 kWh × 0.20705 kg CO2e per kWh =/)).toBeTruthy();
    expect(within(result).getByText(/Row 3060 of the 2024 file \(factor ID 7_400_4000_5_1\)/)).toBeTruthy();
  });

  it('asks for a calorific value when gas is entered in cubic metres', async () => {
    const { user, api } = openCalculator();
    await user.selectOptions(await screen.findByLabelText(/^Activity/), 'natural-gas');
    await user.selectOptions(screen.getByLabelText(/^Unit/), 'm3');
    const cv = screen.getByLabelText(/^Calorific value/);
    await user.clear(cv);
    await user.type(cv, '38.9');
    await user.type(screen.getByLabelText(/^Amount/), '100');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    await screen.findByRole('region', { name: 'Result' });
    expect(api.inputsOf('emissions.preview')[0]).toMatchObject({ unit: 'm3', options: { gasCalorificValueMjPerM3: 38.9 } });
  });

  it('explains missing input in plain words and does not call the backend', async () => {
    const { user, api } = openCalculator();
    await screen.findByLabelText(/^Activity/);
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(screen.getByText('Choose an activity')).toBeTruthy();
    expect(screen.getByText('Enter an amount, such as 1200')).toBeTruthy();
    expect(api.inputsOf('emissions.preview')).toEqual([]);
  });

  it('shows the unverified warning for spend-based factors', async () => {
    const { user } = openCalculator();
    await user.selectOptions(await screen.findByLabelText(/^Activity/), 'spend-sic-47');
    await user.type(screen.getByLabelText(/^Amount/), '2500');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    const result = await screen.findByRole('region', { name: 'Result' });
    expect(within(result).getByText('Unverified source')).toBeTruthy();
    expect(within(result).getByText(/unverified copy of the Defra SIC factors/)).toBeTruthy();
  });
});
