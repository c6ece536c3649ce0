import { Button } from '../../components/Button';
import type { FieldErrorState } from '../../lib/use-field-errors';
import { SiteFields } from '../sites/SiteFields';
import type { SiteDraft } from '../sites/site-draft';
import { siteKey, type WizardSite } from './wizard-model';

export interface SitesStepProps {
  sites: readonly WizardSite[];
  onChange: (rowKey: string, field: keyof SiteDraft, value: string) => void;
  onAdd: () => void;
  onRemove: (rowKey: string) => void;
  errors: FieldErrorState;
}

export function SitesStep({ sites, onChange, onAdd, onRemove, errors }: SitesStepProps) {
  const listError = errors.errorFor('sites');
  return (
    <>
      <p className="step-intro">
        Add each building your organisation uses, such as offices, shops or warehouses. You need at least one; you can
        add more later in Settings.
      </p>
      {listError ? (
        <p className="field-error" role="alert">
          {listError}
        </p>
      ) : null}
      {sites.map((site, index) => (
        <fieldset key={site.key} className="card site-card" data-site-key={site.key}>
          <legend className="site-card-legend">Site {index + 1}</legend>
          <SiteFields
            draft={site.draft}
            onChange={(field, value) => onChange(site.key, field, value)}
            errorFor={(field) => errors.errorFor(siteKey(site.key, field))}
          />
          {sites.length > 1 ? (
            <Button variant="quiet" onClick={() => onRemove(site.key)}>
              Remove site {index + 1}
            </Button>
          ) : null}
        </fieldset>
      ))}
      <Button data-action="add-site" onClick={onAdd}>
        Add another site
      </Button>
    </>
  );
}
