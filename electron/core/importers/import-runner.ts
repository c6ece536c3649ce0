import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppError } from '../../../shared/ipc/contract';
import { AppFailure } from '../errors';
import type { FilePreview } from './file-preview';
import type { ImportOptions, ImportOutcome, ImportProgress } from './import-service';

export interface ImportJob {
  workspacePath: string;
  bytes: Uint8Array;
  fileName: string;
  options: ImportOptions;
  actor: string;
  nowIso: string;
  /** The file's SHA-256 when the caller has already worked it out (it tracks the import by it). */
  sha256?: string;
}

/** A file to preview (read, not imported) in the worker, so a big one never holds up the app. */
export interface PreviewJob {
  kind: 'preview';
  bytes: Uint8Array;
}

export type WorkerReply =
  | { type: 'preview'; preview: FilePreview }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; error: AppError };

/**
 * Where the worker's code is: beside this module when running from source (tsx, vitest), or the
 * bundle's own import-worker entry (out/node/import-worker.mjs, out/main/import-worker.js).
 */
/**
 * The worker's heap limit. V8 sizes a heap's young generation and growth from its limit: with this
 * one the worker's part of a million-row import peaks about 80 MB lower than with the process
 * default (4 GB here) in the same time (npm run bench:import). It is far above what a file the app
 * accepts needs (25 MB: a few hundred MB at most); an import that still runs out is refused with a
 * plain reason, and the command line, which runs in-process, has no such limit.
 */
export const IMPORT_WORKER_HEAP_MB = 1024;

function createWorker(builtWorker: URL | undefined, heapMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  // A caller may name a built worker bundle (the import benchmark measures the packaged code).
  if (builtWorker) return new Worker(builtWorker, options);
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // From source (tsx, vitest): the worker thread needs the TypeScript loader registered itself.
    const source = new URL('./import-worker.ts', here).href;
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`, { eval: true, ...options });
  }
  // The runner may sit in a shared chunk one folder below the entry files.
  for (const name of ['./import-worker.mjs', './import-worker.js', '../import-worker.mjs', '../import-worker.js']) {
    const file = new URL(name, here);
    if (existsSync(fileURLToPath(file))) return new Worker(file, options);
  }
  throw new Error('The import worker is missing from this build');
}

const OUT_OF_MEMORY =
  'This file needs more memory than the app gives an import, so nothing was imported. Split it into smaller files (a year at a time), or import it with the command line: carbonrecycling import <file>.';

/** A worker that ran out of its heap is the user's file being too big, said plainly; anything else is a fault. */
function workerError(error: Error & { code?: string }): Error {
  return error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppFailure('VALIDATION', OUT_OF_MEMORY) : error;
}

export interface RunningImport {
  /** The outcome, as soon as the import's transaction has committed (or why nothing was imported). */
  result: Promise<ImportOutcome>;
  /** Settles when the worker has closed its connection to the workspace file. */
  exited: Promise<void>;
  /** Stops the import; its transaction is rolled back, so nothing is written. */
  cancel(): void;
}

/**
 * Starts an import in a worker thread; progress arrives as it goes. With `handOverBytes` the file's
 * memory moves to the worker instead of being copied (a big export is not held twice); the caller's
 * `job.bytes` is then empty. Bytes that share their memory (a slice of a pooled buffer) are copied.
 */
export function startImport(
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  opts: { builtWorker?: URL; handOverBytes?: boolean; heapMb?: number } = {},
): RunningImport {
  const worker = createWorker(opts.builtWorker, opts.heapMb ?? IMPORT_WORKER_HEAP_MB);
  let settled = false;
  let cancelled = false;
  // After 'done' the worker still tidies the database file (a WAL checkpoint) and then exits by itself.
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const result = new Promise<ImportOutcome>((resolve, reject) => {
    const finish = (fn: () => void, stop = true) => {
      if (settled) return;
      settled = true;
      fn();
      if (stop) void worker.terminate();
    };
    worker.on('message', (message: WorkerReply) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') finish(() => resolve(message.outcome), false);
      else if (message.type === 'failed') finish(() => reject(new AppFailure(message.error.code, message.error.message, message.error.fields)));
    });
    worker.on('error', (error: Error & { code?: string }) => finish(() => reject(workerError(error))));
    worker.on('exit', () =>
      finish(() => reject(cancelled ? new AppFailure('CANCELLED', 'The import was cancelled; nothing was imported.') : new Error('The import stopped unexpectedly'))),
    );
  });
  worker.postMessage(job, opts.handOverBytes ? transferable(job.bytes) : []);
  return {
    result,
    exited,
    cancel() {
      cancelled = true;
      void worker.terminate();
    },
  };
}

/** The bytes' memory, when they own all of it (a view into a shared buffer must be copied). */
function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer, byteOffset, byteLength } = bytes;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** Reads a file for the Import page's preview in a worker thread; the bytes move to it (the caller's are then empty). */
export function previewInWorker(bytes: Uint8Array, opts: { builtWorker?: URL } = {}): Promise<FilePreview> {
  const worker = createWorker(opts.builtWorker, IMPORT_WORKER_HEAP_MB);
  return new Promise<FilePreview>((resolve, reject) => {
    worker.on('message', (message: WorkerReply) => {
      if (message.type === 'preview') resolve(message.preview);
      else if (message.type === 'failed') reject(new AppFailure(message.error.code, message.error.message, message.error.fields));
    });
    worker.on('error', (error: Error & { code?: string }) => reject(workerError(error)));
    worker.on('exit', () => reject(new Error('The preview stopped unexpectedly')));
    const job: PreviewJob = { kind: 'preview', bytes };
    worker.postMessage(job, transferable(bytes));
  }).finally(() => void worker.terminate());
}

// Imports in this process, by the SHA-256 of their file, so the UI can cancel one. An entry stays
// until its worker has closed the workspace file (after the outcome, it checkpoints the WAL).
const running = new Map<string, { job: RunningImport; settled: boolean }>();

export function trackImport(fileSha256: string, job: RunningImport): Promise<ImportOutcome> {
  const entry = { job, settled: false };
  running.set(fileSha256, entry);
  const settle = () => {
    entry.settled = true;
  };
  job.result.then(settle, settle);
  void job.exited.finally(() => {
    if (running.get(fileSha256) === entry) running.delete(fileSha256);
  });
  return job.result;
}

export function cancelImport(fileSha256: string): boolean {
  const entry = running.get(fileSha256);
  if (!entry || entry.settled) return false;
  entry.job.cancel();
  return true;
}

/** Imports still reading or writing: a restore or a workspace import must wait until there are none. */
export function importsInProgress(): number {
  return [...running.values()].filter((e) => !e.settled).length;
}

/** Waits for finished imports whose worker is still tidying the workspace file, so it can be swapped safely. */
export async function importsClosed(): Promise<void> {
  await Promise.all([...running.values()].filter((e) => e.settled).map((e) => e.job.exited));
}
