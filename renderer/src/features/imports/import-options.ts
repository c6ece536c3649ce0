import type { ImportPreview, importOptionsSchema } from '../../../../shared/domain/imports';
import type { z } from 'zod';

export type ImportDateFormat = 'auto' | 'dmy' | 'mdy' | 'ymd';
export type DecimalMark = '.' | ',';
export type RunOptions = z.input<typeof importOptionsSchema>;

/** How to read the file, chosen beside the preview (and with the mapping wizard). */
export interface FileChoices {
  siteId: string;
  dateFormat: ImportDateFormat;
  decimalMark: DecimalMark;
  /** For meter exports that do not say: electricity or gas. */
  meterFuel: 'auto' | 'electricity' | 'gas';
  /** Gas in m³: the calorific value from the gas bill, MJ/m³ (typed text; empty when not needed). */
  calorificValue: string;
}

export const dateFormatOptions: ReadonlyArray<{ value: ImportDateFormat; label: string }> = [
  { value: 'auto', label: 'Automatic (day first if unsure)' },
  { value: 'dmy', label: 'Day first, UK (31/01/2024)' },
  { value: 'mdy', label: 'Month first, US (01/31/2024)' },
  { value: 'ymd', label: 'ISO, year first (2024-01-31)' },
];

export const decimalMarkOptions: ReadonlyArray<{ value: DecimalMark; label: string }> = [
  { value: '.', label: 'Point, UK (1,234.5)' },
  { value: ',', label: 'Comma (1.234,5)' },
];

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** A recognised file says its own site when it has a site column (the app's own layout does). */
export function hasSiteColumn(header: readonly string[]): boolean {
  return header.some((h) => ['site', 'sitename'].includes(normalise(h)));
}

/**
 * Decimal commas are likely when numbers such as "45,5" appear and none such as "45.5": a file
 * separated by commas cannot hold them unquoted, so it is usually a semicolon file from Europe.
 */
export function suggestDecimalMark(preview: Pick<ImportPreview, 'sampleRows'>): DecimalMark {
  let commas = 0;
  let points = 0;
  for (const row of preview.sampleRows) {
    for (const cell of row.cells) {
      const text = cell.trim();
      if (/^-?\d+,\d{1,2}$/.test(text) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(text)) commas++;
      if (/^-?\d+\.\d{1,2}$/.test(text) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(text)) points++;
    }
  }
  return commas > 0 && points === 0 ? ',' : '.';
}

export function initialChoices(preview: Pick<ImportPreview, 'sampleRows'>, siteIds: readonly string[]): FileChoices {
  return { siteId: siteIds.length === 1 ? (siteIds[0] ?? '') : '', dateFormat: 'auto', decimalMark: suggestDecimalMark(preview), meterFuel: 'auto', calorificValue: '' };
}

/** The run options for a recognised layout: only what was chosen. */
export function runOptions(choices: FileChoices, askSite: boolean): RunOptions {
  return {
    ...(askSite && choices.siteId ? { siteId: choices.siteId } : {}),
    ...(choices.dateFormat !== 'auto' ? { dateFormat: choices.dateFormat } : {}),
    decimalMark: choices.decimalMark,
    ...(choices.meterFuel !== 'auto' ? { meterFuel: choices.meterFuel } : {}),
    ...(choices.calorificValue.trim() !== '' ? { gasCalorificValueMjPerM3: Number(choices.calorificValue.replace(',', '.')) } : {}),
  };
}
