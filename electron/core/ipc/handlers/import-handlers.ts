import { GENERIC_TEMPLATE_CSV } from '../../importers/profiles/generic-activity';
import { listImports, rejectsCsv, undoImport } from '../../importers/import-history';
import { chooseProfile, previousImportOf, readImportFile, runImport } from '../../importers/import-service';
import { importProfiles } from '../../importers/profiles';
import { deleteMapping, listSavedMappings, savedMappingProfiles } from '../../importers/saved-mappings';
import { workspaceCalculator } from '../../emissions/workspace-calculator';
import { AppFailure } from '../../errors';
import type { HandlerGroup } from '../types';

function bytesOf(contentBase64: string): Buffer {
  return Buffer.from(contentBase64, 'base64');
}

export const importHandlers: HandlerGroup<
  'imports.profiles' | 'imports.template' | 'imports.preview' | 'imports.run' | 'imports.list' | 'imports.undo' | 'imports.rejectsCsv' | 'imports.mappings' | 'imports.deleteMapping'
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
  'imports.run': (input, ctx) =>
    ctx.write(['emissions', 'imports'], (db, audit, now) =>
      runImport(db, { bytes: bytesOf(input.contentBase64), fileName: input.fileName }, input.options, { now, audit, makeCalculate: workspaceCalculator(db), progress: (p) => ctx.emit('import.progress', p) }),
    ),
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
