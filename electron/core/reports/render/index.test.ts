import { describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../../../../shared/domain/report-document';
import { AppFailure } from '../../errors';
import { reportFixture } from './fixture';
import { renderReport, reportFileName, reportMimeType } from './index';

describe('renderReport', () => {
  it('the test fixture is a valid report document', () => {
    expect(reportDocumentSchema.safeParse(reportFixture()).success).toBe(true);
  });

  it('exports JSON as the document itself, pretty-printed', async () => {
    const document = reportFixture();
    const text = new TextDecoder().decode(await renderReport(document, 'json'));
    expect(JSON.parse(text)).toEqual(document);
    expect(text).toContain('\n  "title": "Streamlined Energy and Carbon Report 2024–25"');
  });

  it('refuses a malformed document with the reason, before writing anything', async () => {
    const broken = { ...reportFixture(), runNumber: 'seven' } as unknown as ReturnType<typeof reportFixture>;
    const failure = await renderReport(broken, 'pdf').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('VALIDATION');
    expect((failure as AppFailure).message).toMatch(/not a valid report document \(runNumber: /);
  });
});

describe('reportFileName', () => {
  it('names the file after the report, year and organisation in safe characters', () => {
    expect(reportFileName(reportFixture(), 'pdf')).toBe('SECR-2024-Acme-Widgets-Ltd.pdf');
    expect(reportFileName(reportFixture({ kind: 'crp', organisationName: 'Café & Co. (UK) Ltd' }), 'xlsx')).toBe('Carbon-Reduction-Plan-2024-Cafe-Co-UK-Ltd.xlsx');
    expect(reportFileName(reportFixture({ kind: 'ghg', organisationName: '../../etc/passwd' }), 'csv')).toBe('GHG-Inventory-2024-etc-passwd.csv');
    expect(reportFileName(reportFixture({ organisationName: '株式会社' }), 'json')).toBe('SECR-2024-Organisation.json');
    expect(reportFileName(reportFixture({ sample: true }), 'pdf')).toBe('SECR-2024-Acme-Widgets-Ltd-SAMPLE.pdf');
  });

  it('keeps long organisation names to a sensible length', () => {
    const name = reportFileName(reportFixture({ organisationName: 'A'.repeat(300) }), 'pdf');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^SECR-2024-A+\.pdf$/);
  });
});

describe('reportMimeType', () => {
  it('gives the type for each format', () => {
    expect(reportMimeType('pdf')).toBe('application/pdf');
    expect(reportMimeType('xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(reportMimeType('csv')).toBe('text/csv; charset=utf-8');
    expect(reportMimeType('json')).toBe('application/json');
  });
});
