// Runs one import off the main thread, on its own connection to the workspace file, so the app
// (and the browser build's server) keeps answering while a big meter export is read and written.
// WAL lets the main connection keep reading meanwhile; the writes are still one transaction.
import { parentPort } from 'node:worker_threads';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { recordAudit, type AuditRecord } from '../audit/audit-repository';
import { openSqlite, wrapDrizzle, type WorkspaceDb } from '../db/connection';
import { workspaceCalculator } from '../emissions/workspace-calculator';
import { AppFailure } from '../errors';
import { attachEvidence, prepareImport, writeImport, type ImportDeps, type ImportProgress, type PreparedImport } from './import-service';
import type { AppError } from '../../../shared/ipc/contract';
import { previewFile } from './file-preview';
import type { ImportJob, PreviewJob, WorkerReply } from './import-runner';

const gzipAsync = promisify(gzip);
const EVIDENCE_TO_FOLLOW = Buffer.alloc(0);

function reply(message: WorkerReply): void {
  parentPort?.postMessage(message);
}

parentPort?.on('message', (job: ImportJob | PreviewJob) => {
  // One job per worker: when it is done (and the file tidied), the worker exits.
  void ('kind' in job ? runPreview(job) : runJob(job)).finally(() => parentPort?.close());
});

function failureOf(error: unknown): AppError {
  return error instanceof AppFailure ? error.toAppError() : { code: 'INTERNAL', message: (error as Error).message };
}

async function runPreview(job: PreviewJob): Promise<void> {
  try {
    reply({ type: 'preview', preview: previewFile(job.bytes) });
  } catch (error) {
    reply({ type: 'failed', error: failureOf(error) });
  }
}

async function runJob(job: ImportJob): Promise<void> {
  let sqlite: ReturnType<typeof openSqlite> | null = null;
  try {
    sqlite = openSqlite(job.workspacePath, { create: false, alreadyChecked: true });
    // The commit does not also copy the WAL into the database file (a tenth of a second for a big
    // import): that checkpoint runs after the outcome has been sent, before the worker exits.
    sqlite.pragma('wal_autocheckpoint = 0');
    const db = wrapDrizzle(sqlite);
    const now = new Date(job.nowIso);
    const deps = {
      now,
      audit: (record: AuditRecord) => recordAudit(db, job.actor, now, record),
      makeCalculate: workspaceCalculator(db),
      progress: (progress: ImportProgress) => reply({ type: 'progress', progress }),
    };
    const { evidence, prepared } = readFile(db, job, deps);
    // One transaction, begun by hand so it can wait for the compressed evidence: it is written
    // last, while the records and figures before it are written on this thread. This connection
    // is the worker's own, so nothing else can run inside the transaction meanwhile.
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const outcome = writeImport(db, prepared, job.options, deps, () => EVIDENCE_TO_FOLLOW);
      if (outcome.importId) attachEvidence(db, outcome.importId, await evidence);
      sqlite.exec('COMMIT');
      reply({ type: 'done', outcome });
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } catch (error) {
    reply({ type: 'failed', error: failureOf(error) });
  } finally {
    sqlite?.close();
  }
}

/**
 * Starts compressing the evidence and reads and maps the file. The bytes are let go here: from
 * now on only the compression holds them, until it is done (a big export is not held to the end).
 */
function readFile(db: WorkspaceDb, job: ImportJob, deps: ImportDeps): { evidence: Promise<Buffer>; prepared: PreparedImport } {
  const bytes = job.bytes;
  job.bytes = new Uint8Array(0);
  // Async zlib hands each output chunk back to this thread before it goes on, so with the
  // default 16 KiB chunks it stalls while this thread maps rows; an output buffer a quarter of
  // the file (a CSV compresses to well under that) lets it finish in one go on the pool.
  const evidence = gzipAsync(bytes, { chunkSize: (bytes.length >> 2) + 65_536 });
  return { evidence, prepared: prepareImport(db, { bytes, fileName: job.fileName, sha256: job.sha256 }, job.options, deps) };
}
