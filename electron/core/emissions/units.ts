// Units of activity data and their exact conversions. Every constant below is either exact by
// definition (cited) or a published convention (cited); none is a factor value.
//
// Conversions are linear: converting a quantity is one multiplication by `conversionFactor`, so
// the calculator can fold it into a cached multiplier and keep its hot path to a multiply.

export const quantityKinds = [
  'energy',
  'volume',
  'mass',
  'distance',
  'passenger-distance',
  'freight-distance',
  'room-nights',
  'working-hours',
  'spend',
] as const;
export type QuantityKind = (typeof quantityKinds)[number];

/** Calorific-value basis of an energy unit: gross (higher heating value), net (lower), or not stated. */
export type CvBasis = 'gross' | 'net' | null;

export interface UnitInfo {
  id: string;
  kind: QuantityKind;
  /** Short label for people, e.g. "kWh (Gross CV)". */
  label: string;
  /** Size of one of this unit in the kind's base unit (kWh, litre, kg, km, passenger-km, tonne-km, room-night, hour, GBP). */
  toBase: number;
  cv?: CvBasis;
  /** Other spellings accepted on the command line and in imports (case-insensitive). */
  aliases?: readonly string[];
}

/** Exactly 1.609344 km: the international mile (International Yard and Pound Agreement, 1959). */
export const KM_PER_MILE = 1.609344;
/** Exactly 4.54609 litres: the imperial gallon (Weights and Measures Act 1985, Schedule 1). */
export const LITRES_PER_IMPERIAL_GALLON = 4.54609;
/** Exactly 231 cubic inches = 3.785411784 litres: the US liquid gallon (NIST Handbook 44, Appendix C). */
export const LITRES_PER_US_GALLON = 3.785411784;
/** Exactly 0.45359237 kg: the international avoirdupois pound (1959 agreement). */
export const KG_PER_POUND = 0.45359237;
/** 1 therm = 29.3071 kWh, the figure UK gas suppliers bill with (105.5056 MJ ÷ 3.6 MJ/kWh, rounded as on bills). */
export const KWH_PER_THERM = 29.3071;
/** Exactly 3.6 MJ per kWh (1 W = 1 J/s, 3600 s per hour). */
export const MJ_PER_KWH = 3.6;
/** 100 cubic feet = 2.8316846592 m³ exactly (1 ft = 0.3048 m), for imperial gas meters read in hundreds of cubic feet. */
export const M3_PER_HUNDRED_CUBIC_FEET = 2.8316846592;
/**
 * Volume correction factor for natural gas on UK bills: converts metered volume to standard
 * conditions (15 °C, 1013.25 mbar). The Gas (Calculation of Thermal Energy) Regulations 1996 as
 * amended; every UK supplier's bill shows it.
 */
export const GAS_VOLUME_CORRECTION = 1.02264;
/** A typical UK natural gas calorific value (MJ/m³, gross). Bills state the actual value; it is overridable per calculation. */
export const DEFAULT_GAS_CALORIFIC_VALUE_MJ_PER_M3 = 39.5;

