import { useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { hrefFor } from '../../lib/router';
import { BackupPreviewPanel } from './BackupPreviewPanel';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupTable } from './BackupTable';
import { WorkspaceTransferSection } from './WorkspaceTransferSection';
import { formatMegabytes } from './backup-files';
import { useCreateBackup, useUpdateBackupSettings } from './mutations';
import { useBackups, useBackupSettings } from './queries';
import './backups.css';

export function BackupsPage() {
  const backups = useBackups();
  const settings = useBackupSettings();
  const create = useCreateBackup();
  const updateSettings = useUpdateBackupSettings();
  const [selected, setSelected] = useState<string | null>(null);
  const [restoredMessage, setRestoredMessage] = useState<string | null>(null);

  return (
    <>
      <PageHeader title="Backups" description="Copies of this workspace kept on this computer, and the file to send to your accountant." />
      <p>
        <a href={hrefFor('settings')}>Back to settings</a>
      </p>
      {restoredMessage ? <p role="status" className="saved-note">{restoredMessage}</p> : null}

      <section className="card settings-section" aria-labelledby="backups-list-title">
        <div className="section-header">
          <h2 id="backups-list-title">Backups of this workspace</h2>
          <Button variant="primary" busy={create.isPending} onClick={() => create.mutate()}>
            Back up now
          </Button>
        </div>
        {backups.data ? <p className="section-intro">Kept in {backups.data.folder}</p> : null}
        {create.isPending ? <p role="status">Backing up…</p> : null}
        {create.data && !create.isPending ? (
          <p role="status">
            Backed up ({formatMegabytes(create.data.backup.sizeBytes)}).
          </p>
        ) : null}
        {create.isError ? <ErrorBanner title="The backup was not made" error={create.error} /> : null}
        {backups.isPending ? <Loading label="Loading the backups…" /> : null}
        {backups.isError ? <ErrorBanner title="The backups could not be listed" error={backups.error} onRetry={() => void backups.refetch()} /> : null}
        {backups.data && backups.data.backups.length === 0 ? (
          <EmptyState title="No backups yet">
            <p>Choose “Back up now” to make the first one. While automatic backups are on, the app also makes one each day this workspace is open.</p>
          </EmptyState>
        ) : null}
        {backups.data && backups.data.backups.length > 0 ? (
          <BackupTable
            backups={backups.data.backups}
            selected={selected}
            onPreview={(file) => {
              setRestoredMessage(null);
              setSelected(file);
            }}
          />
        ) : null}
      </section>

      {selected ? (
        <BackupPreviewPanel
          key={selected}
          file={selected}
          onRestored={(message) => {
            setSelected(null);
            setRestoredMessage(message);
          }}
        />
      ) : null}

      {settings.data ? <BackupSettingsForm key={`${settings.data.automaticDaily}-${settings.data.keepDaily}`} settings={settings.data} update={updateSettings} /> : null}
      {settings.isError ? <ErrorBanner title="The backup settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} /> : null}

      <WorkspaceTransferSection />
    </>
  );
}
