import { useId, useRef, useState } from 'react';
import type { ColumnMappingInput, ImportOutcomeView, ImportPreview } from '../../../../shared/domain/imports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { errorMessage, fieldErrorsOf } from '../../lib/errors';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useActivities } from '../calculator/queries';
import { useSites } from '../sites/queries';
import { ChoicesFields } from './ChoicesFields';
import { DropZone } from './DropZone';
import { ImportOutcome, type OverlapChoice } from './ImportOutcome';
import { ImportProgress, useImportProgress } from './ImportProgress';
import { hasSiteColumn, initialChoices, runOptions, type FileChoices, type RunOptions } from './import-options';
import { layoutName, unitNaming } from './import-words';
import { MappingWizard } from './MappingWizard';
import { usePreviewImport, useRunImport } from './mutations';
import { PreviewPanel } from './PreviewPanel';
import { useImportProfiles, useSavedLayouts } from './queries';
import { readFileAsBase64, refuseFile, type LoadedFile } from './read-file';

const OUTCOME_HEADING = '#import-outcome-title';
const DECIMAL_COMMA_HINT = 'The numbers in the file look like they use decimal commas.';

/**
 * One file at a time: choose or drop it → preview (what the app made of it) → the choices or the
 * mapping wizard → import with a progress bar → what happened, or the decision it waits for.
 */
