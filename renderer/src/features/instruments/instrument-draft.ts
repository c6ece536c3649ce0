import type { z } from 'zod';
import type { Site } from '../../../../shared/domain/organisation';
import { instrumentInputSchema, type Instrument, type instrumentKinds, type markets } from '../../../../shared/domain/scope2';
import { isNorthernIrelandPostcode } from '../../../../shared/domain/validation';
import { zodFieldErrors, type Checked } from '../../lib/field-errors';

export type InstrumentKind = (typeof instrumentKinds)[number];
export type Market = (typeof markets)[number];
export type InstrumentValues = z.output<typeof instrumentInputSchema>;

/**
 * What the instrument form holds, as typed. Error keys are the schema's: kind, supplier, tariff,
 * siteId, market, periodStart, periodEnd, volumeMwh, factorKgCo2ePerKwh, evidenceName, notes.
 */
export interface InstrumentDraft {
  kind: InstrumentKind;
  supplier: string;
  tariff: string;
  /** '' means all sites in the market. */
  siteId: string;
  market: Market;
  periodStart: string;
  periodEnd: string;
  volumeMwh: string;
  factor: string;
  evidenceName: string;
  additional: boolean;
  subsidised: boolean;
  directSupply: boolean;
  notes: string;
}

export type InstrumentTextField = Exclude<keyof InstrumentDraft, 'additional' | 'subsidised' | 'directSupply'>;
export type InstrumentFlag = 'additional' | 'subsidised' | 'directSupply';

export const marketLabels: Record<Market, string> = { GB: 'GB', NI: 'Northern Ireland' };

/** The schema's rule: certificates and contracts must say how many MWh they cover; a tariff may cover everything. */
export function needsVolume(kind: InstrumentKind): boolean {
  return kind === 'unbundled-rego' || kind === 'ppa' || kind === 'onsite-generation';
}

/** Renewable instruments are 0 kg per kWh; a supplier's fuel mix has its own disclosed figure. */
export function defaultFactorFor(kind: InstrumentKind): string {
  return kind === 'supplier-mix' ? '' : '0';
}

/** NI sites are on the all-island market, separate from GB; sites outside the UK have no UK market. */
export function marketOfSite(site: Pick<Site, 'country' | 'postcode'>): Market | null {
  if (site.country !== 'GB') return null;
  return isNorthernIrelandPostcode(site.postcode) ? 'NI' : 'GB';
}

export function ukSites(sites: readonly Site[]): Site[] {
  return sites.filter((site) => marketOfSite(site) !== null);
}

export function newInstrumentDraft(sites: readonly Site[]): InstrumentDraft {
  const markets = new Set(ukSites(sites).map((site) => marketOfSite(site)));
  return {
    kind: 'rego-tariff',
    supplier: '',
    tariff: '',
    siteId: '',
    // Every UK site in Northern Ireland: that is the market people will mean.
    market: markets.size === 1 && markets.has('NI') ? 'NI' : 'GB',
    periodStart: '',
    periodEnd: '',
    volumeMwh: '',
    factor: defaultFactorFor('rego-tariff'),
    evidenceName: '',
    additional: false,
    subsidised: false,
    directSupply: false,
    notes: '',
  };
}

export function instrumentDraftFrom(instrument: Instrument): InstrumentDraft {
  return {
    kind: instrument.kind,
    supplier: instrument.supplier,
    tariff: instrument.tariff ?? '',
    siteId: instrument.siteId ?? '',
    market: instrument.market,
    periodStart: instrument.periodStart,
    periodEnd: instrument.periodEnd,
    volumeMwh: instrument.volumeMwh === null ? '' : String(instrument.volumeMwh),
    factor: String(instrument.factorKgCo2ePerKwh),
    evidenceName: instrument.evidenceName ?? '',
    additional: instrument.additional,
    subsidised: instrument.subsidised,
    directSupply: instrument.directSupply,
    notes: instrument.notes ?? '',
  };
}

