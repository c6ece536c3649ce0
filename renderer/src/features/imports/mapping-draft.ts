import type { Activity } from '../../../../shared/domain/activities';
import type { ColumnMappingInput, ImportPreview } from '../../../../shared/domain/imports';
import type { DataQuality } from '../activity/activity-draft';
import type { DecimalMark, ImportDateFormat } from './import-options';

/** The mapping wizard as filled in: a column name, or '' for none. */
export interface MappingDraft {
  dates: 'single' | 'period';
  dateColumn: string;
  periodStartColumn: string;
  periodEndColumn: string;
  quantityColumn: string;
  unitFrom: 'column' | 'fixed';
  unitColumn: string;
  fixedUnit: string;
  activityFrom: 'column' | 'fixed';
  activityColumn: string;
  fixedActivityId: string;
  siteColumn: string;
  meterColumn: string;
  descriptionColumn: string;
  dataQuality: DataQuality | '';
  saveAs: string;
}

export const emptyMappingDraft: MappingDraft = {
  dates: 'single',
  dateColumn: '',
  periodStartColumn: '',
  periodEndColumn: '',
  quantityColumn: '',
  unitFrom: 'fixed',
  unitColumn: '',
  fixedUnit: '',
  activityFrom: 'fixed',
  activityColumn: '',
  fixedActivityId: '',
  siteColumn: '',
  meterColumn: '',
  descriptionColumn: '',
  dataQuality: '',
  saveAs: '',
};

/** Labels of the choices, for "Still to choose: …"; keys are the server's mapping field names. */
export const mappingFieldLabels: Readonly<Record<string, string>> = {
  dateColumn: 'the date column',
  periodStartColumn: 'the period start column',
  periodEndColumn: 'the period end column',
  quantityColumn: 'the quantity column',
  unitColumn: 'the unit column',
  fixedUnit: 'the unit every row is in',
  activityColumn: 'the activity column',
  fixedActivityId: 'the activity every row is',
  dataQuality: 'how good the numbers are',
  siteId: 'the site',
  saveMappingAs: 'a name for the layout',
};

export interface MappingCheck {
  mapping: ColumnMappingInput | null;
  saveAs: string | null;
  errors: Record<string, string>;
}

/**
 * The same rules as the contract's mapping schema, under the same field names, so the server's
 * VALIDATION fields land on the same controls; plus the mistakes that are cheaper to catch here.
 */
