import type { DashboardSummary, DrillDownFilter, ScopeTotals } from '../../../../shared/domain/dashboard';
import { scopeWords, sourceLabels } from '../../lib/emissions-words';

/** Which Scope 2 figure a total or a stacked bar uses. */
export type Basis = 'location' | 'market';

export interface DrillTarget {
  /** What the rows add up to, in words: the dialog's title. */
  title: string;
  filter: DrillDownFilter;
}

export const basisWords: Readonly<Record<Basis, string>> = {
  location: 'location-based',
  market: 'market-based',
};

/** One stacked series of a chart: its amount in a ScopeTotals, its words and colour, and what a click on it shows. */
export interface ScopeSeries {
  key: 'scope1' | 'scope2' | 'scope3';
  label: string;
  color: string;
  amount: (t: ScopeTotals) => number;
  filter: DrillDownFilter;
}

// Colours keep at least 3:1 contrast against both the light and the dark surface.
export function scopeSeries(basis: Basis): ScopeSeries[] {
  return [
    { key: 'scope1', label: 'Scope 1', color: '#1d7348', amount: (t) => t.scope1Co2eKg, filter: { scope: 1 } },
    {
      key: 'scope2',
      label: `Scope 2 (${basisWords[basis]})`,
      color: '#2f6fc0',
      amount: (t) => (basis === 'location' ? t.scope2LocationCo2eKg : t.scope2MarketCo2eKg),
      filter: { scope: 2, basis },
    },
    { key: 'scope3', label: 'Scope 3', color: '#b36b00', amount: (t) => t.scope3Co2eKg, filter: { scope: 3 } },
  ];
}

export function totalOf(t: ScopeTotals, basis: Basis): number {
  return t.scope1Co2eKg + (basis === 'location' ? t.scope2LocationCo2eKg : t.scope2MarketCo2eKg) + t.scope3Co2eKg;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const longMonthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '2024-04' → "Apr 2024" (or "April 2024" in full). */
export function monthLabel(month: string, long = false): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return (long ? longMonthFormat : monthFormat).format(date);
}

/** One row of a breakdown chart or table: a name, its totals and the filter behind it. */
export interface BreakdownRow {
  id: string;
  label: string;
  totals: ScopeTotals;
  filter: DrillDownFilter;
}

export type BreakdownKind = 'site' | 'source' | 'category' | 'activity';

export const breakdownWords: Readonly<Record<BreakdownKind, string>> = {
  site: 'Site',
  source: 'Where the data came from',
  category: 'Scope and category',
  activity: 'Activity',
};

function sourceName(source: string): string {
  return (sourceLabels as Record<string, string>)[source] ?? (source || 'Unknown source');
}

export function breakdownRows(summary: DashboardSummary, kind: BreakdownKind): BreakdownRow[] {
  switch (kind) {
    case 'site':
      return summary.bySite.map((r) => ({ id: r.siteId, label: r.siteName, totals: r, filter: { siteId: r.siteId } }));
    case 'source':
      return summary.bySource.map((r) => ({
        id: `${r.source}|${r.importId ?? ''}`,
        label: r.fileName ? `${sourceName(r.source)}: ${r.fileName}` : sourceName(r.source),
        totals: r,
        filter: { ...(r.source === 'import' || r.source === 'manual' || r.source === 'connector' || r.source === 'sample' ? { source: r.source } : {}), importId: r.importId },
      }));
    case 'category':
      return summary.byCategory.map((r) => ({
        id: `${r.scope}|${r.scope3Category ?? ''}`,
        label: scopeWords(r.scope, r.scope3Category),
        totals: r,
        filter: r.scope === 1 || r.scope === 2 || r.scope === 3 ? { scope: r.scope, scope3Category: r.scope3Category } : {},
      }));
    case 'activity':
      return summary.byActivity.map((r) => ({ id: r.activityId, label: r.label, totals: r, filter: { activityId: r.activityId } }));
  }
}
