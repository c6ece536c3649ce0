import { useId } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { FactorSearch } from './FactorSearch';
import { FactorSetList } from './FactorSetList';
import { useFactorSets } from './queries';
import './factors.css';

export function FactorsPage() {
  const sets = useFactorSets();
  const searchHeading = useId();
  const setsHeading = useId();
  return (
    <>
      <PageHeader
        title="Emission factors"
        description="Emission factors are the published numbers that turn your energy use, travel and spending into CO2e (carbon dioxide equivalent). For example, the UK Government says each kWh of mains gas burnt in 2024 released 0.1829 kg CO2e. Every figure the app calculates names the factor it used, so you or your auditor can look it up here."
      />
      {sets.isPending ? <Loading label="Loading the emission factors…" /> : null}
      {sets.isError ? <ErrorBanner title="The emission factors could not be loaded" error={sets.error} onRetry={() => void sets.refetch()} /> : null}
      {sets.data && sets.data.refused.length > 0 ? (
        <ErrorBanner
          title="Some factor files were not loaded"
          error="These files shipped with the app did not pass their checks, so none of their factors are used. Reinstall the app to restore them."
        >
          <ul>
            {sets.data.refused.map((file) => (
              <li key={`${file.dataset}/${file.fileName}`}>
                {file.dataset}/{file.fileName}: {file.reason}
              </li>
            ))}
          </ul>
        </ErrorBanner>
      ) : null}
      {sets.data ? (
        <>
          <section aria-labelledby={searchHeading} className="factor-section">
            <h2 id={searchHeading}>Find a factor</h2>
            <FactorSearch sets={sets.data.sets} />
          </section>
          <section aria-labelledby={setsHeading} className="factor-section">
            <h2 id={setsHeading}>Factor sets in this workspace</h2>
            <p className="section-intro">
              Each set is one published file, loaded whole and never edited. A newer publication arrives as a new set, so figures already
              reported keep the factors they were calculated with.
            </p>
            <FactorSetList sets={sets.data.sets} />
          </section>
        </>
      ) : null}
    </>
  );
}