export function checkMappingDraft(
  draft: MappingDraft,
  context: { header: readonly string[]; dateFormat: ImportDateFormat; decimalMark: DecimalMark },
): MappingCheck {
  const errors: Record<string, string> = {};
  const known = (name: string) => name !== '' && context.header.includes(name);
  if (draft.dates === 'single') {
    if (!known(draft.dateColumn)) errors['dateColumn'] = 'Choose the column with the date of each row';
  } else {
    if (!known(draft.periodStartColumn)) errors['periodStartColumn'] = 'Choose the column with the first day each row covers';
    if (!known(draft.periodEndColumn)) errors['periodEndColumn'] = 'Choose the column with the last day each row covers';
    else if (draft.periodEndColumn === draft.periodStartColumn) errors['periodEndColumn'] = 'The period end must be a different column from the start';
  }
  if (!known(draft.quantityColumn)) errors['quantityColumn'] = 'Choose the column with the amount used';
  else if ([draft.dateColumn, draft.periodStartColumn, draft.periodEndColumn].includes(draft.quantityColumn)) {
    errors['quantityColumn'] = 'The quantity cannot come from a date column';
  }
  if (draft.unitFrom === 'column' && !known(draft.unitColumn)) errors['unitColumn'] = 'Choose the column with the unit, or say which unit every row is in';
  if (draft.unitFrom === 'fixed' && !draft.fixedUnit) errors['fixedUnit'] = 'Choose the unit every row is in';
  if (draft.activityFrom === 'column' && !known(draft.activityColumn)) errors['activityColumn'] = 'Choose the column with the activity id, or say what every row is';
  if (draft.activityFrom === 'fixed' && !draft.fixedActivityId) errors['fixedActivityId'] = 'Choose what every row is';
  if (!draft.dataQuality) errors['dataQuality'] = 'Say how good these numbers are';
  const saveAs = draft.saveAs.trim();
  if (saveAs !== '' && saveAs.length < 2) errors['saveMappingAs'] = 'Give the layout a name of at least 2 characters';
  if (saveAs.length > 100) errors['saveMappingAs'] = 'Keep the name under 100 characters';

  if (Object.keys(errors).length > 0 || !draft.dataQuality) return { mapping: null, saveAs: null, errors };
  const column = (name: string) => name || null;
  return {
    mapping: {
      dateColumn: draft.dates === 'single' ? draft.dateColumn : null,
      periodStartColumn: draft.dates === 'period' ? draft.periodStartColumn : null,
      periodEndColumn: draft.dates === 'period' ? draft.periodEndColumn : null,
      quantityColumn: draft.quantityColumn,
      unitColumn: draft.unitFrom === 'column' ? draft.unitColumn : null,
      fixedUnit: draft.unitFrom === 'fixed' ? draft.fixedUnit : null,
      activityColumn: draft.activityFrom === 'column' ? draft.activityColumn : null,
      fixedActivityId: draft.activityFrom === 'fixed' ? draft.fixedActivityId : null,
      siteColumn: column(draft.siteColumn),
      meterColumn: column(draft.meterColumn),
      descriptionColumn: column(draft.descriptionColumn),
      dataQuality: draft.dataQuality,
      // Remembered with a saved layout, so the next file with these columns is read the same way.
      decimalMark: context.decimalMark,
      dateFormat: context.dateFormat === 'auto' ? null : context.dateFormat,
    },
    saveAs: saveAs || null,
    errors,
  };
}

/** The server's VALIDATION fields for imports.run, keyed like the wizard's own checks. */
export function wizardFieldErrors(fields: Readonly<Record<string, string>>, draft: MappingDraft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    let name = key.replace(/^options\.(mapping\.)?/, '');
    // The schema reports "no unit / no activity" on the column field, whichever way was chosen.
    if (name === 'unitColumn' && draft.unitFrom === 'fixed') name = 'fixedUnit';
    if (name === 'activityColumn' && draft.activityFrom === 'fixed') name = 'fixedActivityId';
    out[name] ??= message;
  }
  return out;
}

// ---- The first rows, read the way the choices say (a preview: the server has the last word) ----

export interface RowCheck {
  rowNumber: number;
  date: string;
  quantity: string;
  unit: string;
  activity: string;
  site: string;
  problems: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

function validDay(y: number, m: number, d: number): Date | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? date : null;
}

const fullYear = (text: string) => (text.length <= 2 ? 2000 + Number(text) : Number(text));

/** Day-first unless some value only makes sense month-first (as the importer decides per column). */
export function guessDateOrder(values: readonly string[]): 'dmy' | 'mdy' {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = value.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst && !dayFirst ? 'mdy' : 'dmy';
}

/** A cell as a day ("3 Jan 2024"), or null when it does not read as one in that order. */
export function readDay(raw: string, order: 'dmy' | 'mdy' | 'ymd'): string | null {
  const text = raw.trim();
  const iso = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/);
  const numeric = text.match(/^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[T ].*)?$/);
  const named = text.match(/^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})[\s-]+(\d{2,4})(?:[T ].*)?$/);
  let date: Date | null = null;
  if (iso) date = validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (named) {
    const month = MONTHS.indexOf((named[2] ?? '').slice(0, 3).toLowerCase()) + 1;
    date = month > 0 ? validDay(fullYear(named[3] ?? ''), month, Number(named[1])) : null;
  } else if (numeric) {
    const [a = '', b = '', c = ''] = [numeric[1], numeric[2], numeric[3]];
    if (a.length === 4) date = validDay(Number(a), Number(b), Number(c));
    else if (order === 'mdy') date = validDay(fullYear(c), Number(a), Number(b));
    else if (order === 'dmy') date = validDay(fullYear(c), Number(b), Number(a));
  }
  return date ? dayFormat.format(date) : null;
}

