import { isNorthernIrelandPostcode } from '../../../../shared/domain/validation';
import { overlapDays, periodDays } from './dates';

// Market-based Scope 2 by the GHG Protocol hierarchy (uk-reporting.md §2.3–2.4):
//   1. contractual instruments (REGO-backed tariff, unbundled REGOs, PPA, on-site generation)
//   2. supplier-specific fuel-mix factor
//   3. residual mix (entered by the user with its source; none is shipped)
//   4. grid average, as the last resort, said so on the figure.
// Each kWh is claimed once: certificate volumes are used up in date order, and what an instrument
// covers is cut to the part of the bill period inside the instrument's period (vintage matching).

export type Market = 'GB' | 'NI';

export type InstrumentKind = 'rego-tariff' | 'unbundled-rego' | 'ppa' | 'onsite-generation' | 'supplier-mix';

export interface MarketInstrument {
  id: string;
  kind: InstrumentKind;
  supplier: string;
  siteId: string | null;
  market: Market;
  periodStart: string;
  periodEnd: string;
  /** Certificate volume; null for a tariff covering all electricity supplied under it. */
  volumeMwh: number | null;
  factorKgCo2ePerKwh: number;
}

export interface ResidualMix {
  id: string;
  market: Market;
  year: number;
  factorKgCo2ePerKwh: number;
  source: string;
}

export interface ElectricityUse {
  recordId: string;
  siteId: string;
  market: Market;
  periodStart: string;
  periodEnd: string;
  energyKwh: number;
  /** The factor year of the location-based figure; picks the residual mix of the same year. */
  factorYear: number;
  /** The location-based (grid average) factor, the hierarchy's last step. */
  gridFactorKgCo2ePerKwh: number;
}

export type MarketStep = 'instrument' | 'supplier-mix' | 'residual-mix' | 'grid-average';

export interface MarketSlice {
  recordId: string;
  step: MarketStep;
  /** Instrument or residual-mix id; null for the grid average. */
  sourceId: string | null;
  energyKwh: number;
  factorKgCo2ePerKwh: number;
  co2eKg: number;
  note: string;
}

const CERTIFICATE_KINDS: readonly InstrumentKind[] = ['rego-tariff', 'unbundled-rego', 'ppa', 'onsite-generation'];

const KIND_LABELS: Record<InstrumentKind, string> = {
  'rego-tariff': 'REGO-backed tariff',
  'unbundled-rego': 'unbundled REGOs',
  ppa: 'power purchase agreement',
  'onsite-generation': 'on-site generation',
  'supplier-mix': 'supplier fuel mix',
};

function applies(instrument: MarketInstrument, use: ElectricityUse): number {
  if (instrument.market !== use.market) return 0;
  if (instrument.siteId !== null && instrument.siteId !== use.siteId) return 0;
  const shared = overlapDays(use.periodStart, use.periodEnd, instrument.periodStart, instrument.periodEnd);
  // The share of the bill that falls inside the instrument's period (by days).
  return shared / periodDays(use.periodStart, use.periodEnd);
}

function byDateThenId<T extends { periodStart: string; id?: string; recordId?: string }>(a: T, b: T): number {
  return a.periodStart.localeCompare(b.periodStart) || String(a.id ?? a.recordId).localeCompare(String(b.id ?? b.recordId));
}

/** Allocates every use's kWh down the hierarchy; returns slices per record id, in hierarchy order. */
export function allocateMarketBased(
  uses: readonly ElectricityUse[],
  instruments: readonly MarketInstrument[],
  residualMixes: readonly ResidualMix[],
  /** kWh of each instrument already claimed by figures calculated earlier (appending to a run). */
  alreadyClaimedKwh: ReadonlyMap<string, number> = new Map(),
): Map<string, MarketSlice[]> {
  const remainingVolumeKwh = new Map(
    instruments.filter((i) => i.volumeMwh !== null).map((i) => [i.id, Math.max(0, (i.volumeMwh ?? 0) * 1000 - (alreadyClaimedKwh.get(i.id) ?? 0))]),
  );
  const certificates = instruments.filter((i) => CERTIFICATE_KINDS.includes(i.kind)).sort(byDateThenId);
  const supplierMixes = instruments.filter((i) => i.kind === 'supplier-mix').sort(byDateThenId);
  const result = new Map<string, MarketSlice[]>();

  for (const use of [...uses].sort(byDateThenId)) {
    const slices: MarketSlice[] = [];
    let uncoveredKwh = use.energyKwh;
    const claim = (instrument: MarketInstrument, step: MarketStep) => {
      const share = applies(instrument, use);
      if (share <= 0 || uncoveredKwh <= 0) return;
      let kwh = Math.min(uncoveredKwh, use.energyKwh * share);
      const volume = remainingVolumeKwh.get(instrument.id);
      if (volume !== undefined) {
        kwh = Math.min(kwh, volume);
        remainingVolumeKwh.set(instrument.id, volume - kwh);
      }
      if (kwh <= 0) return;
      uncoveredKwh -= kwh;
      slices.push({
        recordId: use.recordId,
        step,
        sourceId: instrument.id,
        energyKwh: kwh,
        factorKgCo2ePerKwh: instrument.factorKgCo2ePerKwh,
        co2eKg: kwh * instrument.factorKgCo2ePerKwh,
        note: `${KIND_LABELS[instrument.kind]} from ${instrument.supplier} (${instrument.periodStart} to ${instrument.periodEnd})`,
      });
    };
    for (const instrument of certificates) claim(instrument, 'instrument');
    for (const instrument of supplierMixes) claim(instrument, 'supplier-mix');

    if (uncoveredKwh > 1e-9) {
      const residual = residualMixes.find((r) => r.market === use.market && r.year === use.factorYear);
      slices.push(
        residual
          ? {
              recordId: use.recordId,
              step: 'residual-mix',
              sourceId: residual.id,
              energyKwh: uncoveredKwh,
              factorKgCo2ePerKwh: residual.factorKgCo2ePerKwh,
              co2eKg: uncoveredKwh * residual.factorKgCo2ePerKwh,
              note: `${use.market} residual mix ${residual.year} entered from: ${residual.source}`,
            }
          : {
              recordId: use.recordId,
              step: 'grid-average',
              sourceId: null,
              energyKwh: uncoveredKwh,
              factorKgCo2ePerKwh: use.gridFactorKgCo2ePerKwh,
              co2eKg: uncoveredKwh * use.gridFactorKgCo2ePerKwh,
              note: `No instrument, supplier mix or ${use.market} residual mix for ${use.factorYear}: grid average used (the hierarchy's last resort)`,
            },
      );
    }
    result.set(use.recordId, slices);
  }
  return result;
}

/** NI sites are on the all-island Single Electricity Market, a separate certificate market from GB. */
export function marketOfPostcode(country: string, postcode: string): Market | null {
  if (country !== 'GB') return null;
  return isNorthernIrelandPostcode(postcode) ? 'NI' : 'GB';
}
