import { useCallback, useEffect, useState } from 'react';
import { events, type EventPayload } from '../../../../shared/ipc/contract';
import { useMutation } from '@tanstack/react-query';
import { Button } from '../../components/Button';
import { call, onEvent } from '../../lib/bridge';
import { formatQuantity } from '../../lib/emissions-words';

export type Progress = EventPayload<'import.progress'>;

const PHASES: ReadonlyArray<{ phase: Progress['phase']; words: string }> = [
  { phase: 'reading', words: 'Reading the file' },
  { phase: 'checking', words: 'Checking each row' },
  { phase: 'writing', words: 'Saving the records' },
  { phase: 'calculating', words: 'Calculating emissions' },
  { phase: 'done', words: 'Finishing' },
];
const STEPS = PHASES.length - 1;

/** 0–1: each phase is an equal step, filled in by the rows done within it. */
export function progressFraction(progress: Progress): number {
  if (progress.phase === 'done') return 1;
  const step = PHASES.findIndex((p) => p.phase === progress.phase);
  const within = progress.rowsTotal > 0 ? Math.min(progress.rowsDone / progress.rowsTotal, 1) : 0;
  return Math.min((step + within) / STEPS, 1);
}

export function progressWords(progress: Progress): string {
  const index = PHASES.findIndex((p) => p.phase === progress.phase);
  const words = PHASES[index]?.words ?? 'Importing';
  const step = progress.phase === 'done' ? '' : ` (step ${index + 1} of ${STEPS})`;
  const about = progress.rowsTotalExact === false ? 'about ' : '';
  const rows = progress.rowsTotal > 0 ? `: ${formatQuantity(progress.rowsDone)} of ${about}${formatQuantity(progress.rowsTotal)} rows` : '';
  return `${words}${step}${rows}`;
}

/**
 * The latest `import.progress` event for one file (matched by its SHA-256). Subscribed while the
 * page is open, not only while a run is pending, so the first events of a quick import are not
 * missed while a new event stream connects.
 */
export function useImportProgress(fileSha256: string | null): { progress: Progress | null; reset: () => void } {
  const [latest, setLatest] = useState<Progress | null>(null);
  useEffect(
    () =>
      onEvent((name, payload) => {
        if (name !== 'import.progress') return;
        const parsed = events['import.progress'].safeParse(payload);
        if (parsed.success) setLatest(parsed.data);
      }),
    [],
  );
  const reset = useCallback(() => setLatest(null), []);
  return { progress: latest && latest.fileSha256 === fileSha256 ? latest : null, reset };
}

/** A determinate bar once progress events arrive for the file, otherwise an indeterminate one. */
export function ImportProgress({ progress, fileName, fileSha256 }: { progress: Progress | null; fileName: string; fileSha256: string }) {
  const words = progress ? progressWords(progress) : 'Importing…';
  // The import runs in its own thread and one transaction: stopping it leaves nothing behind.
  const cancel = useMutation({ mutationFn: () => call('imports.cancel', { fileSha256 }) });
  return (
    <div className="import-progress">
      {progress ? (
        <progress className="import-progress-bar" aria-label={`Importing ${fileName}`} aria-valuetext={words} max={1} value={progressFraction(progress)} />
      ) : (
        <progress className="import-progress-bar" aria-label={`Importing ${fileName}`} aria-valuetext={words} />
      )}
      <p role="status" className="import-progress-words">
        {words}
      </p>
      <Button busy={cancel.isPending} onClick={() => cancel.mutate()}>
        Cancel import
      </Button>
    </div>
  );
}
