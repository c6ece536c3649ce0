import type { ReductionTarget } from '../../../../shared/domain/reports';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { emptyTarget, type TargetDraft } from './report-details-draft';

const scopeLabels: Record<ReductionTarget['scopes'], string> = {
  'scope1-2': 'Scope 1 and 2',
  'scope1-2-3': 'Scope 1, 2 and 3',
  scope3: 'Scope 3 only',
};

export interface TargetsFieldsetProps {
  targets: TargetDraft[];
  errors: Record<string, string>;
  baseYear: number;
  onChange: (targets: TargetDraft[]) => void;
}

export function TargetsFieldset({ targets, errors, baseYear, onChange }: TargetsFieldsetProps) {
  const change = (index: number, patch: Partial<TargetDraft>) => onChange(targets.map((t, i) => (i === index ? { ...t, ...patch } : t)));
  return (
    <fieldset className="reports-fieldset">
      <legend>Emissions reduction targets</legend>
      {targets.length === 0 ? <p className="field-hint">No targets yet. A Carbon Reduction Plan needs at least one, e.g. “Halve Scope 1 and 2 by 2030 from our base year”.</p> : null}
      {targets.map((target, i) => (
        <div key={i} className="reports-grid" role="group" aria-label={`Target ${i + 1}`}>
          <Field label={`Target ${i + 1}: description`} error={errors[`targets.${i}.description`]}>
            {(control) => <input {...control} value={target.description} onChange={(e) => change(i, { description: e.target.value })} />}
          </Field>
          <Field label={`Target ${i + 1}: scopes`}>
            {(control) => (
              <select {...control} value={target.scopes} onChange={(e) => change(i, { scopes: e.target.value as ReductionTarget['scopes'] })}>
                {Object.entries(scopeLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={`Target ${i + 1}: from year`} error={errors[`targets.${i}.baselineYear`]}>
            {(control) => <input {...control} inputMode="numeric" value={target.baselineYear} onChange={(e) => change(i, { baselineYear: e.target.value })} />}
          </Field>
          <Field label={`Target ${i + 1}: by year`} error={errors[`targets.${i}.targetYear`]}>
            {(control) => <input {...control} inputMode="numeric" value={target.targetYear} onChange={(e) => change(i, { targetYear: e.target.value })} />}
          </Field>
          <Field label={`Target ${i + 1}: reduction (%)`} error={errors[`targets.${i}.reductionPct`]}>
            {(control) => <input {...control} inputMode="decimal" value={target.reductionPct} onChange={(e) => change(i, { reductionPct: e.target.value })} />}
          </Field>
          <div>
            <Button variant="quiet" onClick={() => onChange(targets.filter((_, j) => j !== i))}>
              Remove target {i + 1}
            </Button>
          </div>
        </div>
      ))}
      <Button onClick={() => onChange([...targets, emptyTarget(baseYear)])}>Add a target</Button>
    </fieldset>
  );
}
