import { Field } from '../../components/Field';
import { countryOptions } from '../../lib/countries';
import type { SiteDraft, SiteErrorKey } from './site-draft';

export interface SiteFieldsProps {
  draft: SiteDraft;
  onChange: (field: keyof SiteDraft, value: string) => void;
  errorFor: (field: SiteErrorKey) => string | undefined;
}

export function SiteFields({ draft, onChange, errorFor }: SiteFieldsProps) {
  const inUk = draft.country === 'GB';
  return (
    <>
      <Field label="Site name" hint="For example Head office or Leeds warehouse." error={errorFor('name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            value={draft.name}
            onChange={(e) => onChange('name', e.target.value)}
          />
        )}
      </Field>
      <Field label="Country" error={errorFor('country')}>
        {(control) => (
          <select
            {...control}
            value={draft.country}
            onChange={(e) => onChange('country', e.target.value)}
          >
            {countryOptions.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Postcode"
        hint={inUk ? 'For example SW1A 1AA. It tells us which part of the electricity grid the site uses.' : 'Optional for sites outside the United Kingdom.'}
        error={errorFor('postcode')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="input-short"
            autoComplete="postal-code"
            autoCapitalize="characters"
            spellCheck={false}
            value={draft.postcode}
            onChange={(e) => onChange('postcode', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Floor area (m², optional)"
        hint="The internal floor area in square metres, used to compare sites."
        error={errorFor('floorAreaM2')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            className="input-short"
            autoComplete="off"
            value={draft.floorArea}
            onChange={(e) => onChange('floorArea', e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
