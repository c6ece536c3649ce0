import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportTable } from '../../../../shared/domain/report-document';
import { ReportView } from './ReportView';

const emissionsTable: ReportTable = {
  kind: 'table',
  id: 'emissions-by-source',
  title: 'Emissions by source',
  columns: [
    { key: 'source', label: 'Source', unit: null, format: 'text', decimals: 0 },
    { key: 'quantity', label: 'Quantity', unit: 'kWh', format: 'number', decimals: 0 },
    { key: 'co2eT', label: 'Emissions', unit: 't CO₂e', format: 'number', decimals: 2 },
    { key: 'share', label: 'Share', unit: null, format: 'percent', decimals: 1 },
  ],
  rows: [
    { source: 'Grid electricity', quantity: 120500.4, co2eT: 24.9503, share: 0.6262 },
    { source: 'Natural gas', quantity: 81000, co2eT: 14.8, share: 0.3738 },
  ],
  totals: { source: null, quantity: null, co2eT: 39.7503, share: 1 },
  footnote: 'Electricity is location-based.',
  recompute: null,
};

function documentWith(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'secr',
    title: 'SECR energy and carbon report 2024',
    organisationName: 'Acme Widgets Ltd',
    companiesHouseNumber: '01234567',
    reportingYear: 2024,
    periodStart: '2024-04-01',
    periodEnd: '2025-03-31',
    generatedAt: '2025-05-02T09:30:00.000Z',
    runId: 'run-7',
    runNumber: 7,
    inputsSha256: 'a3f1c9e2b4d6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4',
    sample: false,
    warnings: [],
    sections: [
      {
        id: 'summary',
        title: 'Summary',
        blocks: [
          { kind: 'paragraph', text: 'Acme Widgets Ltd used 201,500 kWh of energy in the year.' },
          {
            kind: 'keyFigures',
            items: [
              { label: 'Total emissions', value: 39.7503, unit: 't CO₂e', decimals: 1, note: 'Scope 1 and 2, location-based' },
              { label: 'Intensity', value: null, unit: 't CO₂e per employee', decimals: 2, note: null },
            ],
          },
          emissionsTable,
          {
            kind: 'chart',
            title: 'Emissions by scope',
            chartType: 'stackedBar',
            unit: 't CO₂e',
            categories: ['2023', '2024'],
            series: [
              { name: 'Scope 1', values: [16.2, 14.8] },
              { name: 'Scope 2', values: [27.1, 24.9503] },
            ],
          },
          { kind: 'warning', text: 'Two gas bills were estimated by the supplier.' },
          { kind: 'signOff', name: null, role: 'Director', date: null, statement: 'Approved by the board.' },
        ],
      },
    ],
    ...overrides,
  };
}

describe('ReportView', () => {
  it('shows the heading facts: title, organisation, period, run and a short inputs hash', () => {
    render(<ReportView document={documentWith()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'SECR energy and carbon report 2024' })).toBeTruthy();
    expect(screen.getByText('Acme Widgets Ltd')).toBeTruthy();
    expect(screen.getByText('1 Apr 2024 – 31 Mar 2025')).toBeTruthy();
    expect(screen.getByText('Run 7')).toBeTruthy();
    expect(screen.getByText('a3f1c9e2b4d6')).toBeTruthy();
    expect(screen.queryByText(/SAMPLE DATA/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts the sample banner and the warnings first', () => {
    const { container } = render(<ReportView document={documentWith({ sample: true, warnings: ['No intensity ratio: add your employee count in Settings.', 'Run 7 is not the latest run.'] })} />);
    const banner = screen.getByText(/SAMPLE DATA/);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('2 problems to fix before you publish this report')).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['No intensity ratio: add your employee count in Settings.', 'Run 7 is not the latest run.']);
    const summary = screen.getByRole('heading', { level: 3, name: 'Summary' });
    // Both come before the first section in reading order.
    expect(banner.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(alert.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.report-sample-banner')).toBe(container.firstElementChild?.firstElementChild);
  });

  it('formats key figures to their decimals with their unit, and says when one is missing', () => {
    render(<ReportView document={documentWith()} />);
    expect(screen.getByText('39.8 t CO₂e')).toBeTruthy();
    expect(screen.getByText('Scope 1 and 2, location-based')).toBeTruthy();
    expect(screen.getByText('Not available')).toBeTruthy();
  });

  it('renders tables with a caption, units in the headers, right-aligned numbers and a bold totals row', () => {
    render(<ReportView document={documentWith()} />);
    const table = screen.getByRole('table', { name: 'Emissions by source' });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Source', 'Quantity (kWh)', 'Emissions (t CO₂e)', 'Share']);
    const cell = within(table).getByText('24.95');
    expect(cell?.classList.contains('numeric')).toBe(true);
    expect(within(table).getByText('120,500')).toBeTruthy();
    expect(within(table).getByText('62.6%')).toBeTruthy();
    const totals = table.querySelector('tfoot tr');
    expect(totals?.classList.contains('report-totals')).toBe(true);
    expect(within(totals as HTMLElement).getByText('Total')).toBeTruthy();
    expect(within(totals as HTMLElement).getByText('39.75')).toBeTruthy();
    expect(within(totals as HTMLElement).getByText('100.0%')).toBeTruthy();
    expect(screen.getByText('Electricity is location-based.')).toBeTruthy();
  });

  it('never puts a 20,000-row table in the page: 200 rows at a time, with the spreadsheet for all', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ source: `Meter ${i + 1}`, quantity: i, co2eT: i / 1000, share: 0 }));
    const big: ReportTable = { ...emissionsTable, id: 'big', title: 'Every reading', rows, totals: null };
    render(<ReportView document={documentWith({ sections: [{ id: 's', title: 'Readings', blocks: [big] }] })} />);
    const table = screen.getByRole('table', { name: 'Every reading' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 200);
    expect(screen.getByText('Showing 1–200 of 20,000 rows')).toBeTruthy();
    expect(screen.getByText(/Download the spreadsheet to see every row/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(within(table).getByText('Meter 201')).toBeTruthy();
    expect(within(table).queryByText('Meter 1')).toBeNull();
  });

  it('draws charts and gives their figures as a table too', () => {
    const { container } = render(<ReportView document={documentWith()} />);
    expect(screen.getByText('Emissions by scope (t CO₂e)')).toBeTruthy();
    expect(container.querySelector('.report-chart-canvas svg')).not.toBeNull();
    const figures = screen.getByRole('table', { name: 'Emissions by scope (t CO₂e): the figures' });
    expect(within(figures).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Category', 'Scope 1 (t CO₂e)', 'Scope 2 (t CO₂e)']);
    expect(within(figures).getByText('24.95')).toBeTruthy();
  });

  it('shows in-section warnings and the sign-off, saying what is still to be done', () => {
    render(<ReportView document={documentWith()} />);
    expect(screen.getByText('Two gas bills were estimated by the supplier.')).toBeTruthy();
    expect(screen.getByText('Approved by the board.')).toBeTruthy();
    expect(screen.getAllByText('Not yet signed')).toHaveLength(2);
    expect(screen.getByText('Director')).toBeTruthy();
  });
});
