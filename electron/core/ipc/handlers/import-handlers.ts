import { GENERIC_TEMPLATE_CSV } from '../../importers/profiles/generic-activity';
import { listImports, rejectsCsv, undoImport } from '../../importers/import-history';
import { createHash } from 'node:crypto';
import { cancelImport, previewInWorker, startImport, trackImport } from '../../importers/import-runner';
import { previewFile } from '../../importers/file-preview';
import { chooseProfile, previousImportOf } from '../../importers/import-service';
import { importProfiles } from '../../importers/profiles';
import { deleteMapping, listSavedMappings, savedMappingProfiles } from '../../importers/saved-mappings';
import { AppFailure } from '../../errors';
import type { HandlerGroup } from '../types';

/** Files up to this size are previewed in-process (a few milliseconds); bigger ones in a worker. */
const PREVIEW_IN_WORKER_BYTES = 1024 * 1024;

function bytesOf(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

export const importHandlers: HandlerGroup<
  | 'imports.profiles'
  | 'imports.template'
  | 'imports.preview'
  | 'imports.run'
  | 'imports.cancel'
  | 'imports.list'
  | 'imports.undo'
  | 'imports.rejectsCsv'
  | 'imports.mappings'
  | 'imports.deleteMapping'
> = {
  'imports.profiles': () => importProfiles.map(({ id, label, description }) => ({ id, label, description })),
  'imports.template': () => ({ fileName: 'carbonrecycling-activity-template.csv', csv: GENERIC_TEMPLATE_CSV }),
  'imports.preview': async (input, ctx) => {
    const bytes = bytesOf(input.contentBase64);
    const sizeBytes = bytes.length;
    // A big file is read in a worker thread (its bytes move there), so the window never waits on it.
    const file = sizeBytes > PREVIEW_IN_WORKER_BYTES ? await previewInWorker(bytes) : previewFile(bytes);
    const db = ctx.workspaces.require().db;
    let profile: { id: string; label: string } | null = null;
    try {
      const chosen = chooseProfile(file, undefined, savedMappingProfiles(db));
      profile = { id: chosen.id, label: chosen.label };
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
    }
    return { fileName: input.fileName, sizeBytes, ...file, profile, previousImport: previousImportOf(db, file.sha256) };
  },
  // In a worker thread: a big file must not freeze the app (or the server) while it is read.
  'imports.run': async (input, ctx) => {
    const ws = ctx.workspaces.require();
    const bytes = bytesOf(input.contentBase64);
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    const job = startImport(
      // The hash is passed on, so the worker does not hash the file a second time.
      { workspacePath: ws.path, bytes, fileName: input.fileName, options: input.options, actor: ctx.userName, nowIso: ctx.now().toISOString(), sha256: fileSha256 },
      (progress) => ctx.emit('import.progress', progress),
      { handOverBytes: true },
    );
    const outcome = await trackImport(fileSha256, job);
    ctx.emit('data.changed', { topics: ['emissions', 'imports', 'audit'] });
    return outcome;
  },
  'imports.cancel': (input) => {
    if (!cancelImport(input.fileSha256)) throw new AppFailure('NOT_FOUND', 'That import is not running (it may have just finished).');
    return null;
  },
  'imports.list': (_input, ctx) => listImports(ctx.workspaces.require().db),
  'imports.undo': (input, ctx) =>
    ctx.write(['emissions', 'imports'], (db, audit, now) => {
      undoImport(db, input.id, now, audit);
      return null;
    }),
  'imports.rejectsCsv': (input, ctx) => rejectsCsv(ctx.workspaces.require().db, input.id),
  'imports.mappings': (_input, ctx) => listSavedMappings(ctx.workspaces.require().db),
  'imports.deleteMapping': (input, ctx) =>
    ctx.write(['imports'], (db, audit) => {
      deleteMapping(db, input.id, audit);
      return null;
    }),
};