const UNITS: readonly UnitInfo[] = [
  // energy (base kWh). A plain kWh does not say which calorific basis it is on; see convertible().
  { id: 'kWh', kind: 'energy', label: 'kWh', toBase: 1, cv: null, aliases: ['kilowatt-hour', 'kilowatt hours', 'kwh'] },
  { id: 'MWh', kind: 'energy', label: 'MWh', toBase: 1000, cv: null, aliases: ['megawatt-hour'] },
  { id: 'GJ', kind: 'energy', label: 'GJ', toBase: 1000 / MJ_PER_KWH, cv: null, aliases: ['gigajoule'] },
  { id: 'therm', kind: 'energy', label: 'therms', toBase: KWH_PER_THERM, cv: null, aliases: ['therms', 'thm'] },
  { id: 'kWh-gross', kind: 'energy', label: 'kWh (Gross CV)', toBase: 1, cv: 'gross', aliases: ['kWh (Gross CV)', 'kwh gross'] },
  { id: 'MWh-gross', kind: 'energy', label: 'MWh (Gross CV)', toBase: 1000, cv: 'gross', aliases: ['MWh (Gross CV)'] },
  { id: 'kWh-net', kind: 'energy', label: 'kWh (Net CV)', toBase: 1, cv: 'net', aliases: ['kWh (Net CV)', 'kwh net'] },
  { id: 'MWh-net', kind: 'energy', label: 'MWh (Net CV)', toBase: 1000, cv: 'net', aliases: ['MWh (Net CV)'] },
  // volume (base litre)
  { id: 'litre', kind: 'volume', label: 'litres', toBase: 1, aliases: ['litres', 'liter', 'liters', 'l'] },
  { id: 'm3', kind: 'volume', label: 'm³', toBase: 1000, aliases: ['m³', 'cubic metres', 'cubic meter', 'cubic meters', 'cubic metre'] },
  { id: 'megalitre', kind: 'volume', label: 'million litres', toBase: 1_000_000, aliases: ['million litres', 'Ml'] },
  { id: 'gal-imp', kind: 'volume', label: 'gallons (UK)', toBase: LITRES_PER_IMPERIAL_GALLON, aliases: ['gallon', 'gallons', 'imperial gallon', 'uk gallon'] },
  { id: 'gal-us', kind: 'volume', label: 'gallons (US)', toBase: LITRES_PER_US_GALLON, aliases: ['us gallon', 'us gallons'] },
  { id: 'hcf', kind: 'volume', label: 'hundreds of cubic feet', toBase: M3_PER_HUNDRED_CUBIC_FEET * 1000, aliases: ['100 cubic feet', 'ccf'] },
  // mass (base kg)
  { id: 'kg', kind: 'mass', label: 'kg', toBase: 1, aliases: ['kilogram', 'kilograms', 'kgs'] },
  { id: 'tonne', kind: 'mass', label: 'tonnes', toBase: 1000, aliases: ['tonnes', 't', 'metric ton'] },
  { id: 'lb', kind: 'mass', label: 'lb', toBase: KG_PER_POUND, aliases: ['pound', 'pounds', 'lbs'] },
  // distance (base km)
  { id: 'km', kind: 'distance', label: 'km', toBase: 1, aliases: ['kilometre', 'kilometres', 'kilometer', 'kilometers'] },
  { id: 'mile', kind: 'distance', label: 'miles', toBase: KM_PER_MILE, aliases: ['miles', 'mi'] },
  // passenger distance (base passenger-km): one person carried one km
  { id: 'passenger-km', kind: 'passenger-distance', label: 'passenger-km', toBase: 1, aliases: ['passenger.km', 'pkm'] },
  { id: 'passenger-mile', kind: 'passenger-distance', label: 'passenger-miles', toBase: KM_PER_MILE, aliases: ['passenger.mile', 'passenger miles'] },
  // freight distance (base tonne-km): one tonne carried one km
  { id: 'tonne-km', kind: 'freight-distance', label: 'tonne-km', toBase: 1, aliases: ['tonne.km', 'tkm'] },
  { id: 'tonne-mile', kind: 'freight-distance', label: 'tonne-miles', toBase: KM_PER_MILE, aliases: ['tonne.mile'] },
  // hotel room nights (one room for one night)
  { id: 'room-night', kind: 'room-nights', label: 'room nights', toBase: 1, aliases: ['room nights', 'nights', 'night', 'room per night'] },
  // working time (base hour of one full-time-equivalent employee)
  { id: 'fte-hour', kind: 'working-hours', label: 'FTE working hours', toBase: 1, aliases: ['fte hours', 'hours', 'hour'] },
  // money
  { id: 'GBP', kind: 'spend', label: '£ (GBP)', toBase: 1, aliases: ['£', 'gbp', 'pounds sterling'] },
];

const BY_ID = new Map(UNITS.map((u) => [u.id, u]));
const BY_ALIAS = new Map<string, UnitInfo>();
for (const unit of UNITS) {
  for (const name of [unit.id, unit.label, ...(unit.aliases ?? [])]) {
    const key = name.toLowerCase();
    if (!BY_ALIAS.has(key)) BY_ALIAS.set(key, unit);
  }
}

export type UnitId = string;