/** A cell as a number with the chosen decimal mark ("1.234,5" with a comma → 1234.5), or null. */
export function readNumber(raw: string, decimalMark: DecimalMark): number | null {
  let text = raw.trim().replace(/[£$€\s\u00a0]/g, '');
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  text = decimalMark === ',' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return sign * Number(text);
}

export interface CheckContext {
  header: readonly string[];
  rows: ImportPreview['sampleRows'];
  dateFormat: ImportDateFormat;
  decimalMark: DecimalMark;
  activities: readonly Activity[];
  siteNames: readonly string[];
  /** The site chosen for the whole file, when there is no site column. */
  fileSite: string | null;
}

export function checkFirstRows(draft: MappingDraft, ctx: CheckContext, limit = 5): RowCheck[] {
  const index = (name: string) => (name ? ctx.header.indexOf(name) : -1);
  const cell = (cells: readonly string[], name: string) => {
    const i = index(name);
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };
  const dateColumns = draft.dates === 'single' ? [draft.dateColumn] : [draft.periodStartColumn, draft.periodEndColumn];
  const orderFor = (column: string): 'dmy' | 'mdy' | 'ymd' =>
    ctx.dateFormat === 'auto' ? guessDateOrder(ctx.rows.map((r) => cell(r.cells, column))) : ctx.dateFormat;
  const activityById = new Map(ctx.activities.map((a) => [a.id, a]));
  const fixedActivity = activityById.get(draft.fixedActivityId);
  const unitLabels = new Map<string, string>();
  for (const a of ctx.activities) for (const u of a.acceptedUnits) unitLabels.set(u.id, u.label);

  return ctx.rows.slice(0, limit).map((row) => {
    const problems: string[] = [];
    const days = dateColumns.map((column, i) => {
      if (!column) return '';
      const text = cell(row.cells, column);
      const label = draft.dates === 'single' ? 'date' : i === 0 ? 'period start' : 'period end';
      if (text === '') {
        problems.push(`no ${label}`);
        return '';
      }
      const day = readDay(text, orderFor(column));
      if (!day) problems.push(`${label} “${text}” is not a date in the chosen format`);
      return day ?? text;
    });
    const quantityText = cell(row.cells, draft.quantityColumn);
    const quantity = draft.quantityColumn ? readNumber(quantityText, ctx.decimalMark) : null;
    if (draft.quantityColumn && quantity === null) problems.push(quantityText ? `quantity “${quantityText}” is not a number` : 'no quantity');
    else if (quantity !== null && quantity < 0) problems.push('quantity is negative');
    const unit = draft.unitFrom === 'fixed' ? (unitLabels.get(draft.fixedUnit) ?? draft.fixedUnit) : cell(row.cells, draft.unitColumn);
    if (draft.unitFrom === 'column' && draft.unitColumn && !unit) problems.push('no unit');
    const activityId = draft.activityFrom === 'fixed' ? draft.fixedActivityId : cell(row.cells, draft.activityColumn);
    const activity = draft.activityFrom === 'fixed' ? fixedActivity : activityById.get(activityId);
    if (draft.activityFrom === 'column' && draft.activityColumn && !activity) {
      problems.push(activityId ? `“${activityId}” is not an activity id` : 'no activity');
    }
    const siteText = draft.siteColumn ? cell(row.cells, draft.siteColumn) : '';
    if (siteText && !ctx.siteNames.some((s) => s.toLowerCase() === siteText.toLowerCase())) problems.push(`there is no site called “${siteText}”`);
    return {
      rowNumber: row.rowNumber,
      date: days.filter(Boolean).join(' – '),
      quantity: quantity === null ? quantityText : numberFormat.format(quantity),
      unit,
      activity: activity?.label ?? activityId,
      site: siteText || ctx.fileSite || '',
      problems,
    };
  });
}
