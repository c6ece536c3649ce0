import type { ScopeTotals } from '../../../shared/domain/dashboard';
import { reportingYearWindow } from '../emissions/runs/reporting-year';
import { monthsFrom } from './months';

/**
 * SQL fragments shared by the dashboard queries over figure_rollups. Scope 2 is summed both ways,
 * as summariseRun does for a whole run.
 */
export const SCOPE_SUMS = `coalesce(sum(CASE WHEN scope = 1 THEN co2e_kg END), 0) AS scope1Co2eKg,
  coalesce(sum(CASE WHEN scope = 2 AND method = 'location-based' THEN co2e_kg END), 0) AS scope2LocationCo2eKg,
  coalesce(sum(CASE WHEN scope = 2 AND method = 'market-based' THEN co2e_kg END), 0) AS scope2MarketCo2eKg,
  coalesce(sum(CASE WHEN scope = 3 THEN co2e_kg END), 0) AS scope3Co2eKg`;

/** Scope 2 location-based only, so a sum counts each kWh of electricity once (time-matched figures are supplementary). */
export const LOCATION_BASIS = `NOT (scope = 2 AND method != 'location-based')`;

export const IN_WINDOW = 'run_id = ? AND month BETWEEN ? AND ?';

export interface YearWindow {
  start: string;
  end: string;
  months: string[];
  firstMonth: string;
  lastMonth: string;
}

export function yearWindow(year: number, startMonth: number): YearWindow {
  const { start, end } = reportingYearWindow(year, startMonth);
  const months = monthsFrom(start.slice(0, 7), 12);
  return { start, end, months, firstMonth: months[0] ?? start.slice(0, 7), lastMonth: months[11] ?? end.slice(0, 7) };
}

/** The reporting year (named by the calendar year it starts in) that a 'YYYY-MM' month belongs to. */
export function reportingYearOfMonth(month: string, startMonth: number): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m >= startMonth ? y : y - 1;
}

export function pickTotals(row: ScopeTotals | undefined): ScopeTotals {
  return {
    scope1Co2eKg: row?.scope1Co2eKg ?? 0,
    scope2LocationCo2eKg: row?.scope2LocationCo2eKg ?? 0,
    scope2MarketCo2eKg: row?.scope2MarketCo2eKg ?? 0,
    scope3Co2eKg: row?.scope3Co2eKg ?? 0,
  };
}

export function locationTotal(t: ScopeTotals): number {
  return t.scope1Co2eKg + t.scope2LocationCo2eKg + t.scope3Co2eKg;
}

export function marketTotal(t: ScopeTotals): number {
  return t.scope1Co2eKg + t.scope2MarketCo2eKg + t.scope3Co2eKg;
}
