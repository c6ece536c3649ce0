import { energyBillProfile } from './energy-bill';
import { flightsProfile } from './flights';
import { freeagentLedgerProfile } from './freeagent-ledger';
import { fuelCardProfile } from './fuel-card';
import { genericActivityProfile } from './generic-activity';
import { hhRowsProfile } from './hh-rows';
import { hhWideProfile } from './hh-wide';
import { mileageClaimsProfile } from './mileage-claims';
import { octopusConsumptionProfile } from './octopus-consumption';
import { quickbooksLedgerProfile } from './quickbooks-ledger';
import { refrigerantLogProfile } from './refrigerant-log';
import { sageLedgerProfile } from './sage-ledger';
import { wasteTransferNotesProfile } from './waste-transfer-notes';
import { waterBillProfile } from './water-bill';
import { xeroLedgerProfile } from './xero-ledger';
import type { ImportProfile } from './types';

/** Every known export layout. Adding one = a file in this folder and a line here. */
export const importProfiles: readonly ImportProfile[] = [
  genericActivityProfile,
  octopusConsumptionProfile,
  hhRowsProfile,
  hhWideProfile,
  energyBillProfile,
  fuelCardProfile,
  mileageClaimsProfile,
  flightsProfile,
  xeroLedgerProfile,
  quickbooksLedgerProfile,
  sageLedgerProfile,
  freeagentLedgerProfile,
  waterBillProfile,
  wasteTransferNotesProfile,
  refrigerantLogProfile,
];

export function findProfile(id: string): ImportProfile | undefined {
  return importProfiles.find((p) => p.id === id);
}

/** The layout a header belongs to (the most specific match), or null for the mapping wizard. */
export function recogniseProfile(header: readonly string[], profiles: readonly ImportProfile[] = importProfiles): { profile: ImportProfile; score: number } | null {
  let best: { profile: ImportProfile; score: number } | null = null;
  for (const profile of profiles) {
    const score = profile.match(header);
    if (score > 0 && (!best || score > best.score)) best = { profile, score };
  }
  return best;
}
