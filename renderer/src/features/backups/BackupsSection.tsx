import { hrefFor } from '../../lib/router';
import { formatDateTime } from '../../lib/dates';
import { useBackups } from './queries';

/** The Settings page's way in to the Backups page, with when the last backup was made. */
export function BackupsSection() {
  const backups = useBackups();
  const latest = backups.data?.backups[0];
  return (
    <section className="card settings-section" aria-labelledby="settings-backups">
      <h2 id="settings-backups">Backups and sending to your accountant</h2>
      <p className="section-intro">
        Back up this workspace, restore an earlier backup, or export it as one file for your accountant.
        {backups.data ? (latest ? ` Last backup: ${formatDateTime(latest.createdAt)}.` : ' No backups yet.') : null}
      </p>
      <p>
        <a href={hrefFor('backups')}>Manage backups</a>
      </p>
    </section>
  );
}
