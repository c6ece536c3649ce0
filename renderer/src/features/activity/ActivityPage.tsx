import { useState } from 'react';
import type { ActivityRecordView } from '../../../../shared/domain/calculations';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { SavedNote } from '../../components/SavedNote';
import { hrefFor } from '../../lib/router';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useActivities } from '../calculator/queries';
import { usePreferences } from '../settings/queries';
import { useSites } from '../sites/queries';
import { AddActivityForm } from './AddActivityForm';
import { useDeleteRecord } from './mutations';
import { useRecords } from './queries';
import { RecordsTable, makeNaming, recordName } from './RecordsTable';
import './activity.css';

export const RECORDS_PAGE_SIZE = 25;

const ADD_BUTTON = '[data-action="add-activity"]';

export function ActivityPage() {
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ActivityRecordView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const records = useRecords(RECORDS_PAGE_SIZE, page * RECORDS_PAGE_SIZE);
  const sites = useSites();
  const activities = useActivities();
  const preferences = usePreferences();
  const remove = useDeleteRecord();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLDivElement>();

  const ready = sites.data && activities.data && records.data;
  const naming = sites.data && activities.data ? makeNaming(activities.data, sites.data) : null;
  const empty = records.data?.total === 0;

  function startAdding() {
    setNotice(null);
    setAdding(true);
  }

  function finishAdding(saved: ActivityRecordView | null) {
    setAdding(false);
    if (saved && naming) setNotice(`Added ${recordName(saved, naming)}`);
    focusAfterRender(ADD_BUTTON);
  }

  function confirmDelete() {
    if (!deleting || remove.isPending) return;
    const record = deleting;
    remove.mutate(record.id, {
      onSuccess: () => {
        setDeleting(null);
        if (naming) setNotice(`Deleted ${recordName(record, naming)}`);
        focusAfterRender(ADD_BUTTON, 'h1');
      },
    });
  }

  const addButton = (
    <Button variant="primary" data-action="add-activity" disabled={adding} onClick={startAdding}>
      Add activity by hand
    </Button>
  );

  return (
    <div className="activity-page" ref={containerRef}>
      <PageHeader
        title="Activity data"
        description="What your sites used and did: electricity, gas, fuel and travel, each line with the emissions it causes in the current calculation."
        actions={records.data && records.data.total > 0 ? addButton : undefined}
      />
      <SavedNote show={notice !== null} text={notice ?? undefined} />
      {records.isPending || sites.isPending || activities.isPending ? <Loading label="Loading your activity data…" /> : null}
      {records.isError ? <ErrorBanner title="Your activity data could not be loaded" error={records.error} onRetry={() => void records.refetch()} /> : null}
      {sites.isError ? <ErrorBanner title="Your sites could not be loaded" error={sites.error} onRetry={() => void sites.refetch()} /> : null}
      {activities.isError ? (
        <ErrorBanner title="The list of activities could not be loaded" error={activities.error} onRetry={() => void activities.refetch()} />
      ) : null}

      {adding && sites.data && activities.data ? (
        <AddActivityForm sites={sites.data} activities={activities.data} onSaved={(record) => finishAdding(record)} onCancel={() => finishAdding(null)} />
      ) : null}

      {ready && empty && !adding ? (
        <EmptyState title="No activity data yet" actions={addButton}>
          <p>
            Add your first bill or meter reading with “Add activity by hand”: choose the site, what was used, the dates it covers
            and the amount. It is calculated straight away.
          </p>
          <p>
            Have bills or meter exports as CSV files? <a href={hrefFor('imports')}>Import them</a> instead: every row is checked and
            anything that cannot be read is listed with the reason.
          </p>
        </EmptyState>
      ) : null}

      {ready && records.data.records.length > 0 ? (
        <>
          <RecordsTable
            records={records.data.records}
            activities={activities.data}
            sites={sites.data}
            unit={preferences.data?.emissionsUnit ?? 'tCO2e'}
            onDelete={(record) => {
              remove.reset();
              setNotice(null);
              setDeleting(record);
            }}
          />
          <p className="records-note">
            Emissions show once you open a record with “Show figures”. Location-based counts electricity at the grid average;
            market-based counts it by your contracts and certificates.
          </p>
          <Pager label="Activity record pages" pageSize={RECORDS_PAGE_SIZE} noun={['record', 'records']} page={page} total={records.data.total} shown={records.data.records.length} onPage={setPage} />
        </>
      ) : null}
      {ready && records.data.total > 0 && records.data.records.length === 0 ? (
        <p>
          There are no records on this page any more.{' '}
          <Button variant="quiet" onClick={() => setPage(0)}>
            Go to the first page
          </Button>
        </p>
      ) : null}

      {deleting && naming ? (
        <ConfirmDialog
          title="Delete this activity record?"
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error}
          errorTitle="It was not deleted"
          onConfirm={confirmDelete}
          onCancel={() => {
            setDeleting(null);
            focusAfterRender(`[data-delete-record="${deleting.id}"]`, ADD_BUTTON);
          }}
        >
          <p>{recordName(deleting, naming)}.</p>
          <p>
            Its figures leave the current calculation. Earlier calculation runs keep them, so past reports still add up. The
            change is kept in the audit log.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
