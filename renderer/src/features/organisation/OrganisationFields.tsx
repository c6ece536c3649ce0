import { Field } from '../../components/Field';
import { monthName, monthNumbers } from '../../lib/dates';
import type { OrganisationDraft } from './organisation-draft';

export interface OrganisationFieldsProps {
  draft: OrganisationDraft;
  onChange: (field: keyof OrganisationDraft, value: string) => void;
  errorFor: (field: keyof OrganisationDraft) => string | undefined;
}

export function OrganisationFields({ draft, onChange, errorFor }: OrganisationFieldsProps) {
  return (
    <>
      <Field label="Organisation name" error={errorFor('name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="organization"
            value={draft.name}
            onChange={(e) => onChange('name', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Companies House number (optional)"
        hint="8 characters, for example 01234567 or SC123456. It is on your certificate of incorporation. Leave it blank if your organisation is not a registered company."
        error={errorFor('companiesHouseNumber')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="input-short"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={draft.companiesHouseNumber}
            onChange={(e) => onChange('companiesHouseNumber', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Reporting year starts in"
        hint="Usually the first month of your financial year."
        error={errorFor('reportingYearStartMonth')}
      >
        {(control) => (
          <select
            {...control}
            className="input-short"
            value={draft.reportingYearStartMonth}
            onChange={(e) => onChange('reportingYearStartMonth', e.target.value)}
          >
            {monthNumbers.map((month) => (
              <option key={month} value={String(month)}>
                {monthName(month)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Base year"
        hint="The year you will compare future emissions against, usually your first full year of records."
        error={errorFor('baseYear')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            className="input-year"
            autoComplete="off"
            maxLength={4}
            value={draft.baseYear}
            onChange={(e) => onChange('baseYear', e.target.value)}
          />
        )}
      </Field>
    </>
  );
}
