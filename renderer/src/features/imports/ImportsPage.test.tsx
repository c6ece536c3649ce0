import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { AppProviders } from '../../AppProviders';
import { setApi } from '../../lib/bridge';
import { createQueryClient } from '../../lib/query-client';
import { createFakeApi, makeSite, makeWorkspace, type FakeApi } from '../../test/fake-api';
import { makeImportOutcome, makeImportPreview, type FakeImports } from '../../test/fake-imports';
import { descriptionOf, renderApp } from '../../test/render-app';
import { FileDropZone } from '../workspace/FileDropZone';
import { ImportProgress, useImportProgress } from './ImportProgress';
import { captureDownloads } from '../../test/downloads';

const headOffice = makeSite({ id: 'site-hq', name: 'Head office' });
const depot = makeSite({ id: 'site-depot', name: 'Depot', postcode: 'LS1 4DT' });

const BILLS = 'period_start,period_end,activity,quantity,unit,meter\n2024-01-01,2024-01-31,grid-electricity-uk,1000,kWh,M1\n';
// 1,000 kWh × (0.20705 + 0.0183 + 0.0459 + 0.00397) kg CO2e/kWh, DESNZ 2024.
const BILLS_KG = 1000 * (0.20705 + 0.0183 + 0.0459 + 0.00397);

function openImports(imports: FakeImports, sites = [headOffice]) {
  const workspace = makeWorkspace({ sites, imports });
  const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
  return renderApp(api, { hash: '#/imports' });
}

function csvFile(name: string, content: string) {
  return new File([content], name, { type: 'text/csv' });
}

/** A drop as the browser fires it: a DataTransfer holding files. */
function dropOn(target: Element, file: File) {
  const dataTransfer = { files: [file], types: ['Files'], dropEffect: 'none' };
  fireEvent.dragEnter(target, { dataTransfer });
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
}

async function dropZone() {
  return screen.findByTestId('import-drop-zone');
}

const downloads = captureDownloads();
const blobs = downloads.blobs;

/** The last download: its file name and text (without the byte-order mark added for Excel). */
async function lastDownload() {
  const { fileName, bytes } = await downloads.last();
  // TextDecoder drops a leading byte-order mark, so look for it in the bytes.
  return { fileName, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, text: new TextDecoder().decode(bytes) };
}

