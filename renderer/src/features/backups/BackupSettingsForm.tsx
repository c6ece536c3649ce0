import { useState, type FormEvent } from 'react';
import { MAX_KEEP_DAILY, type BackupSettings } from '../../../../shared/domain/backups';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import type { useUpdateBackupSettings } from './mutations';

/**
 * Starts from the saved settings; the page gives it a key per saved value, so a change made in
 * another window resets it, and owns the save so "saved" survives that reset.
 */
export function BackupSettingsForm({ settings, update }: { settings: BackupSettings; update: ReturnType<typeof useUpdateBackupSettings> }) {
  const [automaticDaily, setAutomaticDaily] = useState(settings.automaticDaily);
  const [keepDaily, setKeepDaily] = useState(String(settings.keepDaily));
  const [problem, setProblem] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const keep = Number(keepDaily);
    if (!Number.isInteger(keep) || keep < 1 || keep > MAX_KEEP_DAILY) {
      setProblem(`Enter a whole number from 1 to ${MAX_KEEP_DAILY}`);
      return;
    }
    setProblem(undefined);
    update.mutate({ automaticDaily, keepDaily: keep });
  }

  return (
    <form className="card settings-section" aria-labelledby="backup-settings-title" onSubmit={submit} noValidate>
      <h2 id="backup-settings-title">Automatic backups</h2>
      <p className="section-intro">
        While this workspace is open, the app backs it up once a day. Older daily backups are deleted so they do not fill the disk; backups you make with “Back up now” are never deleted automatically.
      </p>
      <div className="field">
        <label className="radio">
          <input type="checkbox" checked={automaticDaily} onChange={(e) => setAutomaticDaily(e.target.checked)} /> Back up automatically once a day
        </label>
      </div>
      <Field label="Daily backups to keep" hint="For example 14 keeps two weeks of daily backups." error={problem}>
        {(control) => <input {...control} className="input-short" inputMode="numeric" value={keepDaily} onChange={(e) => setKeepDaily(e.target.value)} />}
      </Field>
      {update.isError ? <ErrorBanner title="The backup settings were not saved" error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save backup settings
        </Button>
        {update.isSuccess && !update.isPending ? <p role="status">Backup settings saved.</p> : null}
      </div>
    </form>
  );
}
