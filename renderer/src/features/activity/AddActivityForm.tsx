import { useEffect, useId, useMemo, useState } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import { dataQualityTiers, type ActivityRecordView } from '../../../../shared/domain/calculations';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { dataQualityLabels } from '../../lib/emissions-words';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
import { useFieldErrors } from '../../lib/use-field-errors';
import { ActivityPicker } from '../calculator/ActivityPicker';
import { checkActivityDraft, newActivityDraft, usesGasVolume, type ActivityDraft, type DataQuality } from './activity-draft';
import { useCreateRecord } from './mutations';

export interface AddActivityFormProps {
  sites: readonly Site[];
  activities: readonly Activity[];
  onSaved: (record: ActivityRecordView) => void;
  onCancel: () => void;
}

const qualityHints: Record<DataQuality, string> = {
  metered: 'read from a meter or a smart-meter export',
  invoice: 'from a supplier bill or invoice',
  estimate: 'worked out by you, e.g. from part of the year',
  spend: 'only the money spent is known',
  proxy: 'borrowed from a similar site or an average',
};

export function AddActivityForm({ sites, activities, onSaved, onCancel }: AddActivityFormProps) {
  const titleId = useId();
  const [draft, setDraft] = useState<ActivityDraft>(() => newActivityDraft(sites.map((s) => s.id)));
  const checked = useMemo(() => checkActivityDraft(draft, activities), [draft, activities]);
  const errors = useFieldErrors(checked.errors);
  const create = useCreateRecord();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();
  const activity = activities.find((a) => a.id === draft.activityId);
  const gas = usesGasVolume(activity, draft.unit);

  useEffect(() => focusAfterRender('select'), [focusAfterRender]);

  function change<F extends keyof ActivityDraft>(field: F, value: ActivityDraft[F]) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    errors.edited(field);
    if (field === 'periodStart') errors.edited('periodEnd');
  }

  function chooseActivity(id: string) {
    const next = activities.find((a) => a.id === id);
    setDraft((prev) => ({ ...prev, activityId: id, unit: next?.defaultUnit ?? '' }));
    errors.edited('activityId');
    errors.edited('unit');
  }

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: create.isPending,
    save: (value, callbacks) => create.mutate(value, callbacks),
    onSaved,
  });

  const text = (field: 'siteId' | 'periodStart' | 'periodEnd' | 'quantity' | 'unit' | 'calorificValue' | 'description') => ({
    value: draft[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  return (
    <form
      ref={containerRef}
      className="card activity-form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={titleId}>Add activity by hand</h2>
      <p className="section-intro">
        One line from a bill, a meter reading or an estimate. It is calculated straight away, with the factors of the current
        calculation run.
      </p>

      <Field label="Site" error={errors.errorFor('siteId')}>
        {(control) => (
          <select {...control} {...text('siteId')}>
            <option value="">Choose a site…</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <ActivityPicker activities={activities} value={draft.activityId} onChange={chooseActivity} error={errors.errorFor('activityId')} label="What was used or done" placeholder="Choose what was used or done…" />
      {activity ? <p className="activity-form-description">{activity.description}</p> : null}

      <div className="activity-form-row">
        <Field label="From" hint="First day the amount covers" error={errors.errorFor('periodStart')}>
          {(control) => <input {...control} type="date" {...text('periodStart')} />}
        </Field>
        <Field label="To" hint="Last day (included)" error={errors.errorFor('periodEnd')}>
          {(control) => <input {...control} type="date" {...text('periodEnd')} />}
        </Field>
      </div>

      <div className="activity-form-row">
        <Field label="Quantity" hint="As on the bill or meter, e.g. 12,000" error={errors.errorFor('quantity')}>
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" className="input-short" {...text('quantity')} />}
        </Field>
        <Field label="Unit" hint={activity ? undefined : 'Choose what was used first'} error={errors.errorFor('unit')}>
          {(control) => (
            <select {...control} {...text('unit')} disabled={!activity}>
              {(activity?.acceptedUnits ?? []).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {gas ? (
          <Field label="Calorific value (MJ/m³)" hint="Printed on your gas bill; 39.5 is typical." error={errors.errorFor('calorificValue')}>
            {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" className="input-short" {...text('calorificValue')} />}
          </Field>
        ) : null}
      </div>

      <Field
        label="How good is this number?"
        hint="Better data first: a metered reading beats an invoice, an invoice beats an estimate. Reports show the mix."
        error={errors.errorFor('dataQuality')}
      >
        {(control) => (
          <select {...control} value={draft.dataQuality} onChange={(e) => change('dataQuality', e.target.value as DataQuality | '')}>
            <option value="">Choose…</option>
            {dataQualityTiers.map((tier) => (
              <option key={tier} value={tier}>
                {dataQualityLabels[tier]}: {qualityHints[tier]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field label="Description (optional)" hint="For example the bill number or the meter, so you can find the source again." error={errors.errorFor('description')}>
        {(control) => <input {...control} type="text" autoComplete="off" {...text('description')} />}
      </Field>

      {create.isError ? <ErrorBanner title="The activity was not added" error={create.error} /> : null}
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={create.isPending}>
          Add activity
        </Button>
      </div>
    </form>
  );
}
