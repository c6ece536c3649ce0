import { useMemo, useState } from 'react';
import type { EmissionsSettings } from '../../../../shared/domain/calculations';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
import { useFieldErrors } from '../../lib/use-field-errors';
import { useUpdateEmissionsSettings } from './mutations';
import { useEmissionsSettings } from './queries';

/** The DESNZ sets shipped with the app, newest first. */
export const PINNABLE_YEARS: readonly number[] = [2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016];

interface SettingsDraft {
  pinnedFactorYear: string;
  threshold: string;
}

function checkSettings(draft: SettingsDraft): { value: EmissionsSettings | null; errors: Record<string, string> } {
  const threshold = Number(draft.threshold.trim().replace(',', '.'));
  if (draft.threshold.trim() === '' || !Number.isFinite(threshold)) {
    return { value: null, errors: { significanceThresholdPct: 'Enter a percentage, such as 5' } };
  }
  if (threshold < 0.1 || threshold > 100) return { value: null, errors: { significanceThresholdPct: 'Enter a percentage between 0.1 and 100' } };
  return { value: { pinnedFactorYear: draft.pinnedFactorYear ? Number(draft.pinnedFactorYear) : null, significanceThresholdPct: threshold }, errors: {} };
}

export function EmissionsSettingsSection() {
  const settings = useEmissionsSettings();
  return (
    <section className="card settings-section" aria-labelledby="calculation-settings">
      <h2 id="calculation-settings">Calculation settings</h2>
      {settings.isPending ? <Loading label="Loading the calculation settings…" /> : null}
      {settings.isError ? <ErrorBanner title="The calculation settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} /> : null}
      {settings.data ? <SettingsForm initial={settings.data} /> : null}
    </section>
  );
}

function SettingsForm({ initial }: { initial: EmissionsSettings }) {
  const [draft, setDraft] = useState<SettingsDraft>({
    pinnedFactorYear: initial.pinnedFactorYear === null ? '' : String(initial.pinnedFactorYear),
    threshold: String(initial.significanceThresholdPct),
  });
  const [saved, setSaved] = useState(false);
  const checked = useMemo(() => checkSettings(draft), [draft]);
  const errors = useFieldErrors(checked.errors);
  const update = useUpdateEmissionsSettings();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();

  function change(patch: Partial<SettingsDraft>) {
    setDraft((prev) => ({ ...prev, ...patch }));
    setSaved(false);
    if ('threshold' in patch) errors.edited('significanceThresholdPct');
    if ('pinnedFactorYear' in patch) errors.edited('pinnedFactorYear');
  }

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: update.isPending,
    save: (value, callbacks) => update.mutate(value, callbacks),
    onSaved: () => setSaved(true),
  });

  return (
    <form ref={containerRef} noValidate onSubmit={submit} aria-labelledby="calculation-settings">
      <p className="section-intro">Saving these changes no figures until you recalculate.</p>
      <Field
        label="Factor year"
        hint="The government rule uses the factor set for the calendar year that holds most of each period. Pin one year to use a single set for every period, for example to compare with an earlier report."
        error={errors.errorFor('pinnedFactorYear')}
      >
        {(control) => (
          <select {...control} value={draft.pinnedFactorYear} onChange={(e) => change({ pinnedFactorYear: e.target.value })}>
            <option value="">Follow the government rule for each period (recommended)</option>
            {PINNABLE_YEARS.map((year) => (
              <option key={year} value={String(year)}>
                {year} factors for every period
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Significance threshold for base-year recalculation (%)"
        hint="When a recalculation moves your base-year total by this much or more, the app flags that the base year needs restating. 5 % is common."
        error={errors.errorFor('significanceThresholdPct')}
      >
        {(control) => (
          <input {...control} type="text" inputMode="decimal" autoComplete="off" className="input-year" value={draft.threshold} onChange={(e) => change({ threshold: e.target.value })} />
        )}
      </Field>
      {update.isError ? <ErrorBanner title="The calculation settings were not saved" error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save settings
        </Button>
        <SavedNote show={saved} text="Saved. No figures have changed: recalculate to apply the new settings." />
      </div>
    </form>
  );
}
