import type { ReportCell, ReportColumn } from './report-document';

// How report numbers read on screen and in the PDF: one place, so the preview and every export
// agree to the digit. Spreadsheet and CSV exports keep the stored, unrounded numbers instead.

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(decimals: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${style}:${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format;
}

/** 12345.678 with 1 decimal → "12,345.7". Non-finite numbers (never expected) print as "—". */
export function formatReportNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '—';
  const text = numberFormat(decimals, 'decimal').format(value);
  // -0.0 after rounding reads as a negative nothing; print it as zero.
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Percentages are stored as fractions (0.253 is 25.3 %), as Intl and spreadsheets expect. */
export function formatReportPercent(fraction: number, decimals: number): string {
  return Number.isFinite(fraction) ? numberFormat(decimals, 'percent').format(fraction) : '—';
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const isoDate = /^\d{4}-\d{2}-\d{2}/;

/** "2024-04-01" → "1 Apr 2024" (never 01/04, which reads differently either side of the Atlantic). */
export function formatReportDate(iso: string): string {
  if (!isoDate.test(iso)) return iso;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

/** A period as people read it: "1 Apr 2024 – 31 Mar 2025". */
export function formatReportPeriod(periodStart: string, periodEnd: string): string {
  return `${formatReportDate(periodStart)} – ${formatReportDate(periodEnd)}`;
}

/** A table cell as printed: numbers to the column's decimals, dates in words, empty as "—". */
export function formatReportCell(cell: ReportCell | undefined, column: ReportColumn): string {
  if (cell === null || cell === undefined || cell === '') return '—';
  if (typeof cell === 'string') return column.format === 'date' ? formatReportDate(cell) : cell;
  if (column.format === 'percent') return formatReportPercent(cell, column.decimals);
  return formatReportNumber(cell, column.decimals);
}

/** Numbers and percentages are right-aligned so their digits line up. */
export function isNumericColumn(column: ReportColumn): boolean {
  return column.format === 'number' || column.format === 'percent';
}

/** "Energy use (kWh)": the header with its unit, so no figure is ever shown without one. */
export function columnHeading(column: ReportColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/**
 * A key figure with its unit: "1,234.5 t CO₂e", "12.5%", or "Not available" when it could not be
 * worked out. A key figure's value is printed as stored: "%" figures hold 12.5, not 0.125.
 */
export function formatKeyFigure(value: number | null, decimals: number, unit: string): string {
  if (value === null) return 'Not available';
  const number = formatReportNumber(value, decimals);
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The first 12 characters of the inputs hash: enough to compare two reports by eye. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

/**
 * Chart series colours (Okabe–Ito): told apart by people with the common forms of colour
 * blindness, and dark enough against white. The screen and the PDF use the same list.
 */
export const reportSeriesColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export function reportSeriesColour(index: number): string {
  return reportSeriesColours[index % reportSeriesColours.length] ?? '#0072B2';
}
