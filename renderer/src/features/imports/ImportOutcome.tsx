import type { ReactNode, Ref } from 'react';
import type { ImportOutcomeView } from '../../../../shared/domain/imports';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../lib/dates';
import { formatKg, formatQuantity, formatTonnes } from '../../lib/emissions-words';
import { hrefFor } from '../../lib/router';
import { conflictWords, plural, type UnitNaming } from './import-words';
import { RejectsTable } from './RejectsTable';

export type OverlapChoice = 'replace' | 'keep-both' | 'skip';

export interface ImportOutcomeProps {
  outcome: ImportOutcomeView;
  naming: UnitNaming;
  layout: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The choice being re-run after "needs-decision", while it runs. */
  deciding: OverlapChoice | null;
  onDecide: (choice: OverlapChoice) => void;
}

function Emissions({ kg }: { kg: number }) {
  return (
    <>
      {formatKg(kg)} kg CO2e <span className="import-detail">({formatTonnes(kg)} tCO2e)</span>
    </>
  );
}

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="import-warnings" aria-labelledby="import-warnings-title">
      <h4 id="import-warnings-title">Worth checking</h4>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

/** What an import did: the summary, the rejected rows, or the decision it is waiting for. */
export function ImportOutcome({ outcome, naming, layout, headingRef, deciding, onDecide }: ImportOutcomeProps) {
  switch (outcome.status) {
    case 'imported':
      return (
        <section className="import-outcome import-outcome-ok" aria-labelledby="import-outcome-title">
          <h3 id="import-outcome-title" ref={headingRef} tabIndex={-1}>
            Imported {outcome.fileName}
          </h3>
          <p>
            Read as {layout}, in {outcome.encoding}. The records are on the <a href={hrefFor('activity')}>Activity data</a> page, each linked to
            this file; undo the whole import from the history below if it was the wrong file.
          </p>
          <dl className="import-stats">
            <Stat label="Rows read" value={formatQuantity(outcome.rowsTotal)} />
            <Stat label="Records imported" value={formatQuantity(outcome.rowsImported)} />
            <Stat label="Rows rejected" value={formatQuantity(outcome.rowsRejected)} />
            {/* Interval readings are compared a meter's day at a time: what a re-download skips is days. */}
            <Stat label={outcome.intervalsImported > 0 ? 'Days already imported' : 'Duplicates skipped'} value={formatQuantity(outcome.rowsDuplicate)} />
            {outcome.intervalsImported > 0 ? <Stat label="Interval readings" value={formatQuantity(outcome.intervalsImported)} /> : null}
            <Stat label="Emissions added" value={<Emissions kg={outcome.co2eKgAdded} />} />
          </dl>
          {outcome.perActivity.length > 0 ? (
            <div className="table-wrap">
              <table className="table">
                <caption className="import-caption">What was added, by activity (location-based)</caption>
                <thead>
                  <tr>
                    <th scope="col">Activity</th>
                    <th scope="col" className="numeric">
                      Quantity
                    </th>
                    <th scope="col" className="numeric">
                      Emissions
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.perActivity.map((a) => (
                    <tr key={`${a.activityId}-${a.unit}`}>
                      <th scope="row">{naming.activityLabel(a.activityId)}</th>
                      <td className="numeric">
                        {formatQuantity(a.quantity)} {naming.unitLabel(a.unit)}
                      </td>
                      <td className="numeric">
                        <Emissions kg={a.co2eKg} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <Warnings warnings={outcome.warnings} />
          <RejectsTable rejects={outcome.rejects} fileName={outcome.fileName} importId={outcome.importId} />
        </section>
      );
    case 'already-imported':
      return (
        <section className="import-outcome" aria-labelledby="import-outcome-title">
          <h3 id="import-outcome-title" ref={headingRef} tabIndex={-1}>
            Already imported: nothing changed
          </h3>
          <p>
            {outcome.previousImport
              ? `This exact file was imported on ${formatDateTime(outcome.previousImport.importedAt)}${outcome.previousImport.fileName !== outcome.fileName ? ` as ${outcome.previousImport.fileName}` : ''}. `
              : 'This exact file has been imported before. '}
            Its rows are already counted, so nothing was added. To import it again, undo the earlier import in the history below first.
          </p>
        </section>
      );
    case 'nothing-imported':
      return (
        <section className="import-outcome import-outcome-bad" aria-labelledby="import-outcome-title">
          <h3 id="import-outcome-title" ref={headingRef} tabIndex={-1}>
            Nothing was imported from {outcome.fileName}
          </h3>
          <ul>
            {outcome.rowsRejected > 0 ? <li>{plural(outcome.rowsRejected, 'row was', 'rows were')} rejected: the reasons are below.</li> : null}
            {outcome.rowsDuplicate > 0 ? (
              <li>
                {outcome.rowsDuplicate === 1 ? '1 row is already in the workspace, so it was skipped as a duplicate.' : `${plural(outcome.rowsDuplicate, 'row')} are already in the workspace, so they were skipped as duplicates.`}
              </li>
            ) : null}
            {outcome.conflicts.length > 0 ? <li>The rows that overlap records you already have were skipped, as you chose.</li> : null}
            <li>Nothing was written: fix the file and import it again.</li>
          </ul>
          <Warnings warnings={outcome.warnings} />
          <RejectsTable rejects={outcome.rejects} fileName={outcome.fileName} importId={null} />
        </section>
      );
    case 'needs-decision':
      return (
        <section className="import-outcome import-outcome-ask" aria-labelledby="import-outcome-title">
          <h3 id="import-outcome-title" ref={headingRef} tabIndex={-1}>
            Some rows overlap records you already have
          </h3>
          <p>Nothing has been imported yet. Counting the same period twice would overstate your emissions, so choose what to do:</p>
          <ul className="import-conflicts">
            {outcome.conflicts.map((c, i) => (
              <li key={`${c.rowNumber}-${c.existing.id}-${i}`}>{conflictWords(c, naming)}</li>
            ))}
          </ul>
          {outcome.rowsRejected > 0 || outcome.rowsDuplicate > 0 ? (
            <p className="import-note">
              Whatever you choose, {outcome.rowsRejected > 0 ? `${plural(outcome.rowsRejected, 'row is', 'rows are')} rejected` : ''}
              {outcome.rowsRejected > 0 && outcome.rowsDuplicate > 0 ? ' and ' : ''}
              {outcome.rowsDuplicate > 0 ? `${plural(outcome.rowsDuplicate, 'duplicate is', 'duplicates are')} skipped` : ''}.
            </p>
          ) : null}
          <div className="import-decisions">
            <div>
              <Button variant="primary" busy={deciding === 'replace'} disabled={deciding !== null && deciding !== 'replace'} onClick={() => onDecide('replace')}>
                Replace the existing records
              </Button>
              <p className="import-detail">The overlapping records are deleted (kept in the audit log) and the file’s rows take their place. Best when the file has the actual bills for estimates.</p>
            </div>
            <div>
              <Button busy={deciding === 'keep-both'} disabled={deciding !== null && deciding !== 'keep-both'} onClick={() => onDecide('keep-both')}>
                Keep both
              </Button>
              <p className="import-detail">Every row is imported next to what is there. Only right when they really are different usage, such as a second supply.</p>
            </div>
            <div>
              <Button busy={deciding === 'skip'} disabled={deciding !== null && deciding !== 'skip'} onClick={() => onDecide('skip')}>
                Skip the overlapping rows
              </Button>
              <p className="import-detail">The rows above are left out; the rest of the file is imported.</p>
            </div>
          </div>
          <RejectsTable rejects={outcome.rejects} fileName={outcome.fileName} importId={null} />
        </section>
      );
  }
}
