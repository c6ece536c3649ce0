import type { Activity } from '../../../../shared/domain/activities';
import type { dataQualityTiers } from '../../../../shared/domain/calculations';
import type { ProcedureInput } from '../../../../shared/ipc/contract';
import type { Checked, FieldErrors } from '../../lib/field-errors';

export type DataQuality = (typeof dataQualityTiers)[number];

/** The "Add activity by hand" form as typed: every field a string until it is checked. */
export interface ActivityDraft {
  siteId: string;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  quantity: string;
  unit: string;
  /** MJ/m³, asked only for gas entered by volume. */
  calorificValue: string;
  dataQuality: DataQuality | '';
  description: string;
}

export const TYPICAL_CALORIFIC_VALUE = '39.5';

export function newActivityDraft(siteIds: readonly string[]): ActivityDraft {
  return {
    // With one site there is nothing to choose.
    siteId: siteIds.length === 1 ? (siteIds[0] ?? '') : '',
    activityId: '',
    periodStart: '',
    periodEnd: '',
    quantity: '',
    unit: '',
    calorificValue: TYPICAL_CALORIFIC_VALUE,
    dataQuality: '',
    description: '',
  };
}

export function usesGasVolume(activity: Activity | undefined, unit: string): boolean {
  return Boolean(activity?.gasVolume) && (unit === 'm3' || unit === 'hcf');
}

/** "12,000" and " 12000 " are both twelve thousand. */
export function parseQuantity(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export type RecordInput = ProcedureInput<'records.create'>;

/** The same rules the backend applies, in the same field keys, so its messages land on the same fields. */
export function checkActivityDraft(draft: ActivityDraft, activities: readonly Activity[]): Checked<RecordInput> {
  const errors: Record<string, string> = {};
  const activity = activities.find((a) => a.id === draft.activityId);
  if (!draft.siteId) errors['siteId'] = 'Choose a site';
  if (!activity) errors['activityId'] = 'Choose what was used or done';
  if (!draft.periodStart) errors['periodStart'] = 'Enter the first day the amount covers';
  if (!draft.periodEnd) errors['periodEnd'] = 'Enter the last day the amount covers';
  else if (draft.periodStart && draft.periodEnd < draft.periodStart) errors['periodEnd'] = 'The period must end on or after its start';
  const quantity = parseQuantity(draft.quantity);
  if (quantity === null) errors['quantity'] = 'Enter the amount from your bill or meter, such as 12000';
  else if (quantity < 0) errors['quantity'] = 'The quantity cannot be negative';
  if (activity && !activity.acceptedUnits.some((u) => u.id === draft.unit)) errors['unit'] = 'Choose a unit';
  if (!draft.dataQuality) errors['dataQuality'] = 'Say how good this number is';
  const gas = usesGasVolume(activity, draft.unit);
  const calorificValue = Number(draft.calorificValue.replace(',', '.'));
  if (gas && !(calorificValue > 0 && calorificValue < 100)) errors['calorificValue'] = 'Enter the calorific value from your gas bill, about 38–40';
  if (draft.description.trim().length > 500) errors['description'] = 'Keep the description under 500 characters';

  const fields: FieldErrors = errors;
  if (Object.keys(errors).length > 0 || !activity || quantity === null || !draft.dataQuality) return { value: null, errors: fields };
  return {
    value: {
      siteId: draft.siteId,
      activityId: activity.id,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
      quantity,
      unit: draft.unit,
      dataQuality: draft.dataQuality,
      description: draft.description.trim() || null,
      ...(gas ? { options: { gasCalorificValueMjPerM3: calorificValue } } : {}),
    },
    errors: fields,
  };
}
