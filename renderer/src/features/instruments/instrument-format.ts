import type { Site } from '../../../../shared/domain/organisation';
import type { Instrument } from '../../../../shared/domain/scope2';

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const volume = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
const factor = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** "2025-04-01" → "1 Apr 2025"; anything else is shown as stored. */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : shortDate.format(date);
}

export function formatPeriod(instrument: Pick<Instrument, 'periodStart' | 'periodEnd'>): string {
  return `${formatIsoDate(instrument.periodStart)} to ${formatIsoDate(instrument.periodEnd)}`;
}

export function formatVolume(volumeMwh: number | null): string {
  return volumeMwh === null ? 'All electricity on this tariff' : `${volume.format(volumeMwh)} MWh`;
}

export function formatFactor(kgCo2ePerKwh: number): string {
  return factor.format(kgCo2ePerKwh);
}

/** "Octopus Energy, Super Green": how people recognise a contract. */
export function instrumentName(instrument: Pick<Instrument, 'supplier' | 'tariff'>): string {
  return instrument.tariff ? `${instrument.supplier}, ${instrument.tariff}` : instrument.supplier;
}

/** Unique enough for a button's name: two contracts with one supplier differ by period. */
export function instrumentLongName(instrument: Pick<Instrument, 'supplier' | 'tariff' | 'periodStart' | 'periodEnd'>): string {
  return `${instrumentName(instrument)} (${formatPeriod(instrument)})`;
}

export function siteLabel(siteId: string | null, sites: readonly Site[]): string {
  if (siteId === null) return 'All sites';
  return sites.find((s) => s.id === siteId)?.name ?? 'A deleted site';
}

export function flagsOf(instrument: Pick<Instrument, 'additional' | 'subsidised' | 'directSupply'>): string[] {
  return [
    instrument.additional ? 'Additional' : null,
    instrument.subsidised ? 'Subsidised' : null,
    instrument.directSupply ? 'Direct' : null,
  ].filter((flag): flag is string => flag !== null);
}
