// Fixtures for the profile tests: one workspace site and a table read the way imports read files.
import { readCsvTable, type CsvTable } from '../csv-table';
import type { ImportContext, ImportProfile, ImportSite, IntervalDraft, ProfileResult } from './types';

export const HEAD_OFFICE: ImportSite = { id: 'site-1', name: 'Head office', country: 'GB', postcode: 'LS1 1AA' };
export const DEPOT: ImportSite = { id: 'site-2', name: 'Leeds depot', country: 'GB', postcode: 'LS9 8AA' };

export const oneSite: ImportContext = { sites: [HEAD_OFFICE], siteId: null, dateFormat: null, decimalMark: '.', gasCalorificValueMjPerM3: null, meterFuel: null };

export function tableOf(csv: string): CsvTable {
  const read = readCsvTable(csv);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
}

/** A profile's result with its interval readings listed one by one, in file order, for assertions. */
export type ProfileOutcome = Omit<ProfileResult, 'intervals'> & { intervals: IntervalDraft[] };

export function runProfile(profile: ImportProfile, csv: string, extra: Partial<ImportContext> = {}): ProfileOutcome {
  const result = profile.map(tableOf(csv), { ...oneSite, ...extra });
  return { ...result, intervals: result.intervals.readings() };
}
