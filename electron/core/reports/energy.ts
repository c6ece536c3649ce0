import { and, eq, inArray } from 'drizzle-orm';
import type { WorkspaceDb } from '../db/connection';
import { idBatches } from '../db/id-batches';
import { factors } from '../db/schema';
import { listActivities } from '../emissions/catalogue';
import type { FigureFilter, FigureGroup } from './report-sql';

/** What the ledger reads of a figure, or of a group of figures summed in SQLite. */
export type EnergyFigure = Pick<
  FigureGroup,
  'siteId' | 'activityId' | 'activityLabel' | 'activityCategory' | 'activityFamily' | 'role' | 'scope' | 'method' | 'quantity' | 'quantityUnit' | 'factorId' | 'co2eKg'
>;

// The SECR kWh ledger. Electricity and gas bills are already in kWh. Fuels bought by volume or
// mass are converted with DESNZ's own energy content: the same fuel's "kWh (Gross CV)" row in the
// same factor set, i.e. (kg CO2e per litre) ÷ (kg CO2e per kWh Gross CV) = kWh per litre. The UK
// reports energy on a gross calorific value basis, as on gas bills.

export type EnergyKind = 'electricity' | 'gas' | 'transport' | 'otherFuels';

export const energyKindLabels: Record<EnergyKind, string> = {
  electricity: 'Purchased electricity',
  gas: 'Natural gas',
  transport: 'Transport fuel',
  otherFuels: 'Other heating fuels',
};

const TRANSPORT_CATEGORIES = new Set(['Vehicle fuel', 'Company cars', 'Company vans', 'Company lorries (HGVs)']);
const FUEL_CATEGORIES = new Set(['Heating and fuels', ...TRANSPORT_CATEGORIES]);
const UK_COUNTRIES = new Set(['GB', 'UK']);

export interface EnergyConversion {
  factorSetId: string;
  fuel: string;
  unit: string;
  kwhPerUnit: number;
  fromRow: number;
  grossRow: number;
}

export interface EnergyLedger {
  kwhByKind: Record<EnergyKind, number>;
  co2eKgByKind: Record<EnergyKind, number>;
  ukEnergyKwh: number;
  nonUkEnergyKwh: number;
  conversions: EnergyConversion[];
  /** Energy use that could not be put in kWh (e.g. company cars recorded by distance). */
  unconverted: { activityLabel: string; quantity: number; unit: string }[];
}

/**
 * Business mileage in employees' own cars, which SECR counts as transport where the company pays
 * for the fuel: the tailpipe part only (its well-to-tank part stays in Scope 3 alone).
 */
export const isGreyFleetTravel = (f: Pick<EnergyFigure, 'activityFamily' | 'role' | 'method'>): boolean => f.activityFamily === 'grey-fleet-car' && f.role !== 'wtt' && f.method !== 'market-based';

/**
 * An SQL condition (with its parameters) that keeps every figure energyKindOf can place, and few
 * others, so the prior year's ledger reads only energy figures.
 */
export function energyFigureFilter(): FigureFilter {
  const greyFleet = listActivities().filter((a) => a.family === 'grey-fleet-car').map((a) => a.id);
  return { where: `scope = 1 OR (scope = 2 AND method = 'location-based') OR activity_id IN (SELECT value FROM json_each(@greyFleetIds))`, args: { greyFleetIds: JSON.stringify(greyFleet) } };
}

/** Which energy line a figure belongs to, or null for non-energy emissions (refrigerants, Scope 3…). */
export function energyKindOf(f: EnergyFigure): EnergyKind | null {
  if (f.scope === 2 && f.method === 'location-based') return 'electricity';
  if (f.scope === 1 && FUEL_CATEGORIES.has(f.activityCategory)) {
    if (f.activityId === 'natural-gas') return 'gas';
    return TRANSPORT_CATEGORIES.has(f.activityCategory) ? 'transport' : 'otherFuels';
  }
  if (isGreyFleetTravel(f)) return 'transport';
  return null;
}

const DIRECT_KWH: Record<string, number> = { kWh: 1, 'kWh (Gross CV)': 1, MWh: 1000 };

function conversionsFor(db: WorkspaceDb, figures: readonly EnergyFigure[]): Map<number, EnergyConversion> {
  const ids = [...new Set(figures.filter((f) => DIRECT_KWH[f.quantityUnit] === undefined && f.factorId !== null).map((f) => f.factorId as number))];
  const result = new Map<number, EnergyConversion>();
  for (const batch of idBatches(ids)) {
    const rows = db.select().from(factors).where(inArray(factors.id, batch)).all();
    for (const row of rows) {
      if (row.value === null) continue;
      const gross = db
        .select()
        .from(factors)
        .where(
          and(
            eq(factors.setId, row.setId),
            eq(factors.scope, row.scope),
            eq(factors.level1, row.level1),
            eq(factors.level2, row.level2),
            eq(factors.level3, row.level3),
            eq(factors.level4, row.level4),
            eq(factors.uom, 'kWh (Gross CV)'),
            eq(factors.ghgUnit, 'kg CO2e'),
          ),
        )
        .get();
      if (!gross || gross.value === null || gross.value === 0) continue;
      result.set(row.id, { factorSetId: row.setId, fuel: row.level3, unit: row.uom, kwhPerUnit: row.value / gross.value, fromRow: row.rowNumber, grossRow: gross.rowNumber });
    }
  }
  return result;
}

export function energyLedger(db: WorkspaceDb, figures: readonly EnergyFigure[], siteCountries: ReadonlyMap<string, string>): EnergyLedger {
  const zero = (): Record<EnergyKind, number> => ({ electricity: 0, gas: 0, transport: 0, otherFuels: 0 });
  const ledger: EnergyLedger = { kwhByKind: zero(), co2eKgByKind: zero(), ukEnergyKwh: 0, nonUkEnergyKwh: 0, conversions: [], unconverted: [] };
  const energyFigures = figures.filter((f) => energyKindOf(f) !== null);
  const conversions = conversionsFor(db, energyFigures);
  const unconverted = new Map<string, { activityLabel: string; quantity: number; unit: string }>();
  for (const f of energyFigures) {
    const kind = energyKindOf(f) as EnergyKind;
    const uk = UK_COUNTRIES.has(siteCountries.get(f.siteId) ?? 'GB');
    if (uk) ledger.co2eKgByKind[kind] += f.co2eKg;
    const direct = DIRECT_KWH[f.quantityUnit];
    const conversion = f.factorId === null ? undefined : conversions.get(f.factorId);
    const energyKwh = direct !== undefined ? f.quantity * direct : conversion ? f.quantity * conversion.kwhPerUnit : null;
    if (energyKwh === null) {
      const key = `${f.activityLabel}|${f.quantityUnit}`;
      const entry = unconverted.get(key) ?? { activityLabel: f.activityLabel, quantity: 0, unit: f.quantityUnit };
      entry.quantity += f.quantity;
      unconverted.set(key, entry);
      continue;
    }
    if (uk) {
      ledger.kwhByKind[kind] += energyKwh;
      ledger.ukEnergyKwh += energyKwh;
    } else ledger.nonUkEnergyKwh += energyKwh;
  }
  ledger.conversions = [...new Map([...conversions.values()].map((c) => [`${c.factorSetId}|${c.fromRow}`, c])).values()];
  ledger.unconverted = [...unconverted.values()];
  return ledger;
}
