import { useEffect, useId, useMemo, useState } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useCheckedSubmit } from '../../lib/use-checked-submit';
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

  const submit = useCheckedSubmit({
    checked,
    errors,
    focusAfterRender,
    busy: mutation.isPending,
    save: (value, callbacks) => {
      if (site) update.mutate({ id: site.id, site: value }, callbacks);
      else create.mutate(value, callbacks);
    },
    onSaved,
    // sites.update reports `site.postcode`; sites.create reports `postcode`.
    serverErrorPrefix: 'site',
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
