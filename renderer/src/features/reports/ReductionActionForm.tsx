import { useState, type FormEvent } from 'react';
import type { Site } from '../../../../shared/domain/organisation';
import type { ReductionAction, ReductionActionInput } from '../../../../shared/domain/reports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { FIRST_INVALID, useFocusAfterRender } from '../../lib/use-focus-after-render';
import { useSaveReductionAction } from './mutations';

export const actionStatusLabels: Record<ReductionAction['status'], string> = { planned: 'Planned', 'in-progress': 'Under way', completed: 'Completed' };

interface Draft {
  title: string;
  description: string;
  status: ReductionAction['status'];
  startedOn: string;
  completedOn: string;
  siteId: string;
  savingKwh: string;
  savingCo2eKg: string;
}

function draftOf(action: ReductionAction | null): Draft {
  return {
    title: action?.title ?? '',
    description: action?.description ?? '',
    status: action?.status ?? 'completed',
    startedOn: action?.startedOn ?? '',
    completedOn: action?.completedOn ?? '',
    siteId: action?.siteId ?? '',
    savingKwh: action?.estimatedSavingKwh?.toString() ?? '',
    savingCo2eKg: action?.estimatedSavingCo2eKg?.toString() ?? '',
  };
}

function checkDraft(draft: Draft): { value: ReductionActionInput | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const amount = (text: string, key: string): number | null => {
    if (text.trim() === '') return null;
    const n = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(n) || n < 0) errors[key] = 'Enter a number of 0 or more, or leave it empty';
    return n;
  };
  if (!draft.title.trim()) errors.title = 'Give the action a short title';
  if (draft.status === 'completed' && !draft.completedOn) errors.completedOn = 'Enter the date it was completed';
  const value: ReductionActionInput = {
    title: draft.title.trim(),
    description: draft.description.trim(),
    status: draft.status,
    startedOn: draft.startedOn || null,
    completedOn: draft.completedOn || null,
    siteId: draft.siteId || null,
    estimatedSavingKwh: amount(draft.savingKwh, 'estimatedSavingKwh'),
    estimatedSavingCo2eKg: amount(draft.savingCo2eKg, 'estimatedSavingCo2eKg'),
  };
  return { value: Object.keys(errors).length ? null : value, errors };
}

export interface ReductionActionFormProps {
  action: ReductionAction | null;
  sites: Site[];
  onDone: (saved: ReductionAction | null) => void;
}

export function ReductionActionForm({ action, sites, onDone }: ReductionActionFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(action));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveReductionAction();
  const { containerRef, focusAfterRender } = useFocusAfterRender<HTMLFormElement>();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const checked = checkDraft(draft);
    setErrors(checked.errors);
    if (!checked.value) {
      focusAfterRender(FIRST_INVALID);
      return;
    }
    save.mutate(
      { id: action?.id ?? null, action: checked.value },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) => {
          setErrors(fieldErrorsOf(error));
          focusAfterRender(FIRST_INVALID);
        },
      },
    );
  }

  return (
    <form ref={containerRef} className="card" aria-label={action ? `Edit ${action.title}` : 'New energy-saving action'} onSubmit={submit} noValidate>
      <div className="reports-grid">
        <Field label="Title" hint="e.g. LED lighting in the warehouse" error={errors.title}>
          {(control) => <input {...control} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field label="Status">
          {(control) => (
            <select {...control} value={draft.status} onChange={(e) => set({ status: e.target.value as Draft['status'] })}>
              {Object.entries(actionStatusLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Site" hint="Leave as “Whole organisation” if it is not about one site">
          {(control) => (
            <select {...control} value={draft.siteId} onChange={(e) => set({ siteId: e.target.value })}>
              <option value="">Whole organisation</option>
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Started on" error={errors.startedOn}>
          {(control) => <input {...control} type="date" value={draft.startedOn} onChange={(e) => set({ startedOn: e.target.value })} />}
        </Field>
        <Field label="Completed on" hint="Needed once the action is completed" error={errors.completedOn}>
          {(control) => <input {...control} type="date" value={draft.completedOn} onChange={(e) => set({ completedOn: e.target.value })} />}
        </Field>
        <Field label="Estimated saving (kWh a year)" error={errors.estimatedSavingKwh}>
          {(control) => <input {...control} inputMode="decimal" value={draft.savingKwh} onChange={(e) => set({ savingKwh: e.target.value })} />}
        </Field>
        <Field label="Estimated saving (kg CO2e a year)" error={errors.estimatedSavingCo2eKg}>
          {(control) => <input {...control} inputMode="decimal" value={draft.savingCo2eKg} onChange={(e) => set({ savingCo2eKg: e.target.value })} />}
        </Field>
      </div>
      <Field label="What was done" error={errors.description}>
        {(control) => <textarea {...control} value={draft.description} onChange={(e) => set({ description: e.target.value })} />}
      </Field>
      {save.isError && Object.keys(fieldErrorsOf(save.error)).length === 0 ? <ErrorBanner title="The action could not be saved" error={save.error} /> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          {action ? 'Save changes' : 'Add action'}
        </Button>
        <Button onClick={() => onDone(null)}>Cancel</Button>
      </div>
    </form>
  );
}
