import { useState } from 'react';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/dates';
import { formatMegabytes, kindLabels } from './backup-files';
import { useRestoreBackup } from './mutations';
import { useBackupPreview } from './queries';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** What one backup holds, read without changing it, and the way to restore it. */
export function BackupPreviewPanel({ file, onRestored }: { file: string; onRestored: (message: string) => void }) {
  const preview = useBackupPreview(file);
  const restore = useRestoreBackup();
  const [confirming, setConfirming] = useState(false);
  const p = preview.data;
  const cannotRestore = p ? (!p.integrity.ok ? 'This backup is damaged, so it cannot be restored.' : p.schemaStatus === 'newer' ? 'This backup was made by a newer version of the app. Update the app to restore it.' : null) : null;

  return (
    <section className="card settings-section" aria-labelledby="backup-preview-title" aria-busy={preview.isFetching || undefined}>
      <h2 id="backup-preview-title">What this backup contains</h2>
      {preview.isPending ? <Loading label="Reading the backup…" /> : null}
      {preview.isError ? <ErrorBanner title="The backup could not be read" error={preview.error} onRetry={() => void preview.refetch()} /> : null}
      {p ? (
        <>
          <dl className="backup-facts">
            <dt>Made</dt>
            <dd>
              {formatDateTime(p.createdAt)} ({kindLabels[p.kind]}, {formatMegabytes(p.sizeBytes)})
            </dd>
            <dt>Organisation</dt>
            <dd>{p.organisationName ?? 'Not recorded'}</dd>
            <dt>Sites</dt>
            <dd>{p.sites.length ? p.sites.join(', ') : 'None'}</dd>
            <dt>Activity data</dt>
            <dd>
              {plural(p.activityRecords, 'record', 'records')}
              {p.activityFrom && p.activityTo ? `, from ${p.activityFrom} to ${p.activityTo}` : ''}
            </dd>
            <dt>Imported files</dt>
            <dd>{plural(p.imports, 'file', 'files')}</dd>
            <dt>Calculation runs</dt>
            <dd>{plural(p.calculationRuns, 'run', 'runs')}</dd>
            <dt>Published reports</dt>
            <dd>{plural(p.publishedReports, 'report', 'reports')}</dd>
            <dt>Audit log</dt>
            <dd>{plural(p.auditEntries, 'entry', 'entries')}</dd>
            <dt>Format</dt>
            <dd>
              {p.schemaVersion}
              {p.schemaStatus === 'older' ? ' (older: it will be updated when restored)' : p.schemaStatus === 'newer' ? ' (newer than this app)' : ''}
            </dd>
            <dt>Integrity check</dt>
            <dd>{p.integrity.ok ? 'Passed' : `Failed: ${p.integrity.message}`}</dd>
          </dl>
          {cannotRestore ? (
            <p role="note">{cannotRestore}</p>
          ) : (
            <Button variant="danger" onClick={() => setConfirming(true)}>
              Restore this backup
            </Button>
          )}
        </>
      ) : null}
      {confirming && p ? (
        <ConfirmDialog
          title={`Restore the backup made ${formatDateTime(p.createdAt)}?`}
          confirmLabel="Restore this backup"
          busy={restore.isPending}
          error={restore.error}
          errorTitle="The backup was not restored"
          onCancel={() => {
            restore.reset();
            setConfirming(false);
          }}
          onConfirm={() =>
            restore.mutate(file, {
              onSuccess: (result) => {
                setConfirming(false);
                onRestored(`Restored the backup made ${formatDateTime(p.createdAt)}. Your work from before the restore is kept as a “Before a restore” backup (${result.safetyBackup}).`);
              },
            })
          }
        >
          <p>The workspace will go back to how it was in this backup. Changes made since then will no longer show.</p>
          <p>The current state is backed up first, as a “Before a restore” backup, so you can go back to it.</p>
          {restore.isPending ? <p role="status">Backing up the current state and restoring… this can take a few seconds.</p> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
