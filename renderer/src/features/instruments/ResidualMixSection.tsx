import { useState } from 'react';
import type { ResidualMixFactor } from '../../../../shared/domain/scope2';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { formatDateTime } from '../../lib/dates';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { marketLabels } from './instrument-draft';
import { formatFactor } from './instrument-format';
import { useDeleteResidualMix } from './mutations';
import { useResidualMixes } from './queries';
import { ResidualMixEditor } from './ResidualMixEditor';

const ADD_BUTTON = '[data-action="add-residual-mix"]';

function mixName(mix: Pick<ResidualMixFactor, 'market' | 'year'>): string {
  return `${marketLabels[mix.market]} ${mix.year}`;
}

export interface ResidualMixSectionProps {
  /** False while another form on the page is open: one form at a time keeps every label unique. */
  active: boolean;
  onActivate: () => void;
}

export function ResidualMixSection({ active, onActivate }: ResidualMixSectionProps) {
  const mixes = useResidualMixes();
  const [addingState, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ResidualMixFactor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useDeleteResidualMix();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLElement>();
  const adding = active && addingState;

  function startAdding() {
    setNotice(null);
    setAdding(true);
    onActivate();
  }

  function finishAdding(saved: ResidualMixFactor | null) {
    setAdding(false);
    if (saved) setNotice(`Saved the ${mixName(saved)} residual mix`);
    focusAfterRender(ADD_BUTTON);
  }

  function confirmDelete() {
    if (!deleting || remove.isPending) return;
    const mix = deleting;
    remove.mutate(mix.id, {
      onSuccess: () => {
        setDeleting(null);
        setNotice(`Deleted the ${mixName(mix)} residual mix`);
        focusAfterRender(ADD_BUTTON);
      },
    });
  }

  return (
    <section ref={containerRef} className="card settings-section" aria-labelledby="residual-mix">
      <div className="section-header">
        <h2 id="residual-mix">Residual mix</h2>
        <Button data-action="add-residual-mix" disabled={adding} onClick={startAdding}>
          Enter a residual mix
        </Button>
      </div>
      <p className="section-intro">
        The residual mix is the grid&apos;s electricity once everyone&apos;s certificates and green tariffs have been taken
        out. Using it for electricity that no contract covers stops the same green electricity being counted twice.
      </p>
      <p className="callout">
        The app comes with no residual mix value, because we found no verified UK source to ship. Without one, electricity
        that no contract covers is counted at the grid average in the market-based figure, and the figure says so. If a
        publication or your adviser gives you a value, enter it here with its source.
      </p>
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {mixes.isPending ? <Loading label="Loading residual mix values…" /> : null}
      {mixes.isError ? (
        <ErrorBanner title="Residual mix values could not be loaded" error={mixes.error} onRetry={() => void mixes.refetch()} />
      ) : null}
      {mixes.data && mixes.data.length === 0 ? (
        <div className="empty-note">
          <h3>No residual mix entered</h3>
          <p>Market-based figures use the grid average for electricity that no contract or certificate covers.</p>
        </div>
      ) : null}
      {mixes.data && mixes.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Residual mix values you entered</caption>
            <thead>
              <tr>
                <th scope="col">Market and year</th>
                <th scope="col" className="numeric">
                  Factor (kg CO2e/kWh)
                </th>
                <th scope="col">Where this value comes from</th>
                <th scope="col">Entered</th>
                <th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {mixes.data.map((mix) => (
                <tr key={mix.id}>
                  <th scope="row">{mixName(mix)}</th>
                  <td className="numeric">{formatFactor(mix.factorKgCo2ePerKwh)}</td>
                  <td>{mix.source}</td>
                  <td className="nowrap">{formatDateTime(mix.createdAt)}</td>
                  <td className="row-actions">
                    <Button
                      variant="quiet"
                      className="button-quiet-danger"
                      data-delete-residual-mix={mix.id}
                      onClick={() => {
                        remove.reset();
                        setNotice(null);
                        setDeleting(mix);
                      }}
                    >
                      Delete <VisuallyHidden>{mixName(mix)} residual mix</VisuallyHidden>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {adding ? <ResidualMixEditor onSaved={(mix) => finishAdding(mix)} onCancel={() => finishAdding(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete the ${mixName(deleting)} residual mix?`}
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error}
          errorTitle="It was not deleted"
          onConfirm={confirmDelete}
          onCancel={() => {
            setDeleting(null);
            focusAfterRender(`[data-delete-residual-mix="${deleting.id}"]`, ADD_BUTTON);
          }}
        >
          <p>
            Market-based figures calculated from now on use the grid average instead, unless you enter another value. The
            change is kept in the audit log.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
