import { useState, type FormEvent } from 'react';
import type { ReportInputs } from '../../../../shared/domain/reports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { SavedNote } from '../../components/SavedNote';
import { fieldErrorsOf } from '../../lib/errors';
import { FIRST_INVALID, useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useUpdateReportInputs } from './mutations';
import { useReportInputs } from './queries';
import { detailsDraftFrom, detailsFromDraft, scope3CategoryList, zeroExplanationLabels, type ReportDetailsDraft } from './report-details-draft';
import { TargetsFieldset } from './TargetsFieldset';

export function ReportDetailsForm({ baseYear }: { baseYear: number }) {
  const inputs = useReportInputs();
  if (inputs.isPending) return <Loading label="Loading report details…" />;
  if (inputs.isError) return <ErrorBanner title="Report details could not be loaded" error={inputs.error} onRetry={() => void inputs.refetch()} />;
  return <DetailsEditor initial={inputs.data} baseYear={baseYear} />;
}

function DetailsEditor({ initial, baseYear }: { initial: ReportInputs; baseYear: number }) {
  const [draft, setDraft] = useState<ReportDetailsDraft>(() => detailsDraftFrom(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateReportInputs();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();
  const set = (patch: Partial<ReportDetailsDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const checked = detailsFromDraft(draft);
    setErrors(checked.errors);
    if (!checked.value) {
      focusAfterRender(FIRST_INVALID);
      return;
    }
    update.mutate(checked.value, {
      onSuccess: (next) => {
        setDraft(detailsDraftFrom(next));
        setSaved(true);
      },
      onError: (error) => {
        setErrors(fieldErrorsOf(error));
        focusAfterRender(FIRST_INVALID);
      },
    });
  }

  const text = (label: string, key: 'netZeroStatement' | 'measures', errorKey: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors[errorKey]}>
      {(control) => <textarea {...control} value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <form ref={containerRef} className="card" aria-labelledby="report-details" onSubmit={submit} noValidate>
      <h2 id="report-details">Report details</h2>
      <p className="section-intro">What the reports need besides your data. Leave a section empty if it does not apply yet: the report will say what is missing.</p>
      <fieldset className="reports-fieldset">
        <legend>Net zero commitment (Carbon Reduction Plan)</legend>
        <div className="reports-grid">
          <Field label="Net zero by (year)" hint="2050 at the latest" error={errors['netZeroCommitment.targetYear']}>
            {(control) => <input {...control} inputMode="numeric" className="input-year" value={draft.netZeroYear} onChange={(e) => set({ netZeroYear: e.target.value })} />}
          </Field>
        </div>
        {text('Commitment', 'netZeroStatement', 'netZeroCommitment.statement', 'In your own words, e.g. “We are committed to net zero across our UK operations.” Say net zero, not carbon neutral.')}
      </fieldset>
      <TargetsFieldset targets={draft.targets} errors={errors} baseYear={baseYear} onChange={(targets) => set({ targets })} />
      <fieldset className="reports-fieldset">
        <legend>Environmental management</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.iso14001} onChange={(e) => set({ iso14001: e.target.checked })} /> We are certified to ISO 14001
        </label>
        {text('Measures that will apply during a contract', 'measures', 'environmentalManagement.measures')}
      </fieldset>
      <fieldset className="reports-fieldset">
        <legend>Board sign-off</legend>
        <div className="reports-grid">
          <Field label="Director’s name" error={errors['signOff.name']}>
            {(control) => <input {...control} value={draft.signOffName} onChange={(e) => set({ signOffName: e.target.value })} />}
          </Field>
          <Field label="Role" hint="e.g. Managing Director" error={errors['signOff.role']}>
            {(control) => <input {...control} value={draft.signOffRole} onChange={(e) => set({ signOffRole: e.target.value })} />}
          </Field>
          <Field label="Date approved" error={errors['signOff.date']}>
            {(control) => <input {...control} type="date" value={draft.signOffDate} onChange={(e) => set({ signOffDate: e.target.value })} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="reports-fieldset">
        <legend>Why a figure is zero</legend>
        <p className="field-hint">Buyers reject a Carbon Reduction Plan that shows a zero without a reason. Explain any zero here, e.g. “We have no company vehicles”.</p>
        <div className="reports-grid">
          {(Object.keys(zeroExplanationLabels) as (keyof ReportDetailsDraft['zeroExplanations'])[]).map((key) => (
            <Field key={key} label={zeroExplanationLabels[key]} error={errors[`zeroExplanations.${key}`]}>
              {(control) => <input {...control} value={draft.zeroExplanations[key]} onChange={(e) => set({ zeroExplanations: { ...draft.zeroExplanations, [key]: e.target.value } })} />}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="reports-fieldset">
        <legend>Scope 3 categories you do not report (GHG inventory)</legend>
        <p className="field-hint">For each category you leave out, say why, e.g. “Not relevant: we sell no physical products”.</p>
        <div className="reports-grid">
          {scope3CategoryList.map((name, i) => {
            const key = String(i + 1);
            return (
              <Field key={key} label={`Category ${key}: ${name}`} error={errors[`scope3Exclusions.${key}`]}>
                {(control) => <input {...control} value={draft.scope3Exclusions[key] ?? ''} onChange={(e) => set({ scope3Exclusions: { ...draft.scope3Exclusions, [key]: e.target.value } })} />}
              </Field>
            );
          })}
        </div>
      </fieldset>
      {update.isError && Object.keys(fieldErrorsOf(update.error)).length === 0 ? <ErrorBanner title="Report details could not be saved" error={update.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          Save report details
        </Button>
        <SavedNote show={saved} text="Report details saved" />
      </div>
    </form>
  );
}
