import { useState } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { hrefFor } from '../../lib/router';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useFactorSets } from '../factors/queries';
import { EmissionsSettingsSection } from './EmissionsSettingsSection';
import { useEmissionsSettings, useRuns } from './queries';
import { RecalculateDialog } from './RecalculateDialog';
import { RestatementsSection } from './RestatementsSection';
import { RunsTable } from './RunsTable';
import './calculations.css';

const RECALCULATE_BUTTON = '[data-action="recalculate"]';

export function CalculationsPage() {
  const runs = useRuns();
  const settings = useEmissionsSettings();
  const factorSets = useFactorSets();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [selectedRestatement, setSelectedRestatement] = useState<string | null>(null);
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLDivElement>();
  const current = runs.data?.[0];
  const settingsDiffer = current && settings.data && current.pinnedFactorYear !== settings.data.pinnedFactorYear;

  return (
    <div className="calculations-page" ref={containerRef}>
      <PageHeader
        title="Calculations and restatements"
        description="Your numbers never change silently: new emission factors and settings are applied only when you recalculate. Each recalculation is kept as a new run with its reason, next to the runs before it, so past reports can always be explained."
      />
      <EmissionsSettingsSection />

      <section className="card settings-section" aria-labelledby="runs-title">
        <div className="section-header">
          <h2 id="runs-title">Calculation runs</h2>
          <Button variant="primary" data-action="recalculate" onClick={() => setDialogOpen(true)}>
            Recalculate with current factors…
          </Button>
        </div>
        <p className="section-intro">
          Each run is a fixed snapshot of every figure and the factors behind it. Activity data you add joins the current run
          with that run&apos;s settings.
        </p>
        {settingsDiffer ? (
          <p className="callout">
            Your factor-year setting has changed since run {current.number} was calculated. Recalculate to apply it.
          </p>
        ) : null}
        {runs.isPending ? <Loading label="Loading the calculation runs…" /> : null}
        {runs.isError ? <ErrorBanner title="The calculation runs could not be loaded" error={runs.error} onRetry={() => void runs.refetch()} /> : null}
        {runs.data && runs.data.length === 0 ? (
          <p className="empty-note">
            Nothing has been calculated yet. The first run starts when you add activity data on the{' '}
            <a href={hrefFor('activity')}>Activity data</a> page.
          </p>
        ) : null}
        {runs.data && runs.data.length > 0 ? <RunsTable runs={runs.data} factorSets={factorSets.data?.sets} /> : null}
      </section>

      <RestatementsSection selectedId={selectedRestatement} onSelect={setSelectedRestatement} factorSets={factorSets.data?.sets} />

      {dialogOpen ? (
        <RecalculateDialog
          settings={settings.data}
          onClose={() => {
            setDialogOpen(false);
            focusAfterRender(RECALCULATE_BUTTON);
          }}
          onShowChanges={(restatementId) => {
            setDialogOpen(false);
            setSelectedRestatement(restatementId);
            focusAfterRender('#restatement-changes', RECALCULATE_BUTTON);
          }}
        />
      ) : null}
    </div>
  );
}
