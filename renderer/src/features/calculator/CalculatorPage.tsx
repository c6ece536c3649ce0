import { useState, type FormEvent } from 'react';
import type { Activity, CalculationResultDto } from '../../../../shared/domain/activities';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProvenancePanel } from '../../components/ProvenancePanel';
import { BridgeError } from '../../lib/bridge';
import { ActivityPicker } from './ActivityPicker';
import { useActivities, usePreviewCalculation } from './queries';
import './calculator.css';

const kg = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const tonnes = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

function thisYear(): { start: string; end: string } {
  const year = new Date().getFullYear();
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

function scopeText(scope: number, category: number | null): string {
  return category ? `Scope ${scope} (category ${category})` : `Scope ${scope}`;
}

function Result({ result }: { result: CalculationResultDto }) {
  return (
    <section aria-labelledby="calculation-result" className="card calculator-result">
      <h2 id="calculation-result">Result</h2>
      <p className="calculator-total" aria-live="polite">
        <strong>{kg.format(result.totalCo2eKg)} kg CO2e</strong> <span>({tonnes.format(result.totalCo2eKg / 1000)} tonnes CO2e)</span>
      </p>
      <p>Using the {result.factorYear} factors.</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Where the emissions come from</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Scope</th>
              <th scope="col" className="numeric">
                kg CO2e
              </th>
            </tr>
          </thead>
          <tbody>
            {result.components.map((c) => (
              <tr key={c.role}>
                <td>{c.label}</td>
                <td>{scopeText(c.scope, c.scope3Category)}</td>
                <td className="numeric">{kg.format(c.co2eKg)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProvenancePanel result={result} />
    </section>
  );
}

function CalculatorForm({ activities }: { activities: readonly Activity[] }) {
  const preview = usePreviewCalculation();
  const [activityId, setActivityId] = useState('');
  const [quantity, setQuantity] = useState('');
  const [unit, setUnit] = useState('');
  const [period, setPeriod] = useState(thisYear);
  const [calorificValue, setCalorificValue] = useState('39.5');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const activity = activities.find((a) => a.id === activityId);
  const usesGasVolume = Boolean(activity?.gasVolume) && (unit === 'm3' || unit === 'hcf');
  const serverFields = preview.error instanceof BridgeError ? preview.error.fields : {};
  const fieldError = (name: string) => errors[name] ?? serverFields[name];

  const chooseActivity = (id: string) => {
    setActivityId(id);
    setUnit(activities.find((a) => a.id === id)?.defaultUnit ?? '');
    preview.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const amount = Number(quantity.replace(/,/g, ''));
    if (!activity) next['activityId'] = 'Choose an activity';
    if (quantity.trim() === '' || !Number.isFinite(amount)) next['quantity'] = 'Enter an amount, such as 1200';
    else if (amount < 0) next['quantity'] = 'The amount cannot be negative';
    if (!period.start) next['periodStart'] = 'Enter the first day';
    if (!period.end) next['periodEnd'] = 'Enter the last day';
    else if (period.start && period.end < period.start) next['periodEnd'] = 'The period must end on or after the day it starts';
    const cv = Number(calorificValue);
    if (usesGasVolume && !(cv > 0 && cv < 100)) next['gasCalorificValueMjPerM3'] = 'Enter the calorific value from your gas bill, about 38–40';
    setErrors(next);
    if (Object.keys(next).length || !activity) return;
    preview.mutate({
      activityId: activity.id,
      quantity: amount,
      unit,
      periodStart: period.start,
      periodEnd: period.end,
      ...(usesGasVolume ? { options: { gasCalorificValueMjPerM3: cv } } : {}),
    });
  };

  return (
    <>
      <form className="card calculator-form" onSubmit={submit} noValidate>
        <ActivityPicker activities={activities} value={activityId} onChange={chooseActivity} error={fieldError('activityId')} />
        {activity ? <p className="calculator-description">{activity.description}</p> : null}
        <div className="calculator-row">
          <Field label="Amount" error={fieldError('quantity')}>
            {(control) => <input {...control} inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} className="input-short" />}
          </Field>
          <Field label="Unit" error={fieldError('unit')}>
            {(control) => (
              <select {...control} value={unit} onChange={(e) => setUnit(e.target.value)} disabled={!activity}>
                {(activity?.acceptedUnits ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {usesGasVolume ? (
            <Field label="Calorific value (MJ/m³)" hint="Printed on your gas bill; 39.5 is typical." error={fieldError('gasCalorificValueMjPerM3')}>
              {(control) => <input {...control} inputMode="decimal" value={calorificValue} onChange={(e) => setCalorificValue(e.target.value)} className="input-short" />}
            </Field>
          ) : null}
        </div>
        <div className="calculator-row">
          <Field label="From" hint="First day the amount covers" error={fieldError('periodStart')}>
            {(control) => <input {...control} type="date" value={period.start} onChange={(e) => setPeriod((p) => ({ ...p, start: e.target.value }))} />}
          </Field>
          <Field label="To" hint="Last day (included)" error={fieldError('periodEnd')}>
            {(control) => <input {...control} type="date" value={period.end} onChange={(e) => setPeriod((p) => ({ ...p, end: e.target.value }))} />}
          </Field>
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={preview.isPending}>
            Calculate
          </Button>
        </div>
      </form>
      {preview.isError ? <ErrorBanner title="That could not be calculated" error={preview.error} /> : null}
      {preview.data ? <Result result={preview.data} /> : null}
    </>
  );
}

/** Try the calculator on one amount: nothing is saved, so it is safe to experiment. */
export function CalculatorPage() {
  const activities = useActivities();
  return (
    <>
      <PageHeader
        title="Try a calculation"
        description="Pick something your business used or did, enter how much and when, and see the emissions it causes, worked out with the UK Government conversion factors. Nothing is saved."
      />
      {activities.isPending ? <Loading label="Loading the list of activities…" /> : null}
      {activities.isError ? <ErrorBanner title="The list of activities could not be loaded" error={activities.error} onRetry={() => void activities.refetch()} /> : null}
      {activities.data ? <CalculatorForm activities={activities.data} /> : null}
    </>
  );
}