describe('Import bills and data page', () => {
  it('is in the navigation, and the Data sources page points to it', async () => {
    const { user } = openImports({ previews: {}, outcomes: {}, history: [] });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await screen.findByRole('heading', { name: 'Import bills and data', level: 1 })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Import files' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Drop a CSV file here, or choose a file')).toBeTruthy();
    const input = (await dropZone()).querySelector('input[type="file"]');
    expect(input?.getAttribute('accept')).toBe('.csv,.txt,text/csv');
    expect(input?.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('button', { name: /^Choose a file…/ })).toBeTruthy();
    expect(await screen.findByText('No files have been imported yet.')).toBeTruthy();

    await user.click(within(nav).getByRole('link', { name: 'Data sources' }));
    const empty = await screen.findByRole('region', { name: 'No data sources yet' });
    await user.click(within(empty).getByRole('link', { name: 'Import bills and data' }));
    expect(await screen.findByRole('heading', { name: 'Import bills and data', level: 1 })).toBeTruthy();
  });

  it('drop → preview → import → summary, with the rejected rows downloadable from the backend', async () => {
    const imports: FakeImports = {
      previews: { 'bills.csv': makeImportPreview({ preamble: ['Account 1234', 'Statement date 01/02/2024'], skipped: [{ rowNumber: 6, reason: 'a total row' }] }) },
      outcomes: {
        'bills.csv': makeImportOutcome({
          rowsTotal: 2,
          rowsImported: 1,
          rowsRejected: 1,
          rejects: [{ rowNumber: 3, column: 'quantity', reason: 'quantity "lots" is not a number' }],
          warnings: ['Skipped 2 line(s) above the header'],
          perActivity: [{ activityId: 'grid-electricity-uk', unit: 'kWh', quantity: 1000, co2eKg: BILLS_KG }],
          co2eKgAdded: BILLS_KG,
        }),
      },
      history: [],
    };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('bills.csv', BILLS));

    const preview = await screen.findByRole('region', { name: 'bills.csv' });
    expect(api.inputsOf('imports.preview')).toEqual([{ fileName: 'bills.csv', contentBase64: btoa(BILLS) }]);
    await waitFor(() => expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'bills.csv' })));
    const fact = (label: string) => within(preview).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Size')).toBe('188 bytes');
    expect(fact('Text encoding')).toBe('UTF-8');
    expect(fact('Columns separated by')).toBe('commas');
    expect(preview.textContent).toContain('Recognised as CarbonRecycling activity CSV.');
    expect(preview.textContent).toContain('2 lines above the header were skipped');
    expect(preview.textContent).toContain('Row 6: a total row');
    const sample = within(preview).getByRole('table', { name: 'All 2 rows, as in the file' });
    expect(within(sample).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2', '3']);
    // One site: nothing to ask.
    expect(screen.queryByLabelText(/^Site for every row/)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import this file' }));
    const outcome = await screen.findByRole('region', { name: 'Imported bills.csv' });
    expect(api.inputsOf('imports.run')).toEqual([{ fileName: 'bills.csv', contentBase64: btoa(BILLS), options: { decimalMark: '.' } }]);
    const stat = (label: string) => within(outcome).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(stat('Rows read')).toBe('2');
    expect(stat('Records imported')).toBe('1');
    expect(stat('Rows rejected')).toBe('1');
    expect(stat('Duplicates skipped')).toBe('0');
    expect(stat('Emissions added')).toBe('275.22 kg CO2e (0.275 tCO2e)');
    expect(within(outcome).queryByText('Interval readings')).toBeNull();
    const perActivity = within(outcome).getByRole('table', { name: 'What was added, by activity (location-based)' });
    expect(within(perActivity).getByRole('row', { name: /Electricity from the grid \(UK\)/ }).textContent).toContain('1,000 kWh');
    expect(outcome.textContent).toContain('Skipped 2 line(s) above the header');
    const rejects = within(outcome).getByRole('table', { name: 'Rejected rows with the column and the reason' });
    expect(within(rejects).getAllByRole('row')[1]?.textContent).toBe('3quantityquantity "lots" is not a number');
    expect(screen.queryByRole('region', { name: 'bills.csv' })).toBeNull();

    await user.click(within(outcome).getByRole('button', { name: 'Download rejected rows (CSV)' }));
    await waitFor(() => expect(api.inputsOf('imports.rejectsCsv')).toEqual([{ id: 'import-1' }]));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(await lastDownload()).toEqual({ fileName: 'bills-rejected-rows.csv', bom: true, text: 'row,column,reason\r\n3,quantity,"quantity ""lots"" is not a number"' });

    const history = await screen.findByRole('table', { name: 'Imported files, newest first' });
    const row = within(history).getByRole('row', { name: /bills\.csv/ });
    expect(row.textContent).toContain('CarbonRecycling activity CSV');
    expect(row.textContent).toContain('Imported');
  });

  it('reads a file chosen with the button’s file input, and says when it was imported before', async () => {
    const imports: FakeImports = {
      previews: { 'copy.csv': makeImportPreview({ fileName: 'copy.csv' }) },
      outcomes: { 'copy.csv': makeImportOutcome({ fileName: 'copy.csv' }) },
      history: [
        {
          id: 'import-9', fileName: 'bills.csv', sha256: 'sha-bills', sizeBytes: 188, encoding: 'utf-8', profileId: 'generic-activity', importedAt: '2026-11-20T10:15:00.000Z',
          status: 'imported', undoneAt: null, rowsTotal: 2, rowsImported: 1, rowsRejected: 0, rowsDuplicate: 0, intervalsImported: 0, warnings: [],
        },
      ],
    };
    const { user, api } = openImports(imports);
    const input = (await dropZone()).querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, csvFile('copy.csv', BILLS));

    const note = await screen.findByRole('note', { name: 'Already imported' });
    expect(note.textContent).toContain('The same file was imported on 20 Nov 2026');
    expect(note.textContent).toContain('as bills.csv');
    expect(note.textContent).toContain('Importing it again changes nothing');
    await user.click(screen.getByRole('button', { name: 'Import this file' }));
    const outcome = await screen.findByRole('region', { name: 'Already imported: nothing changed' });
    expect(outcome.textContent).toContain('as bills.csv');
    expect(outcome.textContent).toContain('nothing was added');
    expect(api.current()?.imports?.history).toHaveLength(1);
  });

  it('refuses workbooks and files over 25 MB before reading them, pointing big files to the command line', async () => {
    const { api } = openImports({ previews: {}, outcomes: {}, history: [] });
    dropOn(await dropZone(), csvFile('bills.xlsx', 'PK'));
    expect((await screen.findByRole('alert')).textContent).toContain('save it as CSV');

    const big = csvFile('half-hourly.csv', 'x');
    Object.defineProperty(big, 'size', { value: 25 * 1024 * 1024 + 1 });
    dropOn(await dropZone(), big);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('larger than 25 MB: import it with the command line (carbonrecycling import)'));
    expect(api.inputsOf('imports.preview')).toEqual([]);
  });

  it('asks for the site when the workspace has several and the file has none', async () => {
    const imports: FakeImports = { previews: { 'bills.csv': makeImportPreview() }, outcomes: { 'bills.csv': makeImportOutcome() }, history: [] };
    const { user, api } = openImports(imports, [headOffice, depot]);
    dropOn(await dropZone(), csvFile('bills.csv', BILLS));
    const site = await screen.findByLabelText(/^Site for every row/);
    await user.selectOptions(screen.getByLabelText(/^Date format/), 'mdy');
    await user.click(screen.getByRole('button', { name: 'Import this file' }));
    expect(descriptionOf(site)).toContain('Choose the site these rows belong to');
    expect(document.activeElement).toBe(site);
    expect(api.inputsOf('imports.run')).toEqual([]);

    await user.selectOptions(site, 'Depot');
    await user.click(screen.getByRole('button', { name: 'Import this file' }));
    await screen.findByRole('region', { name: 'Imported bills.csv' });
    expect(api.inputsOf('imports.run')[0]?.options).toEqual({ siteId: 'site-depot', dateFormat: 'mdy', decimalMark: '.' });
  });

  it('sends the meter fuel and the gas calorific value when they are given', async () => {
    const imports: FakeImports = { previews: { 'bills.csv': makeImportPreview() }, outcomes: { 'bills.csv': makeImportOutcome() }, history: [] };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('bills.csv', BILLS));
    await user.selectOptions(await screen.findByLabelText(/^The meter in this file measures/), 'gas');
    await user.type(screen.getByLabelText(/^Gas calorific value/), '39,5');
    await user.click(screen.getByRole('button', { name: 'Import this file' }));
    await screen.findByRole('region', { name: 'Imported bills.csv' });
    expect(api.inputsOf('imports.run')[0]?.options).toEqual({ decimalMark: '.', meterFuel: 'gas', gasCalorificValueMjPerM3: 39.5 });
  });

  it('maps an unknown layout in the wizard and sends exactly that mapping, saved under its name', async () => {
    const header = ['Read date', 'kWh used', 'MPRN', 'Notes'];
    const imports: FakeImports = {
      previews: {
        'gas-reads.csv': makeImportPreview({
          fileName: 'gas-reads.csv',
          sha256: 'sha-gas',
          delimiter: ';',
          header,
          sampleRows: [
            { rowNumber: 2, cells: ['03/01/2024', '1.234,5', '7654321', 'January'] },
            { rowNumber: 3, cells: ['13/02/2024', 'n/a', '7654321', 'February'] },
          ],
          profile: null,
        }),
      },
      outcomes: {
        'gas-reads.csv': makeImportOutcome({
          fileName: 'gas-reads.csv',
          profileId: 'mapping',
          rowsTotal: 2,
          rowsImported: 1,
          rowsRejected: 1,
          rejects: [{ rowNumber: 3, column: 'kWh used', reason: 'quantity "n/a" is not a number' }],
          perActivity: [{ activityId: 'natural-gas', unit: 'kWh', quantity: 1234.5, co2eKg: 225.79 }],
          co2eKgAdded: 225.79,
        }),
      },
      history: [],
    };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('gas-reads.csv', 'Read date;kWh used;MPRN;Notes\n'));
    const preview = await screen.findByRole('region', { name: 'gas-reads.csv' });
    expect(preview.textContent).toContain('We don’t recognise these columns.');
    const wizard = await screen.findByRole('form', { name: 'Tell the app what each column holds' });
    // "1.234,5" and no decimal points: the file uses decimal commas.
    expect((within(wizard).getByLabelText(/^Decimal mark/) as HTMLSelectElement).value).toBe(',');

    // Nothing chosen: the missing choices are named, under their fields and in one line.
    await user.click(within(wizard).getByRole('button', { name: 'Import with this mapping' }));
    const dateColumn = within(wizard).getByLabelText(/^Date column/);
    expect(descriptionOf(dateColumn)).toContain('Choose the column with the date of each row');
    expect(document.activeElement).toBe(dateColumn);
    expect(within(wizard).getByText(/^Still to choose:/).textContent).toBe(
      'Still to choose: the date column, the quantity column, the unit every row is in, the activity every row is, how good the numbers are.',
    );
    expect(api.inputsOf('imports.run')).toEqual([]);

    await user.selectOptions(dateColumn, 'Read date');
    const quantity = within(wizard).getByLabelText(/^Quantity column/);
    expect(within(quantity).getByRole('option', { name: 'kWh used (e.g. 1.234,5)' })).toBeTruthy();
    await user.selectOptions(quantity, 'kWh used');
    await user.selectOptions(within(wizard).getByLabelText(/^Activity of every row/), 'natural-gas');
    expect((within(wizard).getByLabelText(/^Unit of every row/) as HTMLSelectElement).value).toBe('kWh');
    await user.selectOptions(within(wizard).getByLabelText(/^Meter column/), 'MPRN');
    await user.selectOptions(within(wizard).getByLabelText(/^Description column/), 'Notes');
    await user.selectOptions(within(wizard).getByLabelText(/^How good are these numbers/), 'metered');

    // The first rows, read with the choices: the bad quantity shows before importing.
    const check = within(wizard).getByRole('region', { name: 'The first rows, read with these choices' });
    expect(check.textContent).toContain('1 of these 2 rows would be rejected as things stand.');
    const [row2, row3] = within(check).getAllByRole('row').slice(1);
    expect(row2?.textContent).toContain('3 Jan 2024');
    expect(row2?.textContent).toContain('1,234.5');
    expect(row2?.textContent).toContain('Looks right');
    expect(row3?.textContent).toContain('quantity “n/a” is not a number');

    await user.type(within(wizard).getByLabelText(/^Save this layout as…/), 'Gas portal reads');
    expect(within(wizard).getByText('Every choice is made.')).toBeTruthy();
    await user.click(within(wizard).getByRole('button', { name: 'Import with this mapping' }));

    const outcome = await screen.findByRole('region', { name: 'Imported gas-reads.csv' });
    expect(api.inputsOf('imports.run')).toEqual([
      {
        fileName: 'gas-reads.csv',
        contentBase64: btoa('Read date;kWh used;MPRN;Notes\n'),
        options: {
          mapping: {
            dateColumn: 'Read date',
            periodStartColumn: null,
            periodEndColumn: null,
            quantityColumn: 'kWh used',
            unitColumn: null,
            fixedUnit: 'kWh',
            activityColumn: null,
            fixedActivityId: 'natural-gas',
            siteColumn: null,
            meterColumn: 'MPRN',
            descriptionColumn: 'Notes',
            dataQuality: 'metered',
            decimalMark: ',',
            dateFormat: null,
          },
          saveMappingAs: 'Gas portal reads',
          decimalMark: ',',
        },
      },
    ]);
    expect(outcome.textContent).toContain('Read as Gas portal reads (saved layout)');
    const layouts = await screen.findByRole('region', { name: 'Saved layouts' });
    await waitFor(() => expect(layouts.textContent).toContain('Gas portal reads'));
    expect(layouts.textContent).toContain('Columns: read date, kwh used, mprn, notes.');
  });

  it('puts the server’s refusal of a mapping under the field it is about', async () => {
    const imports: FakeImports = {
      previews: { 'reads.csv': makeImportPreview({ fileName: 'reads.csv', header: ['Day', 'Amount', 'Unit'], sampleRows: [{ rowNumber: 2, cells: ['2024-01-03', '12', 'kWh'] }], profile: null }) },
      outcomes: { 'reads.csv': makeImportOutcome({ fileName: 'reads.csv' }) },
      history: [],
    };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('reads.csv', 'Day,Amount,Unit\n'));
    const wizard = await screen.findByRole('form', { name: 'Tell the app what each column holds' });
    await user.selectOptions(within(wizard).getByLabelText(/^Date column/), 'Day');
    await user.selectOptions(within(wizard).getByLabelText(/^Quantity column/), 'Amount');
    await user.click(within(wizard).getByRole('radio', { name: 'A column says the unit of each row' }));
    await user.selectOptions(within(wizard).getByLabelText(/^Unit column/), 'Unit');
    await user.selectOptions(within(wizard).getByLabelText(/^Activity of every row/), 'grid-electricity-uk');
    await user.selectOptions(within(wizard).getByLabelText(/^How good are these numbers/), 'invoice');
    api.failNext('imports.run', { code: 'VALIDATION', message: 'Choose the unit column', fields: { 'options.mapping.unitColumn': 'The unit column is empty on every row' } });
    await user.click(within(wizard).getByRole('button', { name: 'Import with this mapping' }));
    await waitFor(() => expect(descriptionOf(within(wizard).getByLabelText(/^Unit column/))).toContain('The unit column is empty on every row'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains overlaps, and "Replace the existing records" re-runs the same import with overlap "replace"', async () => {
    const conflict = {
      rowNumber: 2,
      supersedesEstimate: true,
      sameFileRowNumber: null,
      existing: { id: 'record-7', periodStart: '2024-02-01', periodEnd: '2024-02-29', quantity: 1200, unit: 'kWh', estimated: true, importId: 'import-0' },
    };
    const imports: FakeImports = {
      previews: { 'feb-actual.csv': makeImportPreview({ fileName: 'feb-actual.csv', sha256: 'sha-feb' }) },
      outcomes: { 'feb-actual.csv': makeImportOutcome({ fileName: 'feb-actual.csv', status: 'needs-decision', importId: null, rowsImported: 0, conflicts: [conflict] }) },
      decisions: {
        'feb-actual.csv': {
          replace: makeImportOutcome({ fileName: 'feb-actual.csv', importId: 'import-2', perActivity: [{ activityId: 'grid-electricity-uk', unit: 'kWh', quantity: 1100, co2eKg: 1100 * 0.27522 }], co2eKgAdded: 1100 * 0.27522 }),
        },
      },
      history: [],
    };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('feb-actual.csv', BILLS));
    await user.click(await screen.findByRole('button', { name: 'Import this file' }));
    const ask = await screen.findByRole('region', { name: 'Some rows overlap records you already have' });
    expect(within(ask).getByRole('listitem').textContent).toBe(
      'Row 2 overlaps an estimated bill for 1,200 kWh imported earlier (1 Feb 2024 – 29 Feb 2024) — this looks like the actual bill that replaces it.',
    );
    expect(ask.textContent).toContain('Nothing has been imported yet.');
    expect(within(ask).getByRole('button', { name: 'Keep both' })).toBeTruthy();
    expect(within(ask).getByRole('button', { name: 'Skip the overlapping rows' })).toBeTruthy();
    expect(api.current()?.imports?.history).toEqual([]);

    await user.click(within(ask).getByRole('button', { name: 'Replace the existing records' }));
    const outcome = await screen.findByRole('region', { name: 'Imported feb-actual.csv' });
    expect(api.inputsOf('imports.run').map((i) => i.options)).toEqual([{ decimalMark: '.' }, { decimalMark: '.', overlap: 'replace' }]);
    expect(within(outcome).getByText('Emissions added', { selector: 'dt' }).nextElementSibling?.textContent).toBe('302.74 kg CO2e (0.303 tCO2e)');
  });

  it('builds the rejected rows of an import that wrote nothing as a CSV, defusing spreadsheet formulas', async () => {
    const rejects = [
      { rowNumber: 2, column: 'activity', reason: '"=HYPERLINK(""http://evil"")" is not an activity id' },
      { rowNumber: 3, column: '@cmd', reason: '+44 is not a number' },
      { rowNumber: 4, column: null, reason: '-5, then more' },
    ];
    const imports: FakeImports = {
      previews: { 'bad.csv': makeImportPreview({ fileName: 'bad.csv' }) },
      outcomes: { 'bad.csv': makeImportOutcome({ fileName: 'bad.csv', status: 'nothing-imported', importId: null, rowsImported: 0, rowsRejected: 3, rowsDuplicate: 1, rejects }) },
      history: [],
    };
    const { user, api } = openImports(imports);
    dropOn(await dropZone(), csvFile('bad.csv', BILLS));
    await user.click(await screen.findByRole('button', { name: 'Import this file' }));
    const outcome = await screen.findByRole('region', { name: 'Nothing was imported from bad.csv' });
    expect(outcome.textContent).toContain('3 rows were rejected');
    expect(outcome.textContent).toContain('1 row is already in the workspace');
    await user.click(within(outcome).getByRole('button', { name: 'Download rejected rows (CSV)' }));
    expect(api.inputsOf('imports.rejectsCsv')).toEqual([]);
    expect(await lastDownload()).toEqual({
      fileName: 'bad-rejected-rows.csv',
      bom: true,
      text: ['row,column,reason', '2,activity,"""=HYPERLINK(""""http://evil"""")"" is not an activity id"', "3,'@cmd,'+44 is not a number", '4,,"\'-5, then more"', ''].join('\r\n'),
    });
  });

  it('undoes an import after a confirmation that says exactly what goes', async () => {
    const imports: FakeImports = {
      previews: {},
      outcomes: {},
      history: [
        {
          id: 'import-5', fileName: 'octopus-2024.csv', sha256: 'sha-o', sizeBytes: 90_112, encoding: 'utf-8', profileId: 'generic-activity', importedAt: '2026-11-20T10:15:00.000Z',
          status: 'imported', undoneAt: null, rowsTotal: 17_520, rowsImported: 12, rowsRejected: 2, rowsDuplicate: 0, intervalsImported: 17_518, warnings: [],
        },
        {
          id: 'import-4', fileName: 'old.csv', sha256: 'sha-old', sizeBytes: 100, encoding: 'utf-8', profileId: 'mapping:gone', importedAt: '2026-11-19T10:15:00.000Z',
          status: 'undone', undoneAt: '2026-11-19T11:00:00.000Z', rowsTotal: 1, rowsImported: 1, rowsRejected: 0, rowsDuplicate: 0, intervalsImported: 0, warnings: [],
        },
      ],
      rejects: { 'import-5': [{ rowNumber: 40, column: 'Consumption (kWh)', reason: 'is empty' }] },
    };
    const { user, api } = openImports(imports);
    const history = await screen.findByRole('table', { name: 'Imported files, newest first' });
    const [octopus, old] = within(history).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(octopus.textContent).toContain('88 KB');
    expect(octopus.textContent).toContain('17,518 readings');
    expect(old.textContent).toContain('A saved layout, since deleted');
    expect(old.textContent).toContain('Undone');
    expect(within(old).queryByRole('button', { name: /^Undo/ })).toBeNull();

    await user.click(within(octopus).getByRole('button', { name: 'Rejected rows of octopus-2024.csv (CSV)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect((await lastDownload()).text).toBe('row,column,reason\r\n40,Consumption (kWh),is empty');

    await user.click(within(octopus).getByRole('button', { name: 'Undo import of octopus-2024.csv' }));
    const dialog = screen.getByRole('dialog', { name: 'Undo the import of octopus-2024.csv?' });
    expect(dialog.textContent).toContain('This removes the 12 activity records and 17,518 interval readings imported from octopus-2024.csv');
    expect(dialog.textContent).toContain('kept in the audit log');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Undo import' }));

    expect(await screen.findByText('Undid the import of octopus-2024.csv: 12 records removed.')).toBeTruthy();
    expect(api.inputsOf('imports.undo')).toEqual([{ id: 'import-5' }]);
    expect(api.current()?.audit.at(-1)?.summary).toBe('Undid import of octopus-2024.csv: removed 12 records and 17518 readings');
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Imported files, newest first' })).getAllByText('Undone')).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Undo import of/ })).toBeNull();
  });

  it('deletes a saved layout after confirming, and downloads the activity CSV template', async () => {
    const mapping = {
      dateColumn: 'Fill date', periodStartColumn: null, periodEndColumn: null, quantityColumn: 'Litres', unitColumn: null, fixedUnit: 'litre',
      activityColumn: null, fixedActivityId: 'vehicle-fuel-diesel', siteColumn: null, meterColumn: 'Reg', descriptionColumn: null, dataQuality: 'invoice' as const,
    };
    const imports: FakeImports = {
      previews: {},
      outcomes: {},
      history: [],
      mappings: [{ id: 'layout-1', name: 'Van fuel log', headerSignature: 'fill date|litres|reg', mapping, createdAt: '2026-11-18T09:00:00.000Z' }],
    };
    const { user, api } = openImports(imports);
    const layouts = await screen.findByRole('region', { name: 'Saved layouts' });
    await user.click(await within(layouts).findByRole('button', { name: 'Delete layout Van fuel log' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the layout “Van fuel log”?' });
    expect(dialog.textContent).toContain('Files with these columns will need the mapping wizard again.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete layout' }));
    expect(await within(layouts).findByText('Deleted the layout “Van fuel log”.')).toBeTruthy();
    expect(api.inputsOf('imports.deleteMapping')).toEqual([{ id: 'layout-1' }]);
    expect(within(layouts).queryByRole('button', { name: /^Delete layout/ })).toBeNull();

    const template = screen.getByRole('region', { name: 'The activity CSV template' });
    expect(template.textContent).toContain('period_start, period_end');
    expect(template.textContent).toContain('An activity id from the catalogue');
    await user.click(within(template).getByRole('button', { name: 'Download the activity CSV template' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const file = await lastDownload();
    expect(file.fileName).toBe('carbonrecycling-activity-template.csv');
    expect(file.text.split('\n')[0]).toBe('date,period_start,period_end,activity,quantity,unit,site,meter,description,evidence,data_quality');
  });
});

describe('the window-wide drop handler', () => {
  it('leaves drops on the import drop zone to the page, and still explains files dropped elsewhere', async () => {
    const workspace = makeWorkspace({ sites: [headOffice], imports: { previews: { 'bills.csv': makeImportPreview() }, outcomes: {}, history: [] } });
    const api = createFakeApi({ files: [workspace], currentPath: workspace.path });
    setApi(api);
    window.location.hash = '#/imports';
    render(
      <AppProviders client={createQueryClient()}>
        <FileDropZone>
          <App />
        </FileDropZone>
      </AppProviders>,
    );
    dropOn(await screen.findByTestId('import-drop-zone'), csvFile('bills.csv', BILLS));
    expect(await screen.findByRole('region', { name: 'bills.csv' })).toBeTruthy();
    expect(screen.queryByText('That file was not opened')).toBeNull();
    expect(document.querySelector('.file-drop-active')).toBeNull();

    dropOn(screen.getByRole('heading', { name: 'Import bills and data', level: 1 }), csvFile('other.csv', BILLS));
    expect(await screen.findByText('That file was not opened')).toBeTruthy();
    expect(screen.getByText(/"other\.csv" is not a workspace file/).textContent).toContain('drop the file on the drop zone of the Import files page');
    expect(api.inputsOf('imports.preview')).toHaveLength(1);
  });
});

describe('import progress', () => {
  function Bar({ sha }: { sha: string }) {
    const { progress } = useImportProgress(sha);
    return <ImportProgress progress={progress} fileName="big.csv" fileSha256={sha} />;
  }
  function Harness({ sha }: { sha: string }) {
    return (
      <QueryClientProvider client={new QueryClient()}>
        <Bar sha={sha} />
      </QueryClientProvider>
    );
  }

  it('offers to cancel the running import, by its file', async () => {
    const api: FakeApi = createFakeApi();
    setApi(api);
    render(<Harness sha="sha-big" />);
    screen.getByRole('button', { name: 'Cancel import' }).click();
    await waitFor(() => expect(api.inputsOf('imports.cancel')).toEqual([{ fileSha256: 'sha-big' }]));
  });

  it('is indeterminate until events for this file arrive, then follows the phases', async () => {
    const api: FakeApi = createFakeApi();
    setApi(api);
    render(<Harness sha="sha-big" />);
    const bar = screen.getByRole('progressbar', { name: 'Importing big.csv' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Importing…');

    act(() => api.emit('import.progress', { fileSha256: 'sha-other', phase: 'writing', rowsDone: 0, rowsTotal: 10 }));
    expect(bar.hasAttribute('value')).toBe(false);

    act(() => api.emit('import.progress', { fileSha256: 'sha-big', phase: 'checking', rowsDone: 0, rowsTotal: 200 }));
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0.25);
    expect(screen.getByRole('status').textContent).toBe('Checking each row (step 2 of 4): 0 of 200 rows');
    // While a big file is still being read its row count is an estimate, and says so.
    act(() => api.emit('import.progress', { fileSha256: 'sha-big', phase: 'checking', rowsDone: 6_400, rowsTotal: 1_000_120, rowsTotalExact: false }));
    expect(screen.getByRole('status').textContent).toBe('Checking each row (step 2 of 4): 6,400 of about 1,000,120 rows');
    act(() => api.emit('import.progress', { fileSha256: 'sha-big', phase: 'calculating', rowsDone: 100, rowsTotal: 200 }));
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(0.875);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Calculating emissions (step 4 of 4): 100 of 200 rows');
  });
});
