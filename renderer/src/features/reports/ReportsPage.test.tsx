import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyReportInputs } from '../../../../shared/domain/reports';
import { reportingYearFor } from '../../lib/dates';
import { createFakeApi, makeWorkspace } from '../../test/fake-api';
import { makeReportDocument, type FakeReports } from '../../test/fake-reports';
import { descriptionOf, renderApp } from '../../test/render-app';
import { captureDownloads } from '../../test/downloads';

// The page opens on the last complete reporting year (the organisation starts its year in April).
const year = reportingYearFor(4, new Date()).start.getUTCFullYear() - 1;

function openReports(reports: Partial<FakeReports> = {}) {
  const workspace = makeWorkspace({
    reports: { documents: { [`secr-${year}`]: makeReportDocument({ reportingYear: year, title: `Streamlined Energy and Carbon Reporting (SECR) ${year}` }) }, published: [], inputs: emptyReportInputs, actions: [], ...reports },
  });
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/reports' });
}

const downloads = captureDownloads();

async function lastDownload() {
  const { fileName, type, bytes } = await downloads.last();
  return { fileName, type, text: new TextDecoder().decode(bytes) };
}

describe('Reports page', () => {
  it('is in the navigation and previews the SECR report with its problems listed first', async () => {
    openReports();
    expect(await screen.findByRole('heading', { level: 1, name: 'Reports' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reports' }).getAttribute('aria-current')).toBe('page');
    expect((screen.getByLabelText('Report') as HTMLSelectElement).value).toBe('secr');
    expect((screen.getByLabelText('Reporting year') as HTMLSelectElement).value).toBe(String(year));
    const problems = await screen.findByRole('alert', { name: 'Problems with this report' });
    expect(problems.textContent).toContain('No energy-efficiency actions are recorded');
    expect(screen.getByText('Nothing has been published yet. Check the preview below, then choose Publish.')).toBeTruthy();
  });

  it('publishes, lists and reopens the frozen report, and downloads it', async () => {
    const { user, api } = openReports();
    await screen.findByRole('alert', { name: 'Problems with this report' });
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/^Published “Streamlined Energy and Carbon Reporting \(SECR\) \d{4}” on/)).toBeTruthy();
    expect(api.inputsOf('reports.publish')).toEqual([{ kind: 'secr', year }]);
    const open = await screen.findByRole('button', { name: /^Open Streamlined Energy and Carbon Reporting \(SECR\) \d{4}, published/ });
    await user.click(open);
    expect(await screen.findByText(/You are reading the published report/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(api.inputsOf('reports.export')).toHaveLength(1));
    expect(api.inputsOf('reports.export')[0]).toEqual({ id: expect.stringMatching(/^report-/), format: 'pdf' });
    expect(await lastDownload()).toEqual({ fileName: `SECR-${year}-Acme-Widgets-Ltd.pdf`, type: 'application/pdf', text: `fake pdf of Streamlined Energy and Carbon Reporting (SECR) ${year}` });
    expect(await screen.findByText(`Downloaded SECR-${year}-Acme-Widgets-Ltd.pdf`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Back to the preview/ }));
    await user.click(screen.getByRole('button', { name: 'Download Excel' }));
    await waitFor(() => expect(api.inputsOf('reports.export')).toHaveLength(2));
    expect(api.inputsOf('reports.export')[1]).toEqual({ kind: 'secr', year, format: 'xlsx' });
  });

  it('says what to do when a year has no data', async () => {
    const { user } = openReports();
    await screen.findByRole('alert', { name: 'Problems with this report' });
    await user.selectOptions(screen.getByLabelText('Report'), 'crp');
    expect(await screen.findByRole('heading', { name: /^Nothing to report for/ })).toBeTruthy();
    expect(screen.getByText(`There is no activity data in reporting year ${year}. Import or add data for that year first.`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import your data' }).getAttribute('href')).toBe('#/imports');
    expect(screen.getByRole('button', { name: 'Publish' }).hasAttribute('disabled')).toBe(true);
  });

  it('saves report details, refusing a sign-off without its date', async () => {
    const { user, api } = openReports();
    await user.click(await screen.findByRole('button', { name: 'Report details' }));
    await user.type(await screen.findByLabelText('Director’s name'), 'Jo Bloggs');
    await user.type(screen.getByLabelText('Role'), 'Managing Director');
    await user.click(screen.getByRole('button', { name: 'Save report details' }));
    const date = screen.getByLabelText('Date approved');
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(descriptionOf(date)).toContain('Enter the date the board approved the report');
    await user.type(date, '2025-05-20');
    await user.type(screen.getByLabelText('Net zero by (year)'), '2045');
    await user.type(screen.getByLabelText('Commitment'), 'Net zero across our UK operations.');
    await user.type(screen.getByLabelText('Scope 3 category 4: upstream transport and distribution'), 'We buy no freight');
    await user.click(screen.getByRole('button', { name: 'Add a target' }));
    await user.type(screen.getByLabelText('Target 1: description'), 'Halve Scope 1 and 2');
    await user.type(screen.getByLabelText('Target 1: reduction (%)'), '50');
    await user.click(screen.getByRole('button', { name: 'Save report details' }));
    expect(await screen.findByText('Report details saved')).toBeTruthy();
    expect(api.inputsOf('reportInputs.update').at(-1)).toMatchObject({
      signOff: { name: 'Jo Bloggs', role: 'Managing Director', date: '2025-05-20' },
      netZeroCommitment: { targetYear: 2045, statement: 'Net zero across our UK operations.' },
      zeroExplanations: { cat4: 'We buy no freight' },
      targets: [{ description: 'Halve Scope 1 and 2', scopes: 'scope1-2', baselineYear: 2025, targetYear: 2030, reductionPct: 50 }],
    });
  });

  it('adds, edits and deletes energy-saving actions', async () => {
    const { user, api } = openReports();
    await user.click(await screen.findByRole('button', { name: 'Energy-saving actions' }));
    expect(await screen.findByRole('heading', { name: 'No energy-saving actions yet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('Title'), 'LED lighting');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    const completed = screen.getByLabelText('Completed on');
    expect(descriptionOf(completed)).toContain('Enter the date it was completed');
    await user.type(completed, '2025-01-31');
    await user.type(screen.getByLabelText('Estimated saving (kWh a year)'), '8,000');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(await screen.findByText('Saved “LED lighting”')).toBeTruthy();
    expect(api.inputsOf('reductionActions.create')).toEqual([expect.objectContaining({ title: 'LED lighting', status: 'completed', completedOn: '2025-01-31', estimatedSavingKwh: 8000, siteId: null })]);
    expect(screen.getByRole('cell', { name: '31 Jan 2025' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edit LED lighting' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'LED lighting throughout');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved “LED lighting throughout”')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete LED lighting throughout' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “LED lighting throughout”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete action' }));
    expect(await screen.findByText('Deleted “LED lighting throughout”')).toBeTruthy();
    expect(api.current()?.reports?.actions).toEqual([]);
  });
});
