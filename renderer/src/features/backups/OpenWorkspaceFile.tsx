import { useId, useState, type ChangeEvent } from 'react';
import type { ProcedureOutput } from '../../../../shared/ipc/contract';
import { WORKSPACE_EXPORT_EXTENSION } from '../../../../shared/domain/backups';
import { ErrorBanner } from '../../components/ErrorBanner';
import { readWorkspaceFile } from './backup-files';
import { useImportWorkspace } from './mutations';

/**
 * "Open a workspace file": a file exported from this app (by a client, or by you on another
 * computer) is checked, copied into the workspaces folder under a new name, and opened.
 */
export function OpenWorkspaceFile({ onOpened }: { onOpened?: (result: ProcedureOutput<'workspaces.import'>) => void }) {
  const importer = useImportWorkspace();
  const inputId = useId();
  const hintId = useId();
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<unknown>(null);
  const [opened, setOpened] = useState<string | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOpened(null);
    setReadError(null);
    setReading(true);
    try {
      const content = await readWorkspaceFile(file);
      importer.mutate(
        { fileName: file.name, ...content },
        {
          onSuccess: (result) => {
            setOpened(`Opened ${file.name} (${result.workspace.organisation.name}). It is saved in your workspaces folder as ${result.savedAs}; the file you chose is unchanged.`);
            onOpened?.(result);
          },
        },
      );
    } catch (error) {
      setReadError(error);
    } finally {
      setReading(false);
    }
  }

  const busy = reading || importer.isPending;
  return (
    <>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          Open a workspace file
        </label>
        <p id={hintId} className="field-hint">
          A {WORKSPACE_EXPORT_EXTENSION} or .sqlite file exported from CarbonRecycling Desktop. It is copied into your workspaces folder and opened; no existing workspace is replaced.
        </p>
        <input id={inputId} type="file" aria-describedby={hintId} accept={`${WORKSPACE_EXPORT_EXTENSION},.sqlite`} disabled={busy} onChange={(e) => void choose(e)} />
      </div>
      {busy ? <p role="status">Checking and opening the file…</p> : null}
      {opened ? <p role="status">{opened}</p> : null}
      {readError ? <ErrorBanner title="The file could not be read" error={readError} /> : null}
      {importer.isError ? <ErrorBanner title="The file was not opened" error={importer.error} /> : null}
    </>
  );
}
