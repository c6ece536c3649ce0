import type { ImportOutcomeView, ImportPreview } from '../../../shared/domain/imports';
import type { z } from 'zod';
import type { importHistoryEntrySchema } from '../../../shared/domain/imports';
import { Failure, type FakeKit, type FakeWorkspace, type Handlers } from './fake-api';

type Names = 'imports.profiles' | 'imports.template' | 'imports.preview' | 'imports.run' | 'imports.list' | 'imports.undo' | 'imports.rejectsCsv' | 'imports.mappings' | 'imports.deleteMapping';
type HistoryEntry = z.infer<typeof importHistoryEntrySchema>;

/**
 * Imports on a fake workspace. The fake does not read files (the real pipeline is tested in
 * electron/core/importers): tests seed what a file name previews and imports as.
 */
export interface FakeImports {
  previews: Record<string, ImportPreview>;
  outcomes: Record<string, ImportOutcomeView>;
  history: HistoryEntry[];
}

function stateOf(ws: FakeWorkspace): FakeImports {
  return (ws.imports ??= { previews: {}, outcomes: {}, history: [] });
}

export function fakeImportHandlers(kit: FakeKit): Pick<Handlers, Names> {
  return {
    'imports.profiles': () => [{ id: 'generic-activity', label: 'CarbonRecycling activity CSV', description: 'The app’s own layout.' }],
    'imports.template': () => ({ fileName: 'carbonrecycling-activity-template.csv', csv: 'date,period_start,period_end,activity,quantity,unit\n' }),
    'imports.preview': ({ fileName }) => {
      const preview = stateOf(kit.requireWorkspace()).previews[fileName];
      if (!preview) throw new Failure({ code: 'VALIDATION', message: `The fake has no preview seeded for ${fileName}.` });
      return preview;
    },
    'imports.run': ({ fileName }) =>
      kit.write(['emissions', 'imports'], (ws) => {
        const outcome = stateOf(ws).outcomes[fileName];
        if (!outcome) throw new Failure({ code: 'VALIDATION', message: `The fake has no outcome seeded for ${fileName}.` });
        return outcome;
      }),
    'imports.list': () => stateOf(kit.requireWorkspace()).history,
    'imports.undo': ({ id }) =>
      kit.write(['emissions', 'imports'], (ws) => {
        const entry = stateOf(ws).history.find((h) => h.id === id);
        if (!entry) throw new Failure({ code: 'NOT_FOUND', message: 'That import does not exist.' });
        if (entry.status === 'undone') throw new Failure({ code: 'CONFLICT', message: `${entry.fileName} has already been undone.` });
        entry.status = 'undone';
        entry.undoneAt = kit.tick();
        return null;
      }),
    'imports.mappings': () => [],
    'imports.deleteMapping': () => {
      throw new Failure({ code: 'NOT_FOUND', message: 'That saved layout no longer exists.' });
    },
    'imports.rejectsCsv': ({ id }) => {
      const entry = stateOf(kit.requireWorkspace()).history.find((h) => h.id === id);
      if (!entry) throw new Failure({ code: 'NOT_FOUND', message: 'That import does not exist.' });
      return { fileName: `${entry.fileName}-rejected-rows.csv`, csv: 'row,column,reason\n' };
    },
  };
}
