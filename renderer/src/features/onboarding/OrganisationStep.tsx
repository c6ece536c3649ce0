import type { FieldErrorState } from '../../lib/use-field-errors';
import { OrganisationFields } from '../organisation/OrganisationFields';
import type { OrganisationDraft } from '../organisation/organisation-draft';
import { orgKey } from './wizard-model';

export interface OrganisationStepProps {
  draft: OrganisationDraft;
  onChange: (field: keyof OrganisationDraft, value: string) => void;
  errors: FieldErrorState;
}

export function OrganisationStep({ draft, onChange, errors }: OrganisationStepProps) {
  return (
    <>
      <p className="step-intro">Tell us about the organisation whose emissions you are measuring.</p>
      <OrganisationFields
        draft={draft}
        onChange={onChange}
        errorFor={(field) => errors.errorFor(orgKey(field))}
      />
    </>
  );
}
