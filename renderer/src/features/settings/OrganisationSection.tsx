import { useMemo, useState } from 'react';
import type { Organisation } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
import { useFieldErrors } from '../../lib/use-field-errors';
import { OrganisationFields } from '../organisation/OrganisationFields';
import { checkOrganisation, organisationDraftFrom, type OrganisationDraft } from '../organisation/organisation-draft';
import { useUpdateOrganisation } from '../organisation/mutations';
import { useOrganisation } from '../organisation/queries';

export function OrganisationSection() {
  const organisation = useOrganisation();
  return (
    <section className="card settings-section" aria-labelledby="settings-organisation">
      <h2 id="settings-organisation">Organisation</h2>
      {organisation.isPending ? <Loading label="Loading your organisation…" /> : null}
      {organisation.isError ? (
        <ErrorBanner title="Your organisation could not be loaded" error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : null}
      {organisation.data ? <OrganisationForm organisation={organisation.data} /> : null}
    </section>
  );
}

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const [draft, setDraft] = useState<OrganisationDraft>(() => organisationDraftFrom(organisation));
  const [saved, setSaved] = useState(false);
  const checked = useMemo(() => checkOrganisation(draft), [draft]);
  const errors = useFieldErrors(checked.errors);
  const update = useUpdateOrganisation();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();

  function change(field: keyof OrganisationDraft, value: string) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    errors.edited(field);
    setSaved(false);
  }

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: update.isPending,
    save: (value, callbacks) => update.mutate(value, callbacks),
    onSaved: (next: Organisation) => {
      setDraft(organisationDraftFrom(next));
      errors.reset();
      setSaved(true);
    },
  });

  return (
    <form ref={containerRef} noValidate onSubmit={submit} aria-labelledby="settings-organisation">
      <OrganisationFields draft={draft} onChange={change} errorFor={errors.errorFor} />
      {update.isError ? <ErrorBanner title="Your changes were not saved" error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save organisation
        </Button>
        <SavedNote show={saved} />
      </div>
    </form>
  );
}
