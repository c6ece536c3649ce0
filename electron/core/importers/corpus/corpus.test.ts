import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../errors';
import { ok, createTestBackend, sampleCreateInput, type TestBackend } from '../../testing/fixtures';
import { parseCsvChunked } from '../chunked';
import type { TableRow } from '../csv-table';
import { previewFile } from '../file-preview';
import { readImportFile } from '../../testing/read-import-file';
import { CORPUS_DIR, corpusFiles } from './generate';

// Every hostile file in files/ (written by generate.ts) through the real pipeline: decode + table
// (readImportFile), and — for files in the generic activity layout — a real import through the
// backend. expected.json says what each must do; `knownIssue` marks an import expectation the
// pipeline does not meet yet (run with it.fails, so fixing the bug turns it red as a reminder).

interface ExpectedImport {
  status: string;
  rowsImported: number;
  rowsRejected: number;
  rowsDuplicate: number;
  rejects: { rowNumber: number; column: string | null; reason: string }[];
  warnings: string[];
  records: Record<string, unknown>[];
}

interface Expected {
  why: string;
  encoding: string;
  refused?: string;
  delimiter?: string;
  headerRowNumber?: number;
  header?: string[];
  headerLength?: number;
  headerStartsWith?: string[];
  rowCount?: number;
  rows?: TableRow[];
  firstCells?: string[][];
  filledCells?: number[];
  skipped?: { rowNumber: number; reason: string }[];
  preamble?: string[];
  chunkSize?: number;
  import?: ExpectedImport;
  knownIssue?: string;
}

const expected = JSON.parse(readFileSync(join(CORPUS_DIR, '..', 'expected.json'), 'utf8')) as Record<string, Expected>;
const files = corpusFiles();
const names = [...files.keys()].sort();
const bytesOf = (name: string) => files.get(name) ?? new Uint8Array();
const expectationOf = (name: string): Expected => {
  const e = expected[name];
  if (!e) throw new Error(`expected.json has no entry for ${name}`);
  return e;
};

let t: TestBackend;
beforeAll(async () => {
  t = createTestBackend();
  const created = await t.backend.invoke('workspaces.create', sampleCreateInput);
  if (!created.ok) throw new Error(created.error.message);
});
afterAll(() => t.cleanup());