export function ImportFlow() {
  const titleId = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [choices, setChoices] = useState<FileChoices | null>(null);
  const [siteMissing, setSiteMissing] = useState(false);
  // Kept apart from the mutation's data so a decision re-run keeps the question on screen.
  const [outcome, setOutcome] = useState<ImportOutcomeView | null>(null);
  const [lastOptions, setLastOptions] = useState<RunOptions | null>(null);
  const [deciding, setDeciding] = useState<OverlapChoice | null>(null);
  const readCount = useRef(0);
  const preview = usePreviewImport();
  const run = useRunImport();
  const sites = useSites();
  const activities = useActivities();
  const profiles = useImportProfiles();
  const layouts = useSavedLayouts();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();
  const current = file && preview.data?.fileName === file.fileName ? preview.data : undefined;
  const { progress, reset: resetProgress } = useImportProgress(current?.sha256 ?? null);
  const siteList = sites.data ?? [];

  function clear() {
    readCount.current++;
    preview.reset();
    run.reset();
    setFile(null);
    setReading(null);
    setOutcome(null);
    setLastOptions(null);
    setDeciding(null);
    setSiteMissing(false);
  }

  async function chooseFile(chosen: File, dropNote: string | null) {
    clear();
    setNote(dropNote);
    const refused = refuseFile(chosen);
    setRefusal(refused);
    if (refused) return;
    setReading(chosen.name);
    const count = readCount.current;
    try {
      const contentBase64 = await readFileAsBase64(chosen);
      if (count !== readCount.current) return;
      const loaded = { fileName: chosen.name, sizeBytes: chosen.size, contentBase64 };
      setReading(null);
      setFile(loaded);
      preview.mutate(
        { fileName: loaded.fileName, contentBase64 },
        {
          onSuccess: (answer) => {
            setChoices(initialChoices(answer, siteList.map((s) => s.id)));
            focusAfterRender('#import-preview-title');
          },
        },
      );
    } catch (error) {
      if (count !== readCount.current) return;
      setReading(null);
      setRefusal(errorMessage(error));
    }
  }

  function start(options: RunOptions) {
    if (!file || run.isPending) return;
    resetProgress();
    setLastOptions(options);
    run.mutate(
      { fileName: file.fileName, contentBase64: file.contentBase64, options },
      {
        onSuccess: (answer) => {
          setOutcome(answer);
          focusAfterRender(OUTCOME_HEADING);
        },
        onError: () => focusAfterRender('[data-import-error]', '[aria-invalid="true"]'),
        onSettled: () => setDeciding(null),
      },
    );
  }

  function importRecognised(chosen: FileChoices, askSite: boolean) {
    if (askSite && !chosen.siteId) {
      setSiteMissing(true);
      focusAfterRender('[aria-invalid="true"]');
      return;
    }
    start(runOptions(chosen, askSite));
  }

  function importMapped(mapping: ColumnMappingInput, saveAs: string | null, chosen: FileChoices) {
    const askSite = siteList.length > 1 && !mapping.siteColumn;
    start({ mapping, ...(saveAs ? { saveMappingAs: saveAs } : {}), ...runOptions(chosen, askSite) });
  }

  function decide(choice: OverlapChoice) {
    if (!lastOptions || run.isPending) return;
    setDeciding(choice);
    start({ ...lastOptions, overlap: choice });
  }

  const serverFields = fieldErrorsOf(run.error);
  const wizardShown = current !== undefined && current.profile === null && outcome === null;
  // In the wizard, the server's field messages sit under the fields they are about.
  const showRunError = run.isError && !(wizardShown && Object.keys(serverFields).length > 0);

  function renderChoices(answer: ImportPreview, chosen: FileChoices) {
    if (!answer.profile) {
      if (!activities.data) {
        return activities.isError ? (
          <ErrorBanner title="The list of activities could not be loaded" error={activities.error} onRetry={() => void activities.refetch()} />
        ) : (
          <Loading label="Loading the activities…" />
        );
      }
      return (
        <MappingWizard
          key={answer.sha256}
          preview={answer}
          activities={activities.data}
          sites={siteList}
          choices={chosen}
          onChoicesChange={setChoices}
          serverFields={serverFields}
          busy={run.isPending}
          onImport={(mapping, saveAs) => importMapped(mapping, saveAs, chosen)}
        />
      );
    }
    const askSite = siteList.length > 1 && !hasSiteColumn(answer.header);
    return (
      <form
        className="import-recognised"
        noValidate
        aria-label="How to read the file"
        onSubmit={(event) => {
          event.preventDefault();
          importRecognised(chosen, askSite);
        }}
      >
        <ChoicesFields
          choices={chosen}
          onChange={(next) => {
            setChoices(next);
            if (next.siteId) setSiteMissing(false);
          }}
          sites={siteList}
          askSite={askSite}
          siteError={siteMissing ? 'Choose the site these rows belong to' : undefined}
          decimalHint={chosen.decimalMark === ',' ? DECIMAL_COMMA_HINT : undefined}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={run.isPending}>
            Import this file
          </Button>
          {answer.previousImport ? <span className="import-detail">Nothing will change: this file is already imported.</span> : null}
        </div>
      </form>
    );
  }

  return (
    <section className="card import-flow" aria-labelledby={titleId} ref={containerRef}>
      <h2 id={titleId}>Import a file</h2>
      <DropZone onFile={(f, n) => void chooseFile(f, n)} busy={run.isPending || reading !== null || preview.isPending} compact={file !== null || outcome !== null} />
      {note ? <p className="import-note">{note}</p> : null}
      {refusal ? <ErrorBanner title="That file cannot be imported here" error={refusal} /> : null}
      {reading ? <Loading label={`Reading ${reading}…`} /> : null}
      {preview.isPending ? <Loading label={`Looking at ${file?.fileName ?? 'the file'}…`} /> : null}
      {preview.isError ? <ErrorBanner title={`${file?.fileName ?? 'The file'} could not be read`} error={preview.error} /> : null}

      {current && !outcome ? (
        <>
          <PreviewPanel preview={current} />
          {choices ? renderChoices(current, choices) : null}
        </>
      ) : null}

      {run.isPending && file && current ? <ImportProgress progress={progress} fileName={file.fileName} fileSha256={current.sha256} /> : null}
      {showRunError ? (
        <div data-import-error tabIndex={-1}>
          <ErrorBanner title={current?.profile === null ? 'Nothing was imported: check the mapping' : 'Nothing was imported'} error={run.error} />
        </div>
      ) : null}
      {outcome ? (
        <>
          <ImportOutcome
            outcome={outcome}
            naming={unitNaming(activities.data)}
            layout={
              // The outcome may name the one-off mapping even when it was saved just now.
              outcome.profileId === 'mapping' && outcome.status === 'imported' && lastOptions?.saveMappingAs
                ? `${lastOptions.saveMappingAs} (saved layout)`
                : layoutName(outcome.profileId, profiles.data, layouts.data)
            }
            deciding={deciding}
            onDecide={decide}
          />
          <p className="import-next">
            <Button
              onClick={() => {
                clear();
                focusAfterRender('.import-drop-zone button');
              }}
            >
              {outcome.status === 'needs-decision' ? 'Cancel: import nothing' : 'Import another file'}
            </Button>
          </p>
        </>
      ) : null}
    </section>
  );
}
