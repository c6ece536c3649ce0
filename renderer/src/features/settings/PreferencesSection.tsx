import { useState, type FormEvent } from 'react';
import type { Preferences } from '../../../../shared/domain/settings';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { RadioGroup } from '../../components/RadioGroup';
import { SavedNote } from '../../components/SavedNote';
import { useUpdatePreferences } from './mutations';
import { usePreferences } from './queries';

const unitOptions = [
  { value: 'tCO2e', label: 'Tonnes (tCO2e)' },
  { value: 'kgCO2e', label: 'Kilograms (kgCO2e)' },
] as const;

const themeOptions = [
  { value: 'system', label: 'Match my computer' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export function PreferencesSection() {
  const preferences = usePreferences();
  return (
    <section className="card settings-section" aria-labelledby="settings-preferences">
      <h2 id="settings-preferences">Preferences</h2>
      {preferences.isPending ? <Loading label="Loading your preferences…" /> : null}
      {preferences.isError ? (
        <ErrorBanner title="Your preferences could not be loaded" error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : null}
      {preferences.data ? <PreferencesForm initial={preferences.data} /> : null}
    </section>
  );
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const [draft, setDraft] = useState<Preferences>(initial);
  const [saved, setSaved] = useState(false);
  const update = useUpdatePreferences();

  function change(patch: Partial<Preferences>) {
    setDraft((prev) => ({ ...prev, ...patch }));
    setSaved(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate(draft, { onSuccess: () => setSaved(true) });
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="settings-preferences">
      <p className="section-intro">These apply to every workspace on this computer.</p>
      <RadioGroup legend="Emissions unit" name="emissionsUnit" value={draft.emissionsUnit} options={unitOptions} onChange={(emissionsUnit) => change({ emissionsUnit })} />
      <RadioGroup legend="Theme" name="theme" value={draft.theme} options={themeOptions} onChange={(theme) => change({ theme })} />
      {update.isError ? <ErrorBanner title="Your preferences were not saved" error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save preferences
        </Button>
        <SavedNote show={saved} />
      </div>
    </form>
  );
}
