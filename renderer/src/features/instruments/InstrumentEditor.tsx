import { useEffect, useId, useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import { instrumentKindLabels, instrumentKinds, markets, type Instrument } from '../../../../shared/domain/scope2';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
import { useFieldErrors } from '../../lib/use-field-errors';
import {
  applyChange,
  checkInstrument,
  instrumentDraftFrom,
  instrumentErrorKeyOf,
  marketLabels,
  marketOfSite,
  needsVolume,
  newInstrumentDraft,
  ukSites,
  type InstrumentDraft,
  type InstrumentFlag,
  type InstrumentKind,
  type InstrumentTextField,
} from './instrument-draft';
import { instrumentName } from './instrument-format';
import { KindCaveat } from './KindCaveat';
import { useCreateInstrument, useUpdateInstrument } from './mutations';

export interface InstrumentEditorProps {
  /** The instrument to edit; absent to add a new one. */
  instrument?: Instrument;
  sites: readonly Site[];
  onSaved: (instrument: Instrument) => void;
  onCancel: () => void;
}

const kindHints: Record<InstrumentKind, string> = {
  'rego-tariff': 'A green tariff: your supplier matches the electricity you use with REGO certificates.',
  'unbundled-rego': 'REGO certificates you bought separately from your electricity supply.',
  ppa: 'A contract to buy electricity straight from a generator, such as a wind or solar farm.',
  'onsite-generation': 'Electricity you make and use yourself, such as solar panels on your roof.',
  'supplier-mix': "The emission figure your supplier publishes for its electricity. Use it when you have no certificates.",
};

const volumeHints: Record<InstrumentKind, string> = {
  'rego-tariff': 'Optional: leave empty when the tariff covers all the electricity supplied under it.',
  'unbundled-rego': 'The MWh the certificates cover: one REGO is 1 MWh.',
  ppa: 'The MWh the contract supplies in this period.',
  'onsite-generation': 'The MWh generated and used on site in this period.',
  'supplier-mix': 'Optional: leave empty when the fuel mix covers all the electricity supplied under the tariff.',
};

const flagFields: ReadonlyArray<{ field: InstrumentFlag; label: string }> = [
  { field: 'additional', label: 'Additional (new renewable capacity)' },
  { field: 'subsidised', label: 'Subsidised' },
  { field: 'directSupply', label: 'Supplied directly (e.g. on-site or private wire)' },
];

export function InstrumentEditor({ instrument, sites, onSaved, onCancel }: InstrumentEditorProps) {
  const titleId = useId();
  const flagsHintId = useId();
  const periodHintId = useId();
  const [draft, setDraft] = useState<InstrumentDraft>(() => (instrument ? instrumentDraftFrom(instrument) : newInstrumentDraft(sites)));
  const checked = useMemo(() => checkInstrument(draft, sites), [draft, sites]);
  const errors = useFieldErrors(checked.errors);
  const create = useCreateInstrument();
  const update = useUpdateInstrument();
  const mutation = instrument ? update : create;
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();

  useEffect(() => focusAfterRender('select'), [focusAfterRender]);

  const siteChoices = ukSites(sites);
  const outsideUk = sites.length - siteChoices.length;
  const chosenSite = sites.find((s) => s.id === draft.siteId);
  const chosenMarket = chosenSite ? marketOfSite(chosenSite) : null;
  const volumeRequired = needsVolume(draft.kind);

  function change<F extends keyof InstrumentDraft>(field: F, value: InstrumentDraft[F]) {
    setDraft((prev) => applyChange(prev, field, value, sites));
    errors.edited(instrumentErrorKeyOf(field));
    if (field === 'siteId') errors.edited('market');
    if (field === 'kind') errors.edited('volumeMwh');
    if (field === 'periodStart') errors.edited('periodEnd');
  }

  const text = (field: InstrumentTextField) => ({
    value: draft[field],
    onChange: (event: { target: { value: string } }) => change(field, event.target.value),
  });

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: mutation.isPending,
    save: (value, callbacks) => {
      if (instrument) update.mutate({ id: instrument.id, instrument: value }, callbacks);
      else create.mutate(value, callbacks);
    },
    onSaved,
    // instruments.update reports `instrument.volumeMwh`; instruments.create reports `volumeMwh`.
    serverErrorPrefix: 'instrument',
  });

  return (
    <form
      ref={containerRef}
      className="card site-editor instrument-editor"
      noValidate
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h3 id={titleId}>{instrument ? `Edit ${instrumentName(instrument)}` : 'New contract or certificate'}</h3>

      <Field label="Type" hint={kindHints[draft.kind]} error={errors.errorFor('kind')}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => change('kind', e.target.value as InstrumentKind)}>
            {instrumentKinds.map((kind) => (
              <option key={kind} value={kind}>
                {instrumentKindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <KindCaveat kind={draft.kind} />

      <div className="field-row">
        <Field label="Supplier" hint="As on the bill or certificate, e.g. Octopus Energy." error={errors.errorFor('supplier')}>
          {(control) => <input {...control} type="text" autoComplete="off" {...text('supplier')} />}
        </Field>
        <Field label="Tariff name (optional)" hint="As printed on your bill, e.g. Business Green." error={errors.errorFor('tariff')}>
          {(control) => <input {...control} type="text" autoComplete="off" {...text('tariff')} />}
        </Field>
      </div>

      <div className="field-row">
        <Field
          label="Site"
          hint={
            outsideUk > 0
              ? 'All sites: every site in the market. Sites outside the UK are not listed: UK certificates cannot cover them.'
              : 'All sites: every site in the market.'
          }
          error={errors.errorFor('siteId')}
        >
          {(control) => (
            <select {...control} {...text('siteId')}>
              <option value="">All sites</option>
              {siteChoices.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Market"
          hint={
            chosenSite && chosenMarket
              ? `${chosenSite.name} is in ${marketLabels[chosenMarket]}, from its postcode.`
              : 'Certificates count only in their own market.'
          }
          error={errors.errorFor('market')}
        >
          {(control) => (
            <select {...control} value={draft.market} onChange={(e) => change('market', e.target.value as InstrumentDraft['market'])}>
              {markets.map((market) => (
                <option key={market} value={market}>
                  {marketLabels[market]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <fieldset className="period-group" aria-describedby={periodHintId}>
        <legend className="field-label">Period covered</legend>
        <p id={periodHintId} className="field-hint">
          The first and last day the contract or certificates cover. REGOs follow the fuel mix year, 1 April to 31 March.
        </p>
        <div className="field-row">
          <Field label="From" error={errors.errorFor('periodStart')}>
            {(control) => <input {...control} type="date" className="input-short" {...text('periodStart')} />}
          </Field>
          <Field label="To" error={errors.errorFor('periodEnd')}>
            {(control) => <input {...control} type="date" className="input-short" {...text('periodEnd')} />}
          </Field>
        </div>
      </fieldset>

      <Field label="Volume (MWh)" hint={volumeHints[draft.kind]} error={errors.errorFor('volumeMwh')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            className="input-short"
            autoComplete="off"
            aria-required={volumeRequired || undefined}
            {...text('volumeMwh')}
          />
        )}
      </Field>

      <Field
        label="Emission factor (kg CO2e per kWh)"
        hint="0 for 100 % renewable backed by REGOs; for a supplier fuel mix use the figure on the supplier's fuel mix disclosure (disclosures in grams per kWh: divide by 1,000)."
        error={errors.errorFor('factorKgCo2ePerKwh')}
      >
        {(control) => <input {...control} type="text" inputMode="decimal" className="input-short" autoComplete="off" {...text('factor')} />}
      </Field>

      <Field
        label="Evidence (file name of the certificate or fuel mix disclosure)"
        hint="For example REGO-statement-2025.pdf. For now the app keeps the name only, so you can find the file when asked; attaching the file itself comes with file imports."
        error={errors.errorFor('evidenceName')}
      >
        {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} {...text('evidenceName')} />}
      </Field>

      <fieldset className="checkbox-group" aria-describedby={flagsHintId}>
        <legend className="field-label">About this electricity</legend>
        <p id={flagsHintId} className="field-hint">
          UK reporting guidance asks whether renewable electricity is additional, subsidised and supplied directly. Tick only
          what your contract or supplier confirms.
        </p>
        {flagFields.map(({ field, label }) => (
          <div className="checkbox" key={field}>
            <input
              type="checkbox"
              id={`${titleId}-${field}`}
              checked={draft[field]}
              onChange={(e) => change(field, e.target.checked)}
            />
            <label htmlFor={`${titleId}-${field}`}>{label}</label>
          </div>
        ))}
      </fieldset>

      <Field label="Notes (optional)" error={errors.errorFor('notes')}>
        {(control) => <textarea {...control} rows={3} {...text('notes')} />}
      </Field>

      {mutation.isError ? <ErrorBanner title="The contract or certificate was not saved" error={mutation.error} /> : null}
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Save contract or certificate
        </Button>
      </div>
    </form>
  );
}
