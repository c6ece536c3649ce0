import { describe, expect, it } from 'vitest';
import { useTestWorkspace } from '../testing/fixtures';
import { cancelImport, importsClosed, importsInProgress, startImport, trackImport } from './import-runner';
import type { ImportProgress } from './import-service';

const workspace = useTestWorkspace();

function halfHourly(rows: number): Uint8Array {
  const lines = ['MPAN,Timestamp,kWh'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) lines.push(`1200012345678,${new Date(start + i * 1_800_000).toISOString().replace('.000Z', 'Z')},0.5`);
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('imports in a worker thread', () => {
  it('runs the import off the main thread, reporting progress by phase', async () => {
    const events: ImportProgress[] = [];
    // 20,000 readings are several of the reader's batches, each reported as the rows are checked.
    const job = startImport({ workspacePath: workspace.path, bytes: halfHourly(20_000), fileName: 'hh.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, (p) => events.push(p));
    const outcome = await job.result;
    // 20,000 half-hours from 1 January 2024 run to 20 February 2025: a record per month.
    expect(outcome).toMatchObject({ status: 'imported', intervalsImported: 20_000, rowsImported: 14 });
    expect(events.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1])).toEqual(['reading', 'checking', 'writing', 'calculating', 'done']);
    const checked = events.filter((p) => p.phase === 'checking' && p.rowsDone > 0);
    expect(checked.length).toBeGreaterThan(2);
    expect(checked.map((p) => p.rowsDone)).toEqual(checked.map((p) => p.rowsDone).sort((a, b) => a - b));
    // While reading, the total is an estimate from how far into the file the rows are; then it is exact.
    expect(checked.slice(0, -1).every((p) => p.rowsTotalExact === false && Math.abs(p.rowsTotal - 20_000) < 200)).toBe(true);
    expect(checked.at(-1)).toMatchObject({ rowsDone: 20_000, rowsTotal: 20_000, rowsTotalExact: true });
    expect(events.at(-1)).toMatchObject({ phase: 'done', rowsDone: 20_000, rowsTotal: 20_000 });
    const list = await workspace.t.backend.invoke('imports.list', {});
    expect(list.ok && list.value.map((i) => i.fileName)).toEqual(['hh.csv']);
    const audit = await workspace.t.backend.invoke('audit.list', { entity: 'import', limit: 5, offset: 0 });
    expect(audit.ok && audit.value.entries[0]?.actor).toBe('tester');
  });

  it('hands a file’s memory to the worker instead of copying it, but copies bytes that share theirs', async () => {
    const owned = halfHourly(96);
    const handed = startImport({ workspacePath: workspace.path, bytes: owned, fileName: 'owned.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {}, { handOverBytes: true });
    expect(owned.byteLength).toBe(0);
    expect(await handed.result).toMatchObject({ status: 'imported', intervalsImported: 96 });
    // A view into a larger buffer (as Node's pooled Buffers are) must not take its neighbours along.
    const text = new TextEncoder().encode(new TextDecoder().decode(halfHourly(48)).replaceAll('1200012345678', '1200087654321'));
    const pool = new Uint8Array(text.length + 16);
    pool.set(text, 8);
    const view = pool.subarray(8, 8 + text.length);
    const copied = startImport({ workspacePath: workspace.path, bytes: view, fileName: 'view.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {}, { handOverBytes: true });
    expect(view.byteLength).toBe(text.length);
    expect(await copied.result).toMatchObject({ status: 'imported', intervalsImported: 48 });
  });

  it('an import that runs out of memory is refused with a plain reason and writes nothing', async () => {
    const job = startImport({ workspacePath: workspace.path, bytes: halfHourly(20_000), fileName: 'big.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {}, { heapMb: 4 });
    await expect(job.result).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('needs more memory than the app gives an import') });
    expect(await workspace.t.backend.invoke('imports.list', {})).toEqual({ ok: true, value: [] });
  });

  it('answers once committed, then tidies the file and exits; only the answer ends “in progress”', async () => {
    const job = startImport({ workspacePath: workspace.path, bytes: halfHourly(96), fileName: 'hh.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {});
    const result = trackImport('sha-tidy', job);
    expect(importsInProgress()).toBe(1);
    await result;
    expect(importsInProgress()).toBe(0);
    expect(cancelImport('sha-tidy')).toBe(false);
    let exited = false;
    void job.exited.then(() => {
      exited = true;
    });
    await importsClosed();
    await Promise.resolve();
    expect(exited).toBe(true);
  });

  it('previews a big file in a worker thread, as the Import page shows it', async () => {
    const bytes = halfHourly(40_000);
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const preview = await workspace.t.backend.invoke('imports.preview', { fileName: 'big.csv', contentBase64: Buffer.from(bytes).toString('base64') });
    expect(preview).toMatchObject({ ok: true, value: { fileName: 'big.csv', sizeBytes: bytes.length, rowsTotal: 40_000, header: ['MPAN', 'Timestamp', 'kWh'], headerRowNumber: 1, skipped: [], profile: { id: 'hh-rows' }, previousImport: null } });
    if (!preview.ok) return;
    expect(preview.value.sampleRows).toHaveLength(20);
    expect(preview.value.sampleRows[0]).toEqual({ rowNumber: 2, cells: ['1200012345678', '2024-01-01T00:00:00Z', '0.5'] });
  });

  it('cancelling rolls everything back: nothing is imported', async () => {
    const job = startImport({ workspacePath: workspace.path, bytes: halfHourly(60_000), fileName: 'big.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {});
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ code: 'CANCELLED', message: 'The import was cancelled; nothing was imported.' });
    expect(await workspace.t.backend.invoke('imports.list', {})).toEqual({ ok: true, value: [] });
    expect(await workspace.t.backend.invoke('records.list', { limit: 5, offset: 0 })).toEqual({ ok: true, value: { records: [], total: 0 } });
  });

  it('refusals from the worker keep their code and message', async () => {
    const job = startImport({ workspacePath: workspace.path, bytes: new TextEncoder().encode('one column only\nstill one\n'), fileName: 'x.csv', options: {}, actor: 'tester', nowIso: new Date().toISOString() }, () => {});
    await expect(job.result).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('only one column') });
  });
});