/**
 * A change to one field, with what follows from it: a chosen site sets the market, and a new type
 * swaps the factor's default (0 for renewables) unless the person already typed their own.
 */
export function applyChange<F extends keyof InstrumentDraft>(
  draft: InstrumentDraft,
  field: F,
  value: InstrumentDraft[F],
  sites: readonly Site[],
): InstrumentDraft {
  const next: InstrumentDraft = { ...draft, [field]: value };
  if (field === 'siteId') {
    const site = sites.find((s) => s.id === value);
    const market = site ? marketOfSite(site) : null;
    if (market) next.market = market;
  }
  if (field === 'kind' && draft.factor.trim() === defaultFactorFor(draft.kind)) {
    next.factor = defaultFactorFor(next.kind);
  }
  return next;
}

// People write "1,250" or "1 250"; anything else that is not a plain number gets a clear message.
function parseNumber(text: string): { value: number | null; ok: boolean } {
  const compact = text.replace(/[,\s]/g, '');
  if (compact === '') return { value: null, ok: true };
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return { value: null, ok: false };
  return { value: Number(compact), ok: true };
}

export function checkInstrument(draft: InstrumentDraft, sites: readonly Site[]): Checked<InstrumentValues> {
  const volume = parseNumber(draft.volumeMwh);
  const factor = parseNumber(draft.factor);
  const parsed = instrumentInputSchema.safeParse({
    kind: draft.kind,
    supplier: draft.supplier,
    tariff: draft.tariff,
    siteId: draft.siteId === '' ? null : draft.siteId,
    market: draft.market,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    volumeMwh: volume.value,
    // A placeholder keeps the schema's other checks running; the message below says what is missing.
    factorKgCo2ePerKwh: factor.value ?? 0,
    evidenceName: draft.evidenceName,
    additional: draft.additional,
    subsidised: draft.subsidised,
    directSupply: draft.directSupply,
    notes: draft.notes,
  });
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);

  if (draft.periodStart === '') errors.periodStart = 'Enter the date the contract or certificates start';
  if (draft.periodEnd === '') errors.periodEnd = 'Enter the date the contract or certificates end';
  // The schema's cross-field rules only run once every field is valid; show them with the rest.
  if (draft.periodStart !== '' && draft.periodEnd !== '' && draft.periodEnd < draft.periodStart) {
    errors.periodEnd ??= 'The period must end on or after its start';
  }
  if (!volume.ok) errors.volumeMwh = 'Enter the volume as a number of MWh, for example 120';
  else if (volume.value === null && needsVolume(draft.kind)) {
    errors.volumeMwh ??= 'Enter the volume in MWh that the certificates or contract cover';
  }
  if (!factor.ok) errors.factorKgCo2ePerKwh = 'Enter the emission factor as a number of kg CO2e per kWh, for example 0 or 0.193';
  else if (factor.value === null) {
    errors.factorKgCo2ePerKwh = 'Enter the emission factor in kg CO2e per kWh: 0 for 100 % renewable backed by REGOs';
  }

  // The backend refuses this too; saying it here saves a round trip and names the right market.
  const site = sites.find((s) => s.id === draft.siteId);
  const siteMarket = site ? marketOfSite(site) : null;
  if (site && siteMarket === null) errors.siteId = `${site.name} is outside the UK: UK certificates cannot cover it`;
  else if (site && siteMarket !== draft.market) {
    errors.market = `${site.name} is in the ${marketLabels[siteMarket ?? 'GB']} market: choose ${marketLabels[siteMarket ?? 'GB']}`;
  }

  if (Object.keys(errors).length > 0 || !parsed.success) return { value: null, errors };
  return { value: parsed.data, errors: {} };
}

/** The error key a draft field's messages live under. */
export function instrumentErrorKeyOf(field: keyof InstrumentDraft): string {
  return field === 'factor' ? 'factorKgCo2ePerKwh' : field;
}
