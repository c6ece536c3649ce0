import { useMemo, useState, type FormEvent } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import { dataQualityTiers } from '../../../../shared/domain/calculations';
import type { ColumnMappingInput, ImportPreview } from '../../../../shared/domain/imports';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { RadioGroup } from '../../components/RadioGroup';
import { dataQualityLabels } from '../../lib/emissions-words';
import { FIRST_INVALID, useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useFieldErrors } from '../../lib/use-field-errors';
import type { DataQuality } from '../activity/activity-draft';
import { ActivityPicker } from '../calculator/ActivityPicker';
import { ChoicesFields } from './ChoicesFields';
import { FirstRowsCheck } from './FirstRowsCheck';
import type { FileChoices } from './import-options';
import { checkFirstRows, checkMappingDraft, emptyMappingDraft, mappingFieldLabels, wizardFieldErrors, type MappingDraft } from './mapping-draft';

export interface MappingWizardProps {
  preview: ImportPreview;
  activities: readonly Activity[];
  sites: readonly Site[];
  choices: FileChoices;
  onChoicesChange: (next: FileChoices) => void;
  /** The server's VALIDATION fields from the last run, if it refused the mapping. */
  serverFields: Readonly<Record<string, string>>;
  busy: boolean;
  onImport: (mapping: ColumnMappingInput, saveAs: string | null) => void;
}

const qualityHints: Record<DataQuality, string> = {
  metered: 'meter readings or a smart-meter export',
  invoice: 'supplier bills, invoices or receipts',
  estimate: 'estimates',
  spend: 'only the money spent',
  proxy: 'borrowed from a similar site or an average',
};

interface ColumnSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  preview: ImportPreview;
  optional?: boolean;
  hint?: string;
  error?: string | undefined;
}

