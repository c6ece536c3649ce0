import { useState } from 'react';
import type { FactorDatasetId, FactorRowView, FactorSet } from '../../../../shared/domain/factors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { datasetGuides } from './factor-labels';
import { FactorDetailDialog } from './FactorDetailDialog';
import { FactorResultsTable } from './FactorResultsTable';
import { useFactorSearch } from './queries';
import { useDebouncedValue } from './use-debounced-value';

export const FACTOR_PAGE_SIZE = 25;
export const SEARCH_DELAY_MS = 300;

interface Filters {
  year: number | null;
  dataset: FactorDatasetId | null;
  totalsOnly: boolean;
}

export function FactorSearch({ sets }: { sets: readonly FactorSet[] }) {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>({ year: null, dataset: null, totalsOnly: true });
  const [page, setPage] = useState(0);
  const [shown, setShown] = useState<FactorRowView | null>(null);
  const words = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const years = [...new Set(sets.map((s) => s.year))].sort((a, b) => b - a);
  const datasets = [...new Set(sets.map((s) => s.dataset))];
  // With no words and no year or dataset chosen there is nothing useful to list (75,000 rows).
  const active = words !== '' || filters.year !== null || filters.dataset !== null;
  const search = useFactorSearch(
    {
      text: words,
      limit: FACTOR_PAGE_SIZE,
      offset: page * FACTOR_PAGE_SIZE,
      ...(filters.year !== null ? { year: filters.year } : {}),
      ...(filters.dataset !== null ? { dataset: filters.dataset } : {}),
      ...(filters.totalsOnly ? { kgCo2eOnly: true } : {}),
    },
    active,
  );

  function change(next: Partial<Filters>) {
    setFilters((prev) => ({ ...prev, ...next }));
    setPage(0);
  }

  return (
    <>
      <form
        className="filters factor-filters"
        role="search"
        aria-label="Search emission factors"
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label="Search factors" className="factor-search-field" hint="For example: natural gas, electricity UK, diesel litres, hotel, or a SIC code such as 47">
          {(control) => (
            <input
              {...control}
              type="search"
              value={text}
              autoComplete="off"
              onChange={(event) => {
                setText(event.target.value);
                setPage(0);
              }}
            />
          )}
        </Field>
        <Field label="Year">
          {(control) => (
            <select {...control} value={filters.year ?? ''} onChange={(e) => change({ year: e.target.value === '' ? null : Number(e.target.value) })}>
              <option value="">All years</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Dataset">
          {(control) => (
            <select {...control} value={filters.dataset ?? ''} onChange={(e) => change({ dataset: e.target.value === '' ? null : (e.target.value as FactorDatasetId) })}>
              <option value="">All datasets</option>
              {datasets.map((dataset) => (
                <option key={dataset} value={dataset}>
                  {datasetGuides[dataset].name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="factor-totals">
          <input type="checkbox" checked={filters.totalsOnly} onChange={(e) => change({ totalsOnly: e.target.checked })} />
          Totals only (kg CO2e)
        </label>
      </form>
      {!active ? <p className="factor-search-prompt">Type what you are looking for, or choose a year or dataset to browse it.</p> : null}
      {active && search.isPending ? <Loading label="Searching the factors…" /> : null}
      {active && search.isError ? <ErrorBanner title="The search did not work" error={search.error} onRetry={() => void search.refetch()} /> : null}
      {active && search.data && search.data.total === 0 ? (
        <EmptyState title="No factors match">
          <p>
            Nothing matches {words ? <>“{words}”</> : 'these filters'}
            {filters.year !== null ? ` in ${filters.year}` : ''}. Try fewer or shorter words (every word must match), another year,
            {filters.totalsOnly ? ' or untick “Totals only” to include the per-gas rows,' : ''} or all datasets.
          </p>
        </EmptyState>
      ) : null}
      {active && search.data && search.data.rows.length > 0 ? (
        <>
          <FactorResultsTable rows={search.data.rows} onShow={setShown} />
          <Pager label="Search result pages" pageSize={FACTOR_PAGE_SIZE} noun={['factor', 'factors']} formatTotal={(n) => n.toLocaleString('en-GB')} page={page} total={search.data.total} shown={search.data.rows.length} onPage={setPage} />
        </>
      ) : null}
      {shown ? <FactorDetailDialog id={shown.id} onClose={() => setShown(null)} /> : null}
    </>
  );
}