export function allUnits(): readonly UnitInfo[] {
  return UNITS;
}

export function unitInfo(id: UnitId): UnitInfo {
  const unit = BY_ID.get(id);
  if (!unit) throw new Error(`Unknown unit "${id}"`);
  return unit;
}

export function isUnit(id: string): boolean {
  return BY_ID.has(id);
}

/** The unit id for a typed name ("litres", "Miles", "m³", "kWh (Net CV)"), or null. */
export function parseUnit(text: string): UnitId | null {
  const trimmed = text.trim();
  return BY_ID.get(trimmed)?.id ?? BY_ALIAS.get(trimmed.toLowerCase())?.id ?? null;
}

export interface ConversionOptions {
  /**
   * Natural gas: calorific value in MJ/m³ (gross) for m³ → kWh. When set, a volume may convert
   * to energy with volume × 1.02264 × CV ÷ 3.6 (the formula on every UK gas bill).
   */
  gasCalorificValueMjPerM3?: number;
}

/**
 * The number to multiply a quantity in `from` by to get it in `to`, or null when they cannot be
 * converted. Energy on different calorific bases (gross vs net) never converts: the ratio is
 * fuel-specific. An energy unit with no stated basis converts to either basis unchanged, which
 * callers must explain (UK bills and meters give gross kWh).
 */
export function conversionFactor(from: UnitId, to: UnitId, options: ConversionOptions = {}): number | null {
  if (from === to) return 1;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (a.kind === b.kind) {
    if (a.kind === 'energy' && a.cv && b.cv && a.cv !== b.cv) return null;
    return a.toBase / b.toBase;
  }
  if (a.kind === 'volume' && b.kind === 'energy' && b.cv !== 'net' && options.gasCalorificValueMjPerM3 !== undefined) {
    const m3 = a.toBase / 1000;
    return (m3 * GAS_VOLUME_CORRECTION * options.gasCalorificValueMjPerM3) / MJ_PER_KWH / b.toBase;
  }
  return null;
}

export function convert(quantity: number, from: UnitId, to: UnitId, options: ConversionOptions = {}): number {
  const factor = conversionFactor(from, to, options);
  if (factor === null) throw new Error(`Cannot convert ${unitInfo(from).label} to ${unitInfo(to).label}`);
  return quantity * factor;
}

/** How a conversion was made, in words for the provenance panel; null when none was needed. */
export function describeConversion(from: UnitId, to: UnitId, options: ConversionOptions = {}): string | null {
  if (from === to) return null;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (a.kind === 'volume' && b.kind === 'energy') {
    const cv = options.gasCalorificValueMjPerM3 ?? DEFAULT_GAS_CALORIFIC_VALUE_MJ_PER_M3;
    const m3 = a.id === 'm3' ? 'm³' : `${a.label} (× ${a.toBase / 1000} m³)`;
    return `Gas volume converted to energy: ${m3} × ${GAS_VOLUME_CORRECTION} (volume correction) × ${cv} MJ/m³ (calorific value) ÷ ${MJ_PER_KWH} = ${b.label}`;
  }
  const note = a.kind === 'energy' && !a.cv && b.cv ? ` (${a.label} taken as ${b.cv === 'gross' ? 'Gross' : 'Net'} CV, as on UK energy bills)` : '';
  const factor = conversionFactor(from, to, options);
  return `${a.label} converted to ${b.label}: × ${factor === null ? '?' : formatFactor(factor)}${note}`;
}

function formatFactor(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
}

const SINGULAR: Record<string, string> = {
  litre: 'litre',
  megalitre: 'million litres',
  'gal-imp': 'gallon (UK)',
  'gal-us': 'gallon (US)',
  hcf: 'hundred cubic feet',
  tonne: 'tonne',
  mile: 'mile',
  'passenger-mile': 'passenger-mile',
  'tonne-mile': 'tonne-mile',
  'room-night': 'room night',
  'fte-hour': 'FTE working hour',
  GBP: '£',
  therm: 'therm',
};

/** The unit as it reads after "per": "kWh", "litre", "room night", "£". */
export function perUnitLabel(id: UnitId): string {
  return SINGULAR[id] ?? unitInfo(id).label;
}
