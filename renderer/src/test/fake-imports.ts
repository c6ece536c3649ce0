import type { z } from 'zod';
import type { ImportOutcomeView, ImportPreview, importHistoryEntrySchema, savedMappingSchema } from '../../../shared/domain/imports';
import type { ProcedureParsedInput } from '../../../shared/ipc/contract';
import { Failure, type FakeKit, type FakeWorkspace, type Handlers } from './fake-api';

type Names = 'imports.profiles' | 'imports.template' | 'imports.preview' | 'imports.run' | 'imports.cancel' | 'imports.list' | 'imports.undo' | 'imports.rejectsCsv' | 'imports.mappings' | 'imports.deleteMapping';
type HistoryEntry = z.infer<typeof importHistoryEntrySchema>;
type SavedMapping = z.infer<typeof savedMappingSchema>;
type Reject = ImportOutcomeView['rejects'][number];
type OverlapChoice = 'replace' | 'keep-both' | 'skip';

/**
 * Imports on a fake workspace. The fake does not read files (the real pipeline is tested in
 * electron/core/importers): tests seed what a file name previews and imports as. What the fake
 * does model is what the screens rely on: the same bytes import once (by the seeded preview's
 * sha256), a run with a mapping needs the columns it names, a decision re-run gets the outcome
 * seeded for that choice, and a successful import joins the history (and saves a named layout).
 */
export interface FakeImports {
  previews: Record<string, ImportPreview>;
  /** What the first run of a file answers (overlap "ask"). */
  outcomes: Record<string, ImportOutcomeView>;
  /** What a re-run after "needs-decision" answers, per choice. */
  decisions?: Record<string, Partial<Record<OverlapChoice, ImportOutcomeView>>>;
  history: HistoryEntry[];
  mappings?: SavedMapping[];
  /** Rejected rows per import id, for imports.rejectsCsv. */
  rejects?: Record<string, Reject[]>;
}

export const FAKE_TEMPLATE_CSV = 'date,period_start,period_end,activity,quantity,unit,site,meter,description,evidence,data_quality\n';

function stateOf(ws: FakeWorkspace): FakeImports {
  return (ws.imports ??= { previews: {}, outcomes: {}, history: [] });
}

/** As electron/core/importers/mapping.ts: header names in order, without case or extra spaces. */
function headerSignature(header: readonly string[]): string {
  return header.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}

function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function checkMappingColumns(preview: ImportPreview, mapping: NonNullable<ProcedureParsedInput<'imports.run'>['options']['mapping']>): void {
  const named = [mapping.dateColumn, mapping.periodStartColumn, mapping.periodEndColumn, mapping.quantityColumn, mapping.unitColumn, mapping.activityColumn, mapping.siteColumn, mapping.meterColumn, mapping.descriptionColumn];
  const header = preview.header.map((h) => h.trim().toLowerCase());
  const missing = named.find((name) => name && !header.includes(name.trim().toLowerCase()));
  if (missing) throw new Failure({ code: 'VALIDATION', message: `The file has no column "${missing}"` });
}