/** What the workspace holds: the import history and every record. */
async function snapshot() {
  return { imports: await ok(t.backend.invoke('imports.list', {})), records: await ok(t.backend.invoke('records.list', { limit: 500, offset: 0 })) };
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const recordKey = (r: Record<string, unknown>) => `${String(r.periodStart)}|${String(r.sourceRef ?? '')}|${String(r.meter ?? '')}|${String(r.quantity)}`;

describe('the corpus', () => {
  it('holds at least 30 files, exactly the bytes generate.ts writes, each with an expectation', () => {
    expect(files.size).toBeGreaterThanOrEqual(30);
    const onDisk = readdirSync(CORPUS_DIR).filter((n) => n !== '.gitattributes').sort();
    expect(onDisk).toEqual(names);
    for (const name of names) expect(Buffer.compare(readFileSync(join(CORPUS_DIR, name)), Buffer.from(bytesOf(name))), `${name} differs from generate.ts: run it again`).toBe(0);
    expect(Object.keys(expected).sort()).toEqual(names);
    const total = names.reduce((sum, n) => sum + bytesOf(n).length, 0);
    expect(total).toBeLessThan(8 * 1024 * 1024);
  });
});

describe.each(names)('%s', (name) => {
  const e = expectationOf(name);

  it(e.refused ? 'is refused with its reason' : 'decodes and reads as expected', () => {
    const started = performance.now();
    let read: ReturnType<typeof readImportFile> | null = null;
    let failure: unknown = null;
    try {
      read = readImportFile(bytesOf(name));
    } catch (error) {
      failure = error;
    }
    // Every file, however hostile, is answered quickly (the 5 MiB line included).
    expect(performance.now() - started).toBeLessThan(2000);
    // The Import page's preview reads the file as a stream: it must tell the same story.
    let previewFailure: unknown = null;
    let preview: ReturnType<typeof previewFile> | null = null;
    try {
      preview = previewFile(bytesOf(name));
    } catch (error) {
      previewFailure = error;
    }
    if (e.refused) {
      expect(failure).toBeInstanceOf(AppFailure);
      expect(failure).toMatchObject({ code: 'VALIDATION', message: e.refused });
      expect(previewFailure).toMatchObject({ code: 'VALIDATION', message: e.refused });
      return;
    }
    if (failure) throw failure;
    if (!read) throw new Error('no table');
    const { decoded, table } = read;
    expect(decoded.encoding).toBe(e.encoding);
    for (const bad of ['Â£', '\ufffd', '\u0000']) expect(decoded.text).not.toContain(bad);
    expect({ delimiter: table.delimiter, headerRowNumber: table.headerRowNumber, rowCount: table.rows.length }).toEqual({ delimiter: e.delimiter, headerRowNumber: e.headerRowNumber, rowCount: e.rowCount });
    if (e.header) expect(table.header).toEqual(e.header);
    if (e.headerLength !== undefined) expect(table.header.length).toBe(e.headerLength);
    if (e.headerStartsWith) expect(table.header.slice(0, e.headerStartsWith.length)).toEqual(e.headerStartsWith);
    if (e.rows) expect(table.rows.slice(0, e.rows.length)).toEqual(e.rows);
    if (e.firstCells) expect(table.rows.map((r) => r.cells.slice(0, e.firstCells?.[0]?.length))).toEqual(e.firstCells);
    if (e.filledCells) expect(table.rows.map((r) => r.cells.filter((c) => c.trim() !== '').length)).toEqual(e.filledCells);
    expect(table.skipped).toEqual(e.skipped ?? []);
    expect(table.preamble).toEqual(e.preamble ?? []);
    expect(preview).toEqual({
      sha256: read.sha256, encoding: decoded.description, delimiter: table.delimiter, headerRowNumber: table.headerRowNumber, header: table.header,
      sampleRows: table.rows.slice(0, 20), rowsTotal: table.rows.length, preamble: table.preamble, skipped: table.skipped,
    });
  });

  if (e.chunkSize !== undefined) {
    const chunkSize = e.chunkSize;
    it(`parses in chunks of ${chunkSize} characters, cut between "\\r" and "\\n", with the whole-text rows and no error`, () => {
      const text = new TextDecoder().decode(bytesOf(name));
      expect(text.slice(chunkSize - 2, chunkSize + 1)).toBe('"\r\n');
      const whole = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', header: false, skipEmptyLines: false });
      const rows: string[][] = [];
      const summary = parseCsvChunked(text, ',', '\r\n', chunkSize, (batch) => void rows.push(...batch));
      expect(rows).toEqual(whole.data);
      expect(summary).toMatchObject({ errors: [], errorCount: 0, stopped: null, missingQuoteRow: null });
    });
  }

  if (e.refused) {
    it('is refused by a real import and preview, writing nothing', async () => {
      const before = await snapshot();
      const result = await t.backend.invoke('imports.run', { fileName: name, contentBase64: b64(bytesOf(name)), options: {} });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: e.refused } });
      const preview = await t.backend.invoke('imports.preview', { fileName: name, contentBase64: b64(bytesOf(name)) });
      expect(preview).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: e.refused } });
      expect(await snapshot()).toEqual(before);
    });
  }

  const wanted = e.import;
  if (wanted) {
    const test = e.knownIssue ? it.fails : it;
    test(e.knownIssue ? `imports as expected (KNOWN ISSUE: ${e.knownIssue.slice(0, 80)}…)` : 'imports through the backend with the expected records and rejects', async () => {
      const before = await snapshot();
      const outcome = await ok(t.backend.invoke('imports.run', { fileName: name, contentBase64: b64(bytesOf(name)), options: {} }));
      const after = await snapshot();
      // Leave the workspace as it was for the next file (undo is itself under test elsewhere).
      if (outcome.importId) await ok(t.backend.invoke('imports.undo', { id: outcome.importId }));
      expect(outcome.profileId).toBe('generic-activity');
      expect({ status: outcome.status, rowsImported: outcome.rowsImported, rowsRejected: outcome.rowsRejected, rowsDuplicate: outcome.rowsDuplicate }).toEqual({
        status: wanted.status, rowsImported: wanted.rowsImported, rowsRejected: wanted.rowsRejected, rowsDuplicate: wanted.rowsDuplicate,
      });
      expect(outcome.rejects).toEqual(wanted.rejects);
      expect(outcome.warnings).toEqual(wanted.warnings);
      const fresh = after.records.records.filter((r) => !before.records.records.some((b) => b.id === r.id));
      const records = fresh
        .map((r) => ({ periodStart: r.periodStart, periodEnd: r.periodEnd, activityId: r.activityId, quantity: r.quantity, unit: r.unit, meter: r.meter, sourceRef: r.sourceRef, description: r.description, dataQuality: r.dataQuality }))
        .sort((a, b) => recordKey(a).localeCompare(recordKey(b)));
      expect(records).toEqual(wanted.records);
      if (wanted.status !== 'imported') expect(after).toEqual(before);
    });
  }
});
