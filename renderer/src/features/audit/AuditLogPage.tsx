import { useState } from 'react';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { useDebouncedValue } from '../factors/use-debounced-value';
import { downloadText } from '../imports/downloads';
import { AuditFilters, noAuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog, useExportAuditCsv } from './queries';

export const AUDIT_PAGE_SIZE = 25;

/** Only the filters that are set, so the query (and its cache key) stays as small as the request. */
function activeFilter(filters: AuditFilterValues, search: string): ProcedureInput<'audit.exportCsv'> {
  const rangeOk = !(filters.from && filters.to && filters.from > filters.to);
  return {
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from && rangeOk ? { from: filters.from } : {}),
    ...(filters.to && rangeOk ? { to: filters.to } : {}),
    ...(search.trim() ? { search: search.trim() } : {}),
  };
}

export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilterValues>(noAuditFilters);
  const [page, setPage] = useState(0);
  // Typing a search asks the backend once the person pauses, not on every key.
  const search = useDebouncedValue(filters.search, 300);
  const filter = activeFilter(filters, search);
  const audit = useAuditLog({ limit: AUDIT_PAGE_SIZE, offset: page * AUDIT_PAGE_SIZE, ...filter });
  const exportCsv = useExportAuditCsv();
  const filtered = Object.keys(filter).length > 0;

  return (
    <>
      <PageHeader title="Audit log" description="Every change made in this workspace: when, by whom, and what changed." />
      <AuditFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(0);
        }}
      />
      <div className="button-row">
        <Button
          busy={exportCsv.isPending}
          disabled={!audit.data || audit.data.total === 0}
          onClick={() => exportCsv.mutate(filter, { onSuccess: (file) => downloadText(file.fileName, file.csv) })}
        >
          Export CSV
        </Button>
        {exportCsv.isPending ? <span role="status">Preparing the CSV…</span> : null}
        {exportCsv.data && !exportCsv.isPending ? (
          <span role="status">
            Downloaded {exportCsv.data.fileName} ({exportCsv.data.entries} {exportCsv.data.entries === 1 ? 'change' : 'changes'}).
          </span>
        ) : null}
      </div>
      {exportCsv.isError ? <ErrorBanner title="The audit log could not be exported" error={exportCsv.error} /> : null}
      {audit.isPending ? <Loading label="Loading the audit log…" /> : null}
      {audit.isError ? <ErrorBanner title="The audit log could not be loaded" error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      {audit.data && audit.data.total === 0 ? (
        filtered ? (
          <EmptyState title="No changes match these filters">
            <p>Try another record type, action, dates or search words, or clear the filters to see everything.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No changes recorded yet">
            <p>When you or a colleague change the organisation or its sites, import files, recalculate, publish a report or back up, each change is listed here.</p>
          </EmptyState>
        )
      ) : null}
      {audit.data && audit.data.entries.length > 0 ? (
        <>
          <AuditTable entries={audit.data.entries} />
          <Pager label="Audit log pages" pageSize={AUDIT_PAGE_SIZE} noun={['change', 'changes']} page={page} total={audit.data.total} shown={audit.data.entries.length} onPage={setPage} />
        </>
      ) : null}
      {audit.data && audit.data.total > 0 && audit.data.entries.length === 0 ? (
        <p>
          There are no changes on this page any more.{' '}
          <Button variant="quiet" onClick={() => setPage(0)}>
            Go to the first page
          </Button>
        </p>
      ) : null}
    </>
  );
}
