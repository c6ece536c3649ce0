import type { CsvTable } from '../csv-table';
import type { RowBatches } from '../csv-stream';
import type { IntervalDays } from '../interval-days';
import type { DateFormat } from '../dates';
import type { DecimalMark } from '../numbers';

export type DataQuality = 'metered' | 'invoice' | 'estimate' | 'spend' | 'proxy';

export interface ImportSite {
  id: string;
  name: string;
  country: string;
  postcode: string;
}

/** What a profile may use besides the table: the workspace's sites and the user's choices. */
export interface ImportContext {
  sites: readonly ImportSite[];
  /** The site chosen for the whole file (a file without a site column needs one). */
  siteId: string | null;
  /** Forced by the user; otherwise each date column's order is detected (UK day-first by default). */
  dateFormat: DateFormat | null;
  decimalMark: DecimalMark;
  /** Gas in m³ is stored as kWh: the calorific value from the gas bill (MJ/m³). */
  gasCalorificValueMjPerM3: number | null;
  /** What an interval export measures when the file itself does not say. */
  meterFuel: 'electricity' | 'gas' | null;
}

/** An activity record a file row produced, before it is written. Same shape as manual entry. */
export interface RecordDraft {
  rowNumber: number;
  siteId: string;
  activityId: string;
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  options: Record<string, number | string | boolean> | null;
  description: string | null;
  dataQuality: DataQuality;
  meter: string | null;
  /** e.g. bill number, flight reference: shown with the record and used to spot duplicates. */
  sourceRef: string | null;
  /** Estimated bills can later be superseded by actual ones. */
  estimated: boolean;
}

/** One interval of half-hourly (or other interval) consumption, as a UTC instant. */
export interface IntervalDraft {
  rowNumber: number;
  siteId: string;
  /** What was metered: grid-electricity-uk for electricity meters, natural-gas for gas meters. */
  activityId: string;
  meter: string;
  /** ISO 8601 UTC start. */
  startUtc: string;
  minutes: number;
  energyKwh: number;
}

export interface RowReject {
  rowNumber: number;
  /** The column the problem is in, by its header name; null for whole-row problems. */
  column: string | null;
  reason: string;
}

export interface ProfileResult {
  records: RecordDraft[];
  /** Interval readings, collected per meter and UK day. */
  intervals: IntervalDays;
  rejects: RowReject[];
  /** File-level notes for the user (ambiguous dates assumed UK, kW column ignored…). */
  warnings: string[];
}

/** Recognises one export layout by its header and turns its rows into activity data. */
export interface ImportProfile {
  /** Stable id (kebab-case), stored with each import. */
  id: string;
  label: string;
  /** Plain words: which export this is and where to download it. */
  description: string;
  /** 0 when the header is not this layout; higher is a more specific match. */
  match(header: readonly string[]): number;
  map(table: CsvTable, context: ImportContext): ProfileResult;
  /**
   * The same mapping fed a batch of rows at a time, for layouts that come a million rows long
   * (interval data): the import never holds the whole table. Must give exactly what map gives.
   */
  mapStream?(rows: RowBatches, context: ImportContext): ProfileResult;
}
