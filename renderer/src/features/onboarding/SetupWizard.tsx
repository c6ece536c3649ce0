import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { fieldErrorsOf } from '../../lib/errors';
import { navigate } from '../../lib/router';
import { FIRST_INVALID, useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useFieldErrors } from '../../lib/use-field-errors';
import { newOrganisationDraft, type OrganisationDraft } from '../organisation/organisation-draft';
import { siteErrorKeyOf, type SiteDraft } from '../sites/site-draft';
import { useCreateWorkspace } from '../workspace/mutations';
import { OrganisationStep } from './OrganisationStep';
import { ReviewStep } from './ReviewStep';
import { SitesStep } from './SitesStep';
import { StepIndicator } from './StepIndicator';
import {
  checkOrganisationStep,
  checkSitesStep,
  newWizardSite,
  orgKey,
  siteKey,
  stepOfKey,
  stepTitles,
  wizardKeysFromServer,
  type WizardSite,
  type WizardStep,
} from './wizard-model';

const STEP_HEADING = 'h2';

export function SetupWizard({ onCancel }: { onCancel: () => void }) {
  const [step, setStep] = useState<WizardStep>(1);
  const [organisation, setOrganisation] = useState<OrganisationDraft>(() => newOrganisationDraft());
  const [sites, setSites] = useState<WizardSite[]>(() => [newWizardSite()]);
  const create = useCreateWorkspace();

  const orgCheck = useMemo(() => checkOrganisationStep(organisation), [organisation]);
  const sitesCheck = useMemo(() => checkSitesStep(sites), [sites]);
  const errors = useFieldErrors({ ...orgCheck.errors, ...sitesCheck.errors });

  // Focus moves after the next render, once the step or the error messages are on screen.
  const { containerRef: formRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();
  const focus = (selector: string) => focusAfterRender(selector, STEP_HEADING);

  // The button that opened the wizard is gone: start keyboard and screen reader users at its title.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);

  function goTo(next: WizardStep) {
    create.reset();
    setStep(next);
    focus(STEP_HEADING);
  }

  function refuse(stepErrors: Record<string, string>) {
    errors.touch(...Object.keys(stepErrors));
    focus(FIRST_INVALID);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (step === 1) return orgCheck.value ? goTo(2) : refuse(orgCheck.errors);
    if (step === 2) return sitesCheck.value ? goTo(3) : refuse(sitesCheck.errors);
    if (!orgCheck.value || !sitesCheck.value || create.isPending) return;
    create.mutate(
      { organisation: orgCheck.value, sites: sitesCheck.value },
      {
        onSuccess: () => navigate('dashboard'),
        onError: (error) => {
          const fields = wizardKeysFromServer(fieldErrorsOf(error), sites);
          const firstStep = Math.min(3, ...Object.keys(fields).map(stepOfKey)) as WizardStep;
          errors.setServerErrors(fields);
          if (firstStep < 3) {
            setStep(firstStep);
            focus(FIRST_INVALID);
          }
        },
      },
    );
  }

  function changeOrganisation(field: keyof OrganisationDraft, value: string) {
    setOrganisation((prev) => ({ ...prev, [field]: value }));
    errors.edited(orgKey(field));
  }

  function changeSite(rowKey: string, field: keyof SiteDraft, value: string) {
    setSites((prev) => prev.map((s) => (s.key === rowKey ? { ...s, draft: { ...s.draft, [field]: value } } : s)));
    errors.edited(siteKey(rowKey, siteErrorKeyOf(field)));
    if (field === 'country') errors.edited(siteKey(rowKey, 'postcode'));
  }

  function addSite() {
    const site = newWizardSite();
    setSites((prev) => [...prev, site]);
    focus(`[data-site-key="${site.key}"] input`);
  }

  function removeSite(rowKey: string) {
    setSites((prev) => prev.filter((s) => s.key !== rowKey));
    focus('[data-action="add-site"]');
  }

  return (
    <div className="wizard">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        Set up your organisation
      </h1>
      <StepIndicator step={step} />
      <form ref={formRef} className="wizard-form" noValidate onSubmit={submit} aria-labelledby="wizard-step-title">
        <h2 id="wizard-step-title" tabIndex={-1} className="wizard-step-title">
          {stepTitles[step]}
        </h2>
        {step === 1 ? <OrganisationStep draft={organisation} onChange={changeOrganisation} errors={errors} /> : null}
        {step === 2 ? (
          <SitesStep sites={sites} onChange={changeSite} onAdd={addSite} onRemove={removeSite} errors={errors} />
        ) : null}
        {step === 3 && orgCheck.value && sitesCheck.value ? (
          <ReviewStep
            organisation={orgCheck.value}
            sites={sitesCheck.value}
            onEditOrganisation={() => goTo(1)}
            onEditSites={() => goTo(2)}
          />
        ) : null}
        {step === 3 && create.isError ? <ErrorBanner title="Your workspace was not created" error={create.error} /> : null}
        <p role="status" className="wizard-status">
          {create.isPending ? 'Creating your workspace…' : null}
        </p>
        <div className="form-actions">
          {step === 1 ? (
            <Button onClick={onCancel}>Cancel</Button>
          ) : (
            <Button onClick={() => goTo((step - 1) as WizardStep)}>Back</Button>
          )}
          <Button type="submit" variant="primary" busy={create.isPending}>
            {step === 3 ? 'Create workspace' : 'Next'}
          </Button>
        </div>
      </form>
    </div>
  );
}
