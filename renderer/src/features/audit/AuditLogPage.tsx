import { useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './queries';

export const AUDIT_PAGE_SIZE = 25;

export function AuditLogPage() {
  const [filters, setFilters] = useState<AuditFilterValues>({ entity: '', action: '' });
  const [page, setPage] = useState(0);
  const audit = useAuditLog({
    limit: AUDIT_PAGE_SIZE,
    offset: page * AUDIT_PAGE_SIZE,
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
  });
  const filtered = filters.entity !== '' || filters.action !== '';

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
      {audit.isPending ? <Loading label="Loading the audit log…" /> : null}
      {audit.isError ? <ErrorBanner title="The audit log could not be loaded" error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      {audit.data && audit.data.total === 0 ? (
        filtered ? (
          <EmptyState title="No changes match these filters">
            <p>Try another record type or action, or choose “All records” and “All actions” to see everything.</p>
          </EmptyState>
        ) : (
          <EmptyState title="No changes recorded yet">
            <p>When you or a colleague change the organisation or its sites, each change is listed here.</p>
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
