import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv-table';

function table(text: string) {
  const r = readCsvTable(text);
  if (!r.ok) throw new Error(r.reason);
  return r.table;
}

describe('reading a CSV table', () => {
  it('reads a plain comma file with CRLF and a trailing newline', () => {
    const t = table('Date,kWh\r\n01/04/2024,12.5\r\n02/04/2024,13\r\n');
    expect(t).toMatchObject({ delimiter: ',', headerRowNumber: 1, header: ['Date', 'kWh'], skipped: [] });
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['01/04/2024', '12.5'] },
      { rowNumber: 3, cells: ['02/04/2024', '13'] },
    ]);
  });

  it('is not fooled by decimal commas in a semicolon file', () => {
    const t = table('Datum;Verbrauch\n01.04.2024;1.234,56\n02.04.2024;99,5\n');
    expect(t.delimiter).toBe(';');
    expect(t.rows[0]?.cells).toEqual(['01.04.2024', '1.234,56']);
  });

  it('reads tab-separated Unicode Text exports', () => {
    expect(table('Date\tkWh\r\n01/04/2024\t12,5\r\n').delimiter).toBe('\t');
  });

  it('keeps quoted thousands and quoted line breaks inside one value, counting spreadsheet rows', () => {
    const t = table('Site,Cost,Notes\r\nLeeds,"£1,234.56","line1\nline2"\r\nYork,"1,000",ok\r\n');
    expect(t.rows).toEqual([
      { rowNumber: 2, cells: ['Leeds', '£1,234.56', 'line1\nline2'] },
      { rowNumber: 3, cells: ['York', '1,000', 'ok'] },
    ]);
  });

  it('skips supplier preamble lines above the header and reports them', () => {
    const t = table('Account number: 12345678\nGenerated: 01/05/2024\n\nDate,Reading,kWh\n01/04/2024,100,12.5\n');
    expect(t.headerRowNumber).toBe(4);
    expect(t.preamble).toEqual(['Account number: 12345678', 'Generated: 01/05/2024']);
    expect(t.rows).toEqual([{ rowNumber: 5, cells: ['01/04/2024', '100', '12.5'] }]);
  });

  it('drops blank and total rows after the data, saying so', () => {
    const t = table('Date,Site,kWh\n01/04/2024,Leeds,10\n02/04/2024,Leeds,20\n\n,,\nTotal,,30\n');
    expect(t.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(t.skipped).toEqual([
      { rowNumber: 4, reason: 'blank row' },
      { rowNumber: 5, reason: 'blank row' },
      { rowNumber: 6, reason: 'total row after the data ("Total, 30")' },
    ]);
  });

  it('explains a file with only a header, one column, an unterminated quote, or nothing', () => {
    expect(readCsvTable('Date,kWh\n')).toEqual({ ok: false, reason: 'The file has a header but no data rows.' });
    expect(readCsvTable('Date kWh\n01/04/2024 12.5\n')).toMatchObject({ ok: false, reason: expect.stringContaining('only one column') });
    expect(readCsvTable('Date,Notes\n01/04/2024,"never closed\n02/04/2024,x\n')).toMatchObject({ ok: false, reason: expect.stringContaining('never closes') });
    expect(readCsvTable('  \n')).toEqual({ ok: false, reason: 'The file is empty.' });
  });

  it('keeps leading zeros and e-notation-looking ids as text', () => {
    const t = table('MPAN,Serial,Ref\n0012345678901,E10BG01234,713752e1\n');
    expect(t.rows[0]?.cells).toEqual(['0012345678901', 'E10BG01234', '713752e1']);
  });
});
