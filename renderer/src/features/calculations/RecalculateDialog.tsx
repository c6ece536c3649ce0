import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import type { EmissionsSettings } from '../../../../shared/domain/calculations';
import type { ProcedureOutput } from '../../../../shared/ipc/contract';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { formatPct, formatTonnes } from '../../lib/emissions-words';
import { fieldErrorsOf } from '../../lib/errors';
import { hrefFor } from '../../lib/router';
import { useRecalculate } from './mutations';

export const MIN_REASON_LENGTH = 5;

export interface RecalculateDialogProps {
  settings: EmissionsSettings | undefined;
  onClose: () => void;
  /** Opens the restatement the recalculation recorded. */
  onShowChanges: (restatementId: string) => void;
}

function settingsWords(settings: EmissionsSettings | undefined): string {
  if (!settings) return 'your current settings';
  return settings.pinnedFactorYear === null
    ? 'the government rule for which year’s factors apply to each period'
    : `the ${settings.pinnedFactorYear} factors for every period (pinned in the settings)`;
}

type Outcome = ProcedureOutput<'calculations.recalculate'>;

/**
 * Asks why (kept with the restatement), shows that work is under way, then what changed. A native
 * modal <dialog>: focus stays inside, Escape closes it.
 */
export function RecalculateDialog({ settings, onClose, onShowChanges }: RecalculateDialogProps) {
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const outcomeRef = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const recalculate = useRecalculate();
  const outcome = recalculate.data;
  const serverReasonError = fieldErrorsOf(recalculate.error)['reason'];
  const reasonError = tooShort ? `Say why you are recalculating, in at least ${MIN_REASON_LENGTH} characters (e.g. “2025 DESNZ factors published”)` : serverReasonError;

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (recalculate.isPending) return;
    if (reason.trim().length < MIN_REASON_LENGTH) {
      setTooShort(true);
      reasonRef.current?.focus();
      return;
    }
    recalculate.mutate({ reason: reason.trim() }, { onError: () => reasonRef.current?.focus() });
  }

  return (
    <ModalDialog className="recalc-dialog" title="Recalculate with current factors" initialFocus={reasonRef} onClose={onClose}>
      {outcome ? (
        <RecalculationOutcome outcome={outcome} thresholdPct={settings?.significanceThresholdPct} headingRef={outcomeRef} onClose={onClose} onShowChanges={onShowChanges} />
      ) : (
        <form noValidate onSubmit={submit}>
          <p>
            Every activity record is calculated again with the factor sets loaded now and {settingsWords(settings)}. The current run
            stays exactly as it is: the new run and the difference between them (a restatement) are kept with your reason.
          </p>
          <Field label="Reason for recalculating" hint="For example “2025 DESNZ factors published” or “Corrected the March gas bill”. It is kept with the restatement." error={reasonError}>
            {(control) => (
              <textarea
                {...control}
                ref={reasonRef}
                rows={3}
                value={reason}
                readOnly={recalculate.isPending}
                onChange={(e) => {
                  setReason(e.target.value);
                  if (tooShort && e.target.value.trim().length >= MIN_REASON_LENGTH) setTooShort(false);
                }}
              />
            )}
          </Field>
          <p role="status" className="recalc-busy">
            {recalculate.isPending ? 'Recalculating every activity record… This can take a little while for a large workspace.' : null}
          </p>
          {recalculate.isError && !serverReasonError ? <ErrorBanner title="The recalculation did not run" error={recalculate.error} /> : null}
          <div className="dialog-actions">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" busy={recalculate.isPending}>
              {recalculate.isPending ? 'Recalculating…' : 'Recalculate'}
            </Button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}

interface OutcomeProps {
  outcome: Outcome;
  thresholdPct: number | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onShowChanges: (restatementId: string) => void;
}

function RecalculationOutcome({ outcome, thresholdPct, headingRef, onClose, onShowChanges }: OutcomeProps) {
  const { run, restatementId, baseYearChangePct, baseYearRecalculationRequired, errors } = outcome;
  const threshold = thresholdPct === undefined ? 'your significance threshold' : `your significance threshold of ${thresholdPct} %`;
  return (
    <section className="recalc-outcome" aria-labelledby="recalc-outcome-title">
      <h3 id="recalc-outcome-title" ref={headingRef} tabIndex={-1}>
        Run {run.number} is ready
      </h3>
      <p>
        Run {run.number} is now the current calculation, with {run.figureCount} {run.figureCount === 1 ? 'figure' : 'figures'}.{' '}
        {restatementId
          ? `The difference from run ${run.number - 1} is kept as a restatement with your reason.`
          : 'It is the first run, so there is nothing to compare it with.'}
      </p>
      <dl className="recalc-totals">
        <div>
          <dt>Scope 1</dt>
          <dd>{formatTonnes(run.totals.scope1Co2eKg)} tCO2e</dd>
        </div>
        <div>
          <dt>Scope 2 location-based</dt>
          <dd>{formatTonnes(run.totals.scope2LocationCo2eKg)} tCO2e</dd>
        </div>
        <div>
          <dt>Scope 2 market-based</dt>
          <dd>{formatTonnes(run.totals.scope2MarketCo2eKg)} tCO2e</dd>
        </div>
        <div>
          <dt>Scope 3</dt>
          <dd>{formatTonnes(run.totals.scope3Co2eKg)} tCO2e</dd>
        </div>
      </dl>
      {restatementId ? (
        <p>
          <strong>Base-year change:</strong>{' '}
          {baseYearChangePct === null
            ? 'none worked out: the earlier run had no figures in your base year.'
            : `${formatPct(baseYearChangePct)} in the base-year total (${baseYearRecalculationRequired ? 'at or above' : 'below'} ${threshold}).`}
        </p>
      ) : null}
      {baseYearRecalculationRequired ? (
        <div className="recalc-warning" role="alert">
          <p className="recalc-warning-title">Base-year recalculation required</p>
          <p>
            Your base-year total moved by {formatPct(baseYearChangePct)}, at or above {threshold}. The GHG Protocol asks you to
            restate the base year: use run {run.number} for it in your reports and say why it changed.
          </p>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <div className="recalc-errors">
          <h4>
            {errors.length} {errors.length === 1 ? 'record' : 'records'} could not be calculated
          </h4>
          <p>
            They have no figures in run {run.number}. Check them on the <a href={hrefFor('activity')}>Activity data</a> page.
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e.recordId}>{e.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="dialog-actions">
        {restatementId ? <Button onClick={() => onShowChanges(restatementId)}>Show the changes</Button> : null}
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      </div>
    </section>
  );
}
