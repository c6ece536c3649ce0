import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { fieldErrorsOf } from '../../lib/errors';
import { stripPrefix } from '../../lib/field-errors';
import { FIRST_INVALID, useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useFieldErrors } from '../../lib/use-field-errors';
import { SiteFields } from '../sites/SiteFields';
import { useCreateSite, useUpdateSite } from '../sites/mutations';
import { checkSite, newSiteDraft, siteDraftFrom, siteErrorKeyOf, type SiteDraft } from '../sites/site-draft';

export interface SiteEditorProps {
  /** The site to edit; absent to add a new one. */
  site?: Site;
  onSaved: (site: Site) => void;
  onCancel: () => void;
}

export function SiteEditor({ site, onSaved, onCancel }: SiteEditorProps) {
  const titleId = useId();
  const [draft, setDraft] = useState<SiteDraft>(() => (site ? siteDraftFrom(site) : newSiteDraft()));
  const checked = useMemo(() => checkSite(draft), [draft]);
  const errors = useFieldErrors(checked.errors);
  const create = useCreateSite();
  const update = useUpdateSite();
  const mutation = site ? update : create;
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();

  useEffect(() => focusAfterRender('input'), [focusAfterRender]);

  function change(field: keyof SiteDraft, value: string) {
    setDraft((prev) => ({ ...prev, [field]: value }));
    errors.edited(siteErrorKeyOf(field));
    if (field === 'country') errors.edited('postcode');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!checked.value) {
      errors.touch(...Object.keys(checked.errors));
      focusAfterRender(FIRST_INVALID);
      return;
    }
    const onError = (error: Error) => {
      // sites.update reports `site.postcode`; sites.create reports `postcode`.
      errors.setServerErrors(stripPrefix(fieldErrorsOf(error), 'site'));
      focusAfterRender(FIRST_INVALID);
    };
    if (site) update.mutate({ id: site.id, site: checked.value }, { onSuccess: onSaved, onError });
    else create.mutate(checked.value, { onSuccess: onSaved, onError });
  }

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
      <h3 id={titleId}>{site ? `Edit ${site.name}` : 'New site'}</h3>
      <SiteFields draft={draft} onChange={change} errorFor={errors.errorFor} />
      {mutation.isError ? <ErrorBanner title="The site was not saved" error={mutation.error} /> : null}
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          Save site
        </Button>
      </div>
    </form>
  );
}
