// Runs one import off the main thread, on its own connection to the workspace file, so the app
// (and the browser build's server) keeps answering while a big meter export is read and written.
// WAL lets the main connection keep reading meanwhile; the import is still one transaction.
import { parentPort } from 'node:worker_threads';
import { recordAudit } from '../audit/audit-repository';
import { openSqlite, wrapDrizzle } from '../db/connection';
import { workspaceCalculator } from '../emissions/workspace-calculator';
import { AppFailure } from '../errors';
import { runImport } from './import-service';
import type { ImportJob, WorkerReply } from './import-runner';

function reply(message: WorkerReply): void {
  parentPort?.postMessage(message);
}

parentPort?.on('message', (job: ImportJob) => {
  let sqlite: ReturnType<typeof openSqlite> | null = null;
  try {
    sqlite = openSqlite(job.workspacePath, { create: false });
    const db = wrapDrizzle(sqlite);
    const now = new Date(job.nowIso);
    const outcome = sqlite.transaction(() =>
      runImport(db, { bytes: job.bytes, fileName: job.fileName }, job.options, {
        now,
        audit: (record) => recordAudit(db, job.actor, now, record),
        makeCalculate: workspaceCalculator(db),
        progress: (progress) => reply({ type: 'progress', progress }),
      }),
    ).immediate();
    reply({ type: 'done', outcome });
  } catch (error) {
    const failure = error instanceof AppFailure ? error.toAppError() : { code: 'INTERNAL' as const, message: (error as Error).message };
    reply({ type: 'failed', error: failure });
  } finally {
    sqlite?.close();
  }
});
