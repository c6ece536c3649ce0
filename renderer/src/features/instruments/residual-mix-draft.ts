import type { z } from 'zod';
import { residualMixInputSchema } from '../../../../shared/domain/scope2';
import { zodFieldErrors, type Checked } from '../../lib/field-errors';
import type { Market } from './instrument-draft';

/** What the residual-mix form holds, as typed. Error keys are the schema's: market, year, factorKgCo2ePerKwh, source. */
export interface ResidualMixDraft {
  market: Market;
  year: string;
  factor: string;
  source: string;
}

export type ResidualMixValues = z.output<typeof residualMixInputSchema>;

export function newResidualMixDraft(): ResidualMixDraft {
  return { market: 'GB', year: '', factor: '', source: '' };
}

export function checkResidualMix(draft: ResidualMixDraft): Checked<ResidualMixValues> {
  const yearText = draft.year.trim();
  const factorText = draft.factor.replace(/\s/g, '');
  const yearOk = /^\d{4}$/.test(yearText);
  const factorOk = /^(\d+(\.\d*)?|\.\d+)$/.test(factorText);
  const parsed = residualMixInputSchema.safeParse({
    market: draft.market,
    year: yearOk ? Number(yearText) : 2000,
    factorKgCo2ePerKwh: factorOk ? Number(factorText) : 0,
    source: draft.source,
  });
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (!yearOk) errors.year = 'Enter the year as four digits, for example 2025';
  else if (errors.year) errors.year = 'Enter a year between 2000 and 2100';
  if (factorText === '') errors.factorKgCo2ePerKwh = 'Enter the residual mix factor in kg CO2e per kWh';
  else if (!factorOk) errors.factorKgCo2ePerKwh = 'Enter the factor as a number of kg CO2e per kWh, for example 0.3';
  if (Object.keys(errors).length > 0 || !parsed.success) return { value: null, errors };
  return { value: parsed.data, errors: {} };
}

/** The error key a draft field's messages live under. */
export function residualMixErrorKeyOf(field: keyof ResidualMixDraft): string {
  return field === 'factor' ? 'factorKgCo2ePerKwh' : field;
}
