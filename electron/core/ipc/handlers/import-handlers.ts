import { GENERIC_TEMPLATE_CSV } from '../../importers/profiles/generic-activity';
import { listImports, rejectsCsv, undoImport } from '../../importers/import-history';
import { createHash } from 'node:crypto';
import { cancelImport, startImport, trackImport } from '../../importers/import-runner';
import { chooseProfile, previousImportOf, readImportFile } from '../../importers/import-service';
import { importProfiles } from '../../importers/profiles';
import { deleteMapping, listSavedMappings, savedMappingProfiles } from '../../importers/saved-mappings';
import { AppFailure } from '../../errors';
import type { HandlerGroup } from '../types';

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
  'imports.preview': (input, ctx) => {
    const db = ctx.workspaces.require().db;
    const bytes = bytesOf(input.contentBase64);
    const read = readImportFile(bytes);
    let profile: { id: string; label: string } | null = null;
    try {
      const chosen = chooseProfile(read.table, undefined, savedMappingProfiles(db));
      profile = { id: chosen.id, label: chosen.label };
    } catch (error) {
      if (!(error instanceof AppFailure)) throw error;
    }
    return {
      fileName: input.fileName, sha256: read.sha256, sizeBytes: bytes.length, encoding: read.decoded.description, delimiter: read.table.delimiter,
      headerRowNumber: read.table.headerRowNumber, header: read.table.header, sampleRows: read.table.rows.slice(0, 20), rowsTotal: read.table.rows.length,
      preamble: read.table.preamble, skipped: read.table.skipped, profile, previousImport: previousImportOf(db, read.sha256),
    };
  },
  // In a worker thread: a big file must not freeze the app (or the server) while it is read.
  'imports.run': async (input, ctx) => {
    const ws = ctx.workspaces.require();
    const bytes = bytesOf(input.contentBase64);
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    const job = startImport(
      { workspacePath: ws.path, bytes, fileName: input.fileName, options: input.options, actor: ctx.userName, nowIso: ctx.now().toISOString() },
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
