import type { ActivityRecordView } from '../../../shared/domain/calculations';
import { scope3CategoryNames } from '../../../shared/domain/scope3-categories';

// Plain words and number formats for stored emission figures, shared by the Activity data and
// Calculations pages and the provenance panel.

/** "Scope 2", or "Scope 3 · 3 Fuel- and energy-related activities". */
export function scopeWords(scope: number, scope3Category: number | null): string {
  if (scope !== 3 || scope3Category === null) return `Scope ${scope}`;
  const name = scope3CategoryNames[scope3Category];
  return name ? `Scope 3 · ${scope3Category} ${name}` : `Scope 3 · category ${scope3Category}`;
}

const methodWords: Readonly<Record<string, string>> = {
  activity: 'Activity × factor',
  spend: 'Spend-based',
  'location-based': 'Location-based',
  'market-based': 'Market-based',
  'time-matched': 'Time-matched (supplementary)',
};

export function methodLabel(method: string): string {
  return methodWords[method] ?? method;
}

export type MarketStep = 'instrument' | 'supplier-mix' | 'residual-mix' | 'grid-average';

const marketStepWords: Readonly<Record<MarketStep, string>> = {
  instrument: 'Your certificate/contract',
  'supplier-mix': "Supplier's fuel mix",
  'residual-mix': 'Residual mix',
  'grid-average': 'Grid average (no contract or residual mix, so the grid average is used)',
};

export function marketStepLabel(step: string): string {
  return (marketStepWords as Record<string, string>)[step] ?? step;
}

export const dataQualityLabels: Readonly<Record<ActivityRecordView['dataQuality'], string>> = {
  metered: 'Metered reading',
  invoice: 'Supplier invoice',
  estimate: 'Estimate',
  spend: 'Spend-based',
  proxy: 'Proxy (an average or similar site)',
};

export const sourceLabels: Readonly<Record<ActivityRecordView['source'], string>> = {
  manual: 'Entered by hand',
  import: 'Imported file',
  connector: 'Connected account',
  sample: 'Sample data',
};

/**
 * A record's total under each Scope 2 method (GHG Protocol dual reporting): every part of the
 * record counts in both, except that Scope 2 electricity counts once as location-based and once
 * as market-based. Time-matched figures are supplementary and count in neither.
 */
export function dualTotals(figures: readonly { method: string; co2eKg: number }[]): { locationKg: number; marketKg: number } {
  let locationKg = 0;
  let marketKg = 0;
  for (const f of figures) {
    if (f.method === 'time-matched') continue;
    if (f.method !== 'market-based') locationKg += f.co2eKg;
    if (f.method !== 'location-based') marketKg += f.co2eKg;
  }
  return { locationKg, marketKg };
}

const kgFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const tonneFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const signedKgFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const pctFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const quantityFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** 2484.6000000001 → "2,484.6". */
export function formatKg(kg: number): string {
  return kgFormat.format(kg);
}

/** kg → "2.485" tonnes. */
export function formatTonnes(kg: number): string {
  return tonneFormat.format(kg / 1000);
}

/** In the unit the person chose in Preferences. */
export function formatEmissions(kg: number, unit: 'tCO2e' | 'kgCO2e'): string {
  return unit === 'tCO2e' ? `${formatTonnes(kg)} tCO2e` : `${formatKg(kg)} kg CO2e`;
}

/** A change with its sign: "+0.29", "−3.1", "0". */
export function formatSignedKg(kg: number): string {
  return signedKgFormat.format(kg);
}

/** "+0.01 %"; tiny but real changes are not shown as "0 %". */
export function formatPct(pct: number | null): string {
  if (pct === null) return 'n/a';
  if (pct !== 0 && Math.abs(pct) < 0.005) return `${pct > 0 ? '+' : '-'}<0.01 %`;
  return `${pctFormat.format(pct)} %`;
}

export function formatQuantity(quantity: number): string {
  return quantityFormat.format(quantity);
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2024-01-01" → "1 Jan 2024"; anything else is shown as stored. */
export function formatDay(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}

export function formatPeriod(start: string, end: string): string {
  return `${formatDay(start)} – ${formatDay(end)}`;
}
