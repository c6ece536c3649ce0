import { useEffect, useId, useMemo, useState } from 'react';
import { markets, type ResidualMixFactor } from '../../../../shared/domain/scope2';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
import { useFieldErrors } from '../../lib/use-field-errors';
import { marketLabels, type Market } from './instrument-draft';
import { useCreateResidualMix } from './mutations';
import { checkResidualMix, newResidualMixDraft, residualMixErrorKeyOf, type ResidualMixDraft } from './residual-mix-draft';

export interface ResidualMixEditorProps {
  onSaved: (mix: ResidualMixFactor) => void;
  onCancel: () => void;
}

export function ResidualMixEditor({ onSaved, onCancel }: ResidualMixEditorProps) {
  const titleId = useId();
  const [draft, setDraft] = useState<ResidualMixDraft>(newResidualMixDraft);
  const checked = useMemo(() => checkResidualMix(draft), [draft]);
  const errors = useFieldErrors(checked.errors);
  const create = useCreateResidualMix();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();

  useEffect(() => focusAfterRender('select'), [focusAfterRender]);

  function change(field: keyof ResidualMixDraft, value: string) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    errors.edited(residualMixErrorKeyOf(field));
  }

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: create.isPending,
    save: (value, callbacks) => create.mutate(value, callbacks),
    onSaved,
  });

  return (
    <form
      ref={containerRef}
      className="card site-editor"
      noValidate
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={titleId}>New residual mix value</h3>
      <div className="field-row">
        <Field label="Market" error={errors.errorFor('market')}>
          {(control) => (
            <select {...control} value={draft.market} onChange={(e) => change('market', e.target.value as Market)}>
              {markets.map((market) => (
                <option key={market} value={market}>
                  {marketLabels[market]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Year"
          hint="The year of the conversion factors it goes with: figures use the residual mix of their own year."
          error={errors.errorFor('year')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              className="input-year"
              autoComplete="off"
              value={draft.year}
              onChange={(e) => change('year', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label="Residual mix factor (kg CO2e per kWh)"
        hint="For example 0.3. A residual mix is usually higher than the grid average, because others have claimed the renewable share."
        error={errors.errorFor('factorKgCo2ePerKwh')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            className="input-short"
            autoComplete="off"
            value={draft.factor}
            onChange={(e) => change('factor', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Where this value comes from"
        hint="The publication, table and year, so anyone checking your report can find it. For example: the fuel mix disclosure data table for April 2024 to March 2025, residual fuel mix."
        error={errors.errorFor('source')}
      >
        {(control) => <textarea {...control} rows={3} value={draft.source} onChange={(e) => change('source', e.target.value)} />}
      </Field>
      {create.isError ? <ErrorBanner title="The residual mix was not saved" error={create.error} /> : null}
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={create.isPending}>
          Save residual mix
        </Button>
      </div>
    </form>
  );
}