export function fakeImportHandlers(kit: FakeKit): Pick<Handlers, Names> {
  const previewOf = (ws: FakeWorkspace, fileName: string): ImportPreview => {
    const preview = stateOf(ws).previews[fileName];
    if (!preview) throw new Failure({ code: 'VALIDATION', message: `The fake has no preview seeded for ${fileName}.` });
    return preview;
  };

  return {
    'imports.profiles': () => [{ id: 'generic-activity', label: 'CarbonRecycling activity CSV', description: 'The app’s own layout.' }],
    'imports.template': () => ({ fileName: 'carbonrecycling-activity-template.csv', csv: FAKE_TEMPLATE_CSV }),
    'imports.preview': ({ fileName }) => {
      const ws = kit.requireWorkspace();
      const preview = previewOf(ws, fileName);
      const previous = stateOf(ws).history.find((h) => h.sha256 === preview.sha256 && h.status === 'imported');
      return { ...preview, previousImport: previous ? { id: previous.id, importedAt: previous.importedAt, fileName: previous.fileName } : null };
    },
    'imports.run': ({ fileName, options }) => {
      const ws = kit.requireWorkspace();
      const state = stateOf(ws);
      const preview = previewOf(ws, fileName);
      if (options.mapping) checkMappingColumns(preview, options.mapping);
      else if (!preview.profile) {
        throw new Failure({
          code: 'VALIDATION',
          message: `The columns (${preview.header.join(', ')}) do not match a known export. Map the columns yourself with the mapping wizard, or choose a layout.`,
        });
      }
      const seeded = state.outcomes[fileName];
      if (!seeded) throw new Failure({ code: 'VALIDATION', message: `The fake has no outcome seeded for ${fileName}.` });
      const previous = state.history.find((h) => h.sha256 === preview.sha256 && h.status === 'imported');
      if (previous) {
        // Nothing is written, so no data.changed either.
        return {
          ...seeded,
          status: 'already-imported',
          importId: null,
          rowsImported: 0,
          rowsRejected: 0,
          rowsDuplicate: 0,
          intervalsImported: 0,
          rejects: [],
          warnings: [],
          conflicts: [],
          perActivity: [],
          co2eKgAdded: 0,
          previousImport: { id: previous.id, importedAt: previous.importedAt, fileName: previous.fileName },
        } satisfies ImportOutcomeView;
      }
      const overlap = options.overlap ?? 'ask';
      const outcome = overlap === 'ask' ? seeded : (state.decisions?.[fileName]?.[overlap] ?? seeded);
      if (outcome.status !== 'imported') return outcome;
      return kit.write(['emissions', 'imports'], () => {
        const importId = outcome.importId ?? kit.newId('import');
        let profileId = outcome.profileId;
        if (options.mapping && options.saveMappingAs) {
          const signature = headerSignature(preview.header);
          const mappings = (state.mappings ??= []);
          if (mappings.some((m) => m.headerSignature === signature)) {
            throw new Failure({ code: 'CONFLICT', message: 'A saved layout already recognises files with these columns. Delete it first to save a new one.' });
          }
          const layout: SavedMapping = { id: kit.newId('layout'), name: options.saveMappingAs, headerSignature: signature, mapping: options.mapping, createdAt: kit.tick() };
          mappings.push(layout);
          profileId = `mapping:${layout.id}`;
        } else if (options.mapping) profileId = 'mapping';
        state.history.unshift({
          id: importId,
          fileName,
          sha256: preview.sha256,
          sizeBytes: preview.sizeBytes,
          encoding: 'utf-8',
          profileId,
          importedAt: kit.tick(),
          status: 'imported',
          undoneAt: null,
          rowsTotal: outcome.rowsTotal,
          rowsImported: outcome.rowsImported,
          rowsRejected: outcome.rowsRejected,
          rowsDuplicate: outcome.rowsDuplicate,
          intervalsImported: outcome.intervalsImported,
          warnings: outcome.warnings,
        });
        (state.rejects ??= {})[importId] = outcome.rejects;
        return { ...outcome, importId, profileId };
      });
    },
    'imports.cancel': () => {
      throw new Failure({ code: 'NOT_FOUND', message: 'That import is not running (it may have just finished).' });
    },
    'imports.list': () => stateOf(kit.requireWorkspace()).history,
    'imports.undo': ({ id }) =>
      kit.write(['emissions', 'imports'], (ws) => {
        const entry = stateOf(ws).history.find((h) => h.id === id);
        if (!entry) throw new Failure({ code: 'NOT_FOUND', message: 'That import does not exist.' });
        if (entry.status === 'undone') throw new Failure({ code: 'CONFLICT', message: `${entry.fileName} has already been undone.` });
        entry.status = 'undone';
        entry.undoneAt = kit.tick();
        kit.audit(ws, {
          action: 'delete',
          entity: 'import',
          entityId: id,
          summary: `Undid import of ${entry.fileName}: removed ${entry.rowsImported} records and ${entry.intervalsImported} readings`,
          before: { records: entry.rowsImported, readings: entry.intervalsImported },
          after: null,
        });
        return null;
      }),
    'imports.mappings': () => [...(stateOf(kit.requireWorkspace()).mappings ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    'imports.deleteMapping': ({ id }) =>
      kit.write(['imports'], (ws) => {
        const state = stateOf(ws);
        const layout = state.mappings?.find((m) => m.id === id);
        if (!layout) throw new Failure({ code: 'NOT_FOUND', message: 'That saved layout no longer exists.' });
        state.mappings = state.mappings?.filter((m) => m.id !== id);
        return null;
      }),
    'imports.rejectsCsv': ({ id }) => {
      const state = stateOf(kit.requireWorkspace());
      const entry = state.history.find((h) => h.id === id);
      if (!entry) throw new Failure({ code: 'NOT_FOUND', message: 'That import does not exist.' });
      const rows = (state.rejects?.[id] ?? []).map((r) => [r.rowNumber, r.column ?? '', r.reason].map(csvCell).join(','));
      return { fileName: `${entry.fileName.replace(/\.[^.]+$/, '')}-rejected-rows.csv`, csv: ['row,column,reason', ...rows].join('\r\n') };
    },
  };
}

/** A preview as the backend answers it; tests override what the screen under test needs. */
export function makeImportPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileName: 'bills.csv',
    sha256: 'sha-bills',
    sizeBytes: 188,
    encoding: 'UTF-8',
    delimiter: ',',
    headerRowNumber: 1,
    header: ['period_start', 'period_end', 'activity', 'quantity', 'unit', 'meter'],
    sampleRows: [
      { rowNumber: 2, cells: ['2024-01-01', '2024-01-31', 'grid-electricity-uk', '1000', 'kWh', 'M1'] },
      { rowNumber: 3, cells: ['2024-02-01', '2024-02-29', 'grid-electricity-uk', 'lots', 'kWh', 'M1'] },
    ],
    rowsTotal: 2,
    preamble: [],
    skipped: [],
    profile: { id: 'generic-activity', label: 'CarbonRecycling activity CSV' },
    previousImport: null,
    ...overrides,
  };
}

export function makeImportOutcome(overrides: Partial<ImportOutcomeView> = {}): ImportOutcomeView {
  return {
    status: 'imported',
    importId: 'import-1',
    fileName: 'bills.csv',
    profileId: 'generic-activity',
    encoding: 'UTF-8',
    rowsTotal: 2,
    rowsImported: 1,
    rowsRejected: 0,
    rowsDuplicate: 0,
    intervalsImported: 0,
    rejects: [],
    warnings: [],
    conflicts: [],
    perActivity: [],
    co2eKgAdded: 0,
    previousImport: null,
    ...overrides,
  };
}