/** A dropdown of the file's columns, each with its value in the first row to recognise it by. */
function ColumnSelect({ label, value, onChange, preview, optional = false, hint, error }: ColumnSelectProps) {
  const first = preview.sampleRows[0]?.cells ?? [];
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{optional ? 'None' : 'Choose a column…'}</option>
          {preview.header.map((name, i) => (
            <option key={`${i}-${name}`} value={name}>
              {first[i] ? `${name} (e.g. ${first[i].slice(0, 30)})` : name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * The mapping wizard for a layout the app does not know: which column holds the date(s), the
 * amount, the unit and the activity (or one value for the whole file), optional site, meter and
 * description columns, and how good the numbers are. The first rows are read live as the choices
 * say; the whole mapping can be saved as a named layout that recognises the next file like it.
 */
export function MappingWizard({ preview, activities, sites, choices, onChoicesChange, serverFields, busy, onImport }: MappingWizardProps) {
  const [draft, setDraft] = useState<MappingDraft>(emptyMappingDraft);
  const askSite = sites.length > 1 && draft.siteColumn === '';
  const checked = useMemo(() => {
    const result = checkMappingDraft(draft, { header: preview.header, dateFormat: choices.dateFormat, decimalMark: choices.decimalMark });
    if (askSite && !choices.siteId) return { ...result, mapping: null, errors: { ...result.errors, siteId: 'Choose the site these rows belong to, or a site column' } };
    return result;
  }, [draft, preview.header, choices, askSite]);
  const errors = useFieldErrors(checked.errors);
  const [submitted, setSubmitted] = useState(false);
  const server = useMemo(() => wizardFieldErrors(serverFields, draft), [serverFields, draft]);
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();
  const fixedActivity = activities.find((a) => a.id === draft.fixedActivityId);
  const unitOptions = useMemo(() => {
    if (draft.activityFrom === 'fixed' && fixedActivity) return fixedActivity.acceptedUnits;
    const all = new Map<string, string>();
    for (const a of activities) for (const u of a.acceptedUnits) all.set(u.id, u.label);
    return [...all].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [activities, draft.activityFrom, fixedActivity]);
  const siteName = sites.find((s) => s.id === choices.siteId)?.name ?? (sites.length === 1 ? (sites[0]?.name ?? null) : null);
  const rowChecks = useMemo(
    () =>
      checkFirstRows(draft, {
        header: preview.header,
        rows: preview.sampleRows,
        dateFormat: choices.dateFormat,
        decimalMark: choices.decimalMark,
        activities,
        siteNames: sites.map((s) => s.name),
        fileSite: draft.siteColumn ? null : siteName,
      }),
    [draft, preview, choices, activities, sites, siteName],
  );
  const missing = Object.keys(checked.errors).map((key) => mappingFieldLabels[key] ?? key);

  const errorFor = (key: string) => errors.errorFor(key) ?? server[key];

  function change<K extends keyof MappingDraft>(key: K, value: MappingDraft[K]) {
    setDraft((prev) => ({ ...prev, [key]: value }));
    errors.edited(key);
  }

  function chooseActivity(id: string) {
    const next = activities.find((a) => a.id === id);
    setDraft((prev) => ({
      ...prev,
      fixedActivityId: id,
      // The activity decides the units that make sense: keep the chosen one if it still does.
      fixedUnit: next && !next.acceptedUnits.some((u) => u.id === prev.fixedUnit) ? next.defaultUnit : prev.fixedUnit,
    }));
    errors.edited('fixedActivityId');
    errors.edited('fixedUnit');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSubmitted(true);
    if (!checked.mapping) {
      errors.touch(...Object.keys(checked.errors));
      focusAfterRender(FIRST_INVALID);
      return;
    }
    onImport(checked.mapping, checked.saveAs);
  }

  return (
    <form ref={containerRef} className="import-wizard" noValidate aria-labelledby="import-wizard-title" onSubmit={submit}>
      <h3 id="import-wizard-title">Tell the app what each column holds</h3>
      <p className="section-intro">
        Choose columns from the file by their header. Where the file has no column for something, such as the unit, say the one value
        that applies to every row.
      </p>

      <fieldset className="import-wizard-group">
        <legend>Dates</legend>
        <RadioGroup
          legend="Each row has"
          name="import-dates"
          value={draft.dates}
          options={[
            { value: 'single', label: 'One date (a fill-up, a trip, a reading)' },
            { value: 'period', label: 'A period with a start and an end date (a bill)' },
          ]}
          onChange={(value) => change('dates', value)}
        />
        {draft.dates === 'single' ? (
          <ColumnSelect label="Date column" value={draft.dateColumn} onChange={(v) => change('dateColumn', v)} preview={preview} error={errorFor('dateColumn')} />
        ) : (
          <div className="import-wizard-row">
            <ColumnSelect label="Period start column" value={draft.periodStartColumn} onChange={(v) => change('periodStartColumn', v)} preview={preview} error={errorFor('periodStartColumn') ?? errorFor('dateColumn')} />
            <ColumnSelect label="Period end column" value={draft.periodEndColumn} onChange={(v) => change('periodEndColumn', v)} preview={preview} error={errorFor('periodEndColumn')} />
          </div>
        )}
      </fieldset>

      <fieldset className="import-wizard-group">
        <legend>Amount</legend>
        <ColumnSelect label="Quantity column" value={draft.quantityColumn} onChange={(v) => change('quantityColumn', v)} preview={preview} hint="The amount used: kWh, litres, miles…" error={errorFor('quantityColumn')} />
        <RadioGroup
          legend="The unit"
          name="import-unit-from"
          value={draft.unitFrom}
          options={[
            { value: 'fixed', label: 'Every row is in the same unit' },
            { value: 'column', label: 'A column says the unit of each row' },
          ]}
          onChange={(value) => change('unitFrom', value)}
        />
        {draft.unitFrom === 'column' ? (
          <ColumnSelect label="Unit column" value={draft.unitColumn} onChange={(v) => change('unitColumn', v)} preview={preview} error={errorFor('unitColumn')} />
        ) : (
          <Field label="Unit of every row" error={errorFor('fixedUnit')}>
            {(control) => (
              <select {...control} value={draft.fixedUnit} onChange={(e) => change('fixedUnit', e.target.value)}>
                <option value="">Choose a unit…</option>
                {unitOptions.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </fieldset>

      <fieldset className="import-wizard-group">
        <legend>Activity</legend>
        <RadioGroup
          legend="What the rows are"
          name="import-activity-from"
          value={draft.activityFrom}
          options={[
            { value: 'fixed', label: 'Every row is the same activity' },
            { value: 'column', label: 'A column holds an activity id from the catalogue' },
          ]}
          onChange={(value) => change('activityFrom', value)}
        />
        {draft.activityFrom === 'column' ? (
          <ColumnSelect label="Activity column" value={draft.activityColumn} onChange={(v) => change('activityColumn', v)} preview={preview} hint="Ids such as grid-electricity-uk, as in the activity CSV template." error={errorFor('activityColumn')} />
        ) : (
          <ActivityPicker activities={activities} value={draft.fixedActivityId} onChange={chooseActivity} error={errorFor('fixedActivityId')} label="Activity of every row" placeholder="Choose what every row is…" />
        )}
      </fieldset>

      <fieldset className="import-wizard-group">
        <legend>More about each row (optional)</legend>
        <div className="import-wizard-row">
          <ColumnSelect label="Site column" value={draft.siteColumn} onChange={(v) => change('siteColumn', v)} preview={preview} optional hint="Site names as in Settings." />
          <ColumnSelect label="Meter column" value={draft.meterColumn} onChange={(v) => change('meterColumn', v)} preview={preview} optional hint="MPAN, MPRN, vehicle registration…" />
          <ColumnSelect label="Description column" value={draft.descriptionColumn} onChange={(v) => change('descriptionColumn', v)} preview={preview} optional />
        </div>
      </fieldset>

      <fieldset className="import-wizard-group">
        <legend>Reading the file</legend>
        <ChoicesFields
          choices={choices}
          onChange={(next) => {
            onChoicesChange(next);
            errors.edited('siteId');
          }}
          sites={sites}
          askSite={askSite}
          siteError={errorFor('siteId')}
          decimalHint={choices.decimalMark === ',' ? 'The numbers in the file look like they use decimal commas.' : undefined}
        />
        <Field label="How good are these numbers?" hint="Better data first: a metered reading beats an invoice, an invoice beats an estimate." error={errorFor('dataQuality')}>
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
      </fieldset>

      <FirstRowsCheck checks={rowChecks} showSite={Boolean(draft.siteColumn) || sites.length > 1} incomplete={missing.length > 0} />

      <Field
        label="Save this layout as…"
        hint="Optional. Give it a name, such as “Van fuel log”, and files with the same columns are recognised by that name next time."
        error={errorFor('saveMappingAs')}
      >
        {(control) => <input {...control} type="text" autoComplete="off" value={draft.saveAs} onChange={(e) => change('saveAs', e.target.value)} />}
      </Field>

      <p role="status" className={missing.length > 0 && submitted ? 'import-missing import-missing-shown' : 'import-missing'}>
        {missing.length > 0 ? `Still to choose: ${missing.join(', ')}.` : 'Every choice is made.'}
      </p>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Import with this mapping
        </Button>
      </div>
    </form>
  );
}
