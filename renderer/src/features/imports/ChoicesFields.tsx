import type { Site } from '../../../../shared/domain/organisation';
import { Field } from '../../components/Field';
import { dateFormatOptions, decimalMarkOptions, type DecimalMark, type FileChoices, type ImportDateFormat } from './import-options';

export interface ChoicesFieldsProps {
  choices: FileChoices;
  onChange: (next: FileChoices) => void;
  sites: readonly Site[];
  /** Several sites and no site column: every row needs the site said once for the file. */
  askSite: boolean;
  siteLabel?: string;
  siteError?: string | undefined;
  /** Shown under the decimal mark when it was guessed from the file. */
  decimalHint?: string | undefined;
}

/** How to read the file: the site for every row, the date order and the decimal mark. */
export function ChoicesFields({ choices, onChange, sites, askSite, siteLabel = 'Site for every row', siteError, decimalHint }: ChoicesFieldsProps) {
  const set = <K extends keyof FileChoices>(key: K, value: FileChoices[K]) => onChange({ ...choices, [key]: value });
  return (
    <div className="import-choices">
      {askSite ? (
        <Field label={siteLabel} hint="The file does not say which of your sites it belongs to." error={siteError}>
          {(control) => (
            <select {...control} value={choices.siteId} onChange={(e) => set('siteId', e.target.value)}>
              <option value="">Choose a site…</option>
              {sites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label="Date format" hint="How the dates in the file are written.">
        {(control) => (
          <select {...control} value={choices.dateFormat} onChange={(e) => set('dateFormat', e.target.value as ImportDateFormat)}>
            {dateFormatOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="The meter in this file measures" hint="Only needed for meter readings that do not say whether they are electricity or gas.">
        {(control) => (
          <select {...control} value={choices.meterFuel} onChange={(e) => set('meterFuel', e.target.value as FileChoices['meterFuel'])}>
            <option value="auto">Work it out from the file</option>
            <option value="electricity">Electricity</option>
            <option value="gas">Gas</option>
          </select>
        )}
      </Field>
      <Field label="Gas calorific value (MJ/m³, optional)" hint="Printed on your gas bill, about 39. Needed when a gas meter counts cubic metres.">
        {(control) => <input {...control} inputMode="decimal" value={choices.calorificValue} onChange={(e) => set('calorificValue', e.target.value)} />}
      </Field>
      <Field label="Decimal mark" hint={decimalHint ?? 'How the numbers in the file write their decimals.'}>
        {(control) => (
          <select {...control} value={choices.decimalMark} onChange={(e) => set('decimalMark', e.target.value as DecimalMark)}>
            {decimalMarkOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
