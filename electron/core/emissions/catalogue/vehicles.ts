// Road vehicles by distance: company cars, vans and lorries (Scope 1), employees' own cars used
// for business (grey fleet, Scope 3 category 6) and for commuting (category 7).
//
// Families are generated from the explicit tables below (size × fuel, class × fuel, type × load).
// Each generated id maps to rows whose Level 3 / Column Text are exactly the DESNZ labels in the
// tables, so the mapping is as explicit as a hand-written entry without 200 copies of it.
import { KM_OR_MILES, L1, path } from './paths';
import type { ActivityCategory, ActivityDef, ComponentDef } from './types';
import type { Scope3Category } from '../types';

export const CAR_SIZES = [
  { key: 'small', label: 'Small car', words: 'small car (up to 1.4 litre petrol / 1.7 litre diesel)' },
  { key: 'medium', label: 'Medium car', words: 'medium car (1.4–2.0 litre petrol / 1.7–2.0 litre diesel)' },
  { key: 'large', label: 'Large car', words: 'large car (over 2.0 litres)' },
  { key: 'average', label: 'Average car', words: 'car of unknown size' },
] as const;

/** DESNZ Column Text for car and van fuel types; `ev` marks those charged from the grid. */
export const VEHICLE_FUELS = [
  { key: 'diesel', label: 'Diesel', words: 'diesel', ev: false },
  { key: 'petrol', label: 'Petrol', words: 'petrol', ev: false },
  { key: 'hybrid', label: 'Hybrid', words: 'hybrid (not plug-in)', ev: false },
  { key: 'phev', label: 'Plug-in Hybrid Electric Vehicle', words: 'plug-in hybrid', ev: true },
  { key: 'bev', label: 'Battery Electric Vehicle', words: 'fully electric', ev: true },
  { key: 'cng', label: 'CNG', words: 'compressed natural gas', ev: false },
  { key: 'lpg', label: 'LPG', words: 'LPG', ev: false },
  { key: 'unknown-fuel', label: 'Unknown', words: 'unknown fuel', ev: false },
] as const;
type VehicleFuel = (typeof VEHICLE_FUELS)[number];

export const VAN_CLASSES = [
  { key: 'class-1', label: 'Class I (up to 1.305 tonnes)', words: 'Class I van (up to 1.305 tonnes)' },
  { key: 'class-2', label: 'Class II (1.305 to 1.74 tonnes)', words: 'Class II van (1.305–1.74 tonnes)' },
  { key: 'class-3', label: 'Class III (1.74 to 3.5 tonnes)', words: 'Class III van (1.74–3.5 tonnes)' },
  { key: 'average', label: 'Average (up to 3.5 tonnes)', words: 'van of unknown size (up to 3.5 tonnes)' },
] as const;
const VAN_FUEL_KEYS = ['diesel', 'petrol', 'phev', 'bev', 'cng', 'lpg', 'unknown-fuel'] as const;

export const HGV_TYPES = [
  { key: 'rigid-3-5-7-5t', label: 'Rigid (>3.5 - 7.5 tonnes)', words: 'rigid lorry 3.5–7.5 t' },
  { key: 'rigid-7-5-17t', label: 'Rigid (>7.5 tonnes-17 tonnes)', words: 'rigid lorry 7.5–17 t' },
  { key: 'rigid-over-17t', label: 'Rigid (>17 tonnes)', words: 'rigid lorry over 17 t' },
  { key: 'rigid-average', label: 'All rigids', words: 'rigid lorry, size unknown' },
  { key: 'artic-3-5-33t', label: 'Articulated (>3.5 - 33t)', words: 'articulated lorry 3.5–33 t' },
  { key: 'artic-over-33t', label: 'Articulated (>33t)', words: 'articulated lorry over 33 t' },
  { key: 'artic-average', label: 'All artics', words: 'articulated lorry, size unknown' },
  { key: 'average', label: 'All HGVs', words: 'lorry, type unknown' },
] as const;
export const HGV_LOADS = [
  { key: 'empty', label: '0% Laden', words: 'empty' },
  { key: 'half-laden', label: '50% Laden', words: 'half loaded' },
  { key: 'full', label: '100% Laden', words: 'fully loaded' },
  { key: 'average-load', label: 'Average laden', words: 'average load' },
] as const;

const distanceUnits = ['km', 'mile'] as const;

function evComponents(level2: string, level3: string, fuel: VehicleFuel): ComponentDef[] {
  if (!fuel.ev) return [];
  return [
    { role: 'ev-electricity', label: 'Grid electricity used for charging', scope: 2, scope3Category: null, method: 'location-based', path: path('Scope 2', L1.evElectricity, level2, level3, '', fuel.label), factorUnits: KM_OR_MILES },
    { role: 'ev-td-losses', label: 'Charging electricity lost in the grid', scope: 3, scope3Category: 3, method: 'activity', path: path('Scope 3', L1.evTd, level2, level3, '', fuel.label), factorUnits: KM_OR_MILES },
  ];
}

function companyCar(size: (typeof CAR_SIZES)[number], fuel: VehicleFuel): ActivityDef {
  return {
    id: `company-car-${size.key}-${fuel.key}`,
    label: `Company car: ${size.label.toLowerCase()}, ${fuel.words}`,
    description: `Miles or kilometres driven in a ${fuel.words} ${size.words} that the business owns or leases. Use this when you know the distance rather than the fuel bought.`,
    category: 'Company cars',
    family: 'company-car',
    dataset: 'uk-desnz',
    scope: 1,
    scope3Category: null,
    acceptedUnits: distanceUnits,
    defaultUnit: 'mile',
    keywords: ['fleet', 'pool car', fuel.key],
    components: [
      { role: 'tailpipe', label: 'Fuel burned by the car', scope: 1, scope3Category: null, method: 'activity', path: path('Scope 1', 'Passenger vehicles', 'Cars (by size)', size.label, '', fuel.label), factorUnits: KM_OR_MILES },
      ...evComponents('Cars (by size)', size.label, fuel),
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the fuel or electricity', scope: 3, scope3Category: 3, method: 'activity', path: path('Scope 3', L1.wttPassengerLand, 'WTT- cars (by size)', size.label, '', fuel.label), factorUnits: KM_OR_MILES, optional: true },
    ],
  };
}

function employeeCar(size: (typeof CAR_SIZES)[number], fuel: VehicleFuel, use: 'grey-fleet' | 'commute'): ActivityDef {
  const category: ActivityCategory = use === 'grey-fleet' ? 'Business travel: cars' : 'Employee commuting';
  const cat: Scope3Category = use === 'grey-fleet' ? 6 : 7;
  return {
    id: `${use === 'grey-fleet' ? 'grey-fleet-car' : 'commute-car'}-${size.key}-${fuel.key}`,
    label: use === 'grey-fleet' ? `Business trips in an employee's own car: ${size.label.toLowerCase()}, ${fuel.words}` : `Commuting by car: ${size.label.toLowerCase()}, ${fuel.words}`,
    description:
      use === 'grey-fleet'
        ? `Business miles claimed by staff driving their own ${fuel.words} ${size.words} (the "grey fleet"). Scope 3 business travel.`
        : `Distance staff drive between home and work in a ${fuel.words} ${size.words}. Scope 3 employee commuting.`,
    category,
    family: use === 'grey-fleet' ? 'grey-fleet-car' : 'commute-car',
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: cat,
    acceptedUnits: distanceUnits,
    defaultUnit: 'mile',
    keywords: use === 'grey-fleet' ? ['mileage claim', 'expenses', 'own car'] : ['commute', 'travel to work'],
    components: [
      { role: 'travel', label: 'Driving the car (fuel or charging)', scope: 3, scope3Category: cat, method: 'activity', path: path('Scope 3', 'Business travel- land', 'Cars (by size)', size.label, '', fuel.label), factorUnits: KM_OR_MILES },
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the fuel or electricity', scope: 3, scope3Category: cat, method: 'activity', path: path('Scope 3', L1.wttPassengerLand, 'WTT- cars (by size)', size.label, '', fuel.label), factorUnits: KM_OR_MILES, optional: true },
    ],
  };
}

function companyVan(vanClass: (typeof VAN_CLASSES)[number], fuel: VehicleFuel): ActivityDef {
  return {
    id: `company-van-${vanClass.key}-${fuel.key}`,
    label: `Company van: ${vanClass.words}, ${fuel.words}`,
    description: `Distance driven in a ${fuel.words} ${vanClass.words} that the business owns or leases.`,
    category: 'Company vans',
    family: 'company-van',
    dataset: 'uk-desnz',
    scope: 1,
    scope3Category: null,
    acceptedUnits: distanceUnits,
    defaultUnit: 'mile',
    keywords: ['fleet', 'delivery', 'light commercial vehicle', fuel.key],
    components: [
      { role: 'tailpipe', label: 'Fuel burned by the van', scope: 1, scope3Category: null, method: 'activity', path: path('Scope 1', 'Delivery vehicles', 'Vans', vanClass.label, '', fuel.label), factorUnits: KM_OR_MILES },
      ...evComponents('Vans', vanClass.label, fuel),
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the fuel or electricity', scope: 3, scope3Category: 3, method: 'activity', path: path('Scope 3', 'WTT- delivery vehs & freight', 'WTT- vans', vanClass.label, '', fuel.label), factorUnits: KM_OR_MILES, optional: true },
    ],
  };
}

function companyHgv(type: (typeof HGV_TYPES)[number], load: (typeof HGV_LOADS)[number], refrigerated: boolean): ActivityDef {
  const level2 = refrigerated ? 'HGVs refrigerated (all diesel)' : 'HGV (all diesel)';
  const wttLevel2 = refrigerated ? 'WTT- HGV refrigerated (all diesel)' : 'WTT- HGV (all diesel)';
  return {
    id: `company-hgv-${refrigerated ? 'refrigerated-' : ''}${type.key}-${load.key}`,
    label: `Company lorry: ${refrigerated ? 'refrigerated ' : ''}${type.words}, ${load.words}`,
    description: `Distance driven by a diesel ${refrigerated ? 'refrigerated ' : ''}${type.words} the business operates, ${load.words}.`,
    category: 'Company lorries (HGVs)',
    family: refrigerated ? 'company-hgv-refrigerated' : 'company-hgv',
    dataset: 'uk-desnz',
    scope: 1,
    scope3Category: null,
    acceptedUnits: distanceUnits,
    defaultUnit: 'km',
    keywords: ['lorry', 'truck', 'heavy goods vehicle', 'haulage'],
    components: [
      { role: 'tailpipe', label: 'Diesel burned by the lorry', scope: 1, scope3Category: null, method: 'activity', path: path('Scope 1', 'Delivery vehicles', level2, type.label, '', load.label), factorUnits: KM_OR_MILES },
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the diesel', scope: 3, scope3Category: 3, method: 'activity', path: path('Scope 3', 'WTT- delivery vehs & freight', wttLevel2, type.label, '', load.label), factorUnits: KM_OR_MILES, optional: true },
    ],
  };
}

const vanFuels = VEHICLE_FUELS.filter((f) => (VAN_FUEL_KEYS as readonly string[]).includes(f.key));

/**
 * Size × fuel combinations DESNZ lists but never gives a number for in 2016–2025 (the cells are
 * blank every year), so there is nothing to calculate with: left out of the catalogue.
 */
const UNPUBLISHED = new Set([
  'car:small:cng',
  'car:small:lpg',
  ...['class-1', 'class-2', 'class-3'].flatMap((c) => ['cng', 'lpg', 'unknown-fuel'].map((f) => `van:${c}:${f}`)),
  'van:class-1:phev',
  'van:class-2:phev',
]);
const carCombos = CAR_SIZES.flatMap((size) => VEHICLE_FUELS.filter((fuel) => !UNPUBLISHED.has(`car:${size.key}:${fuel.key}`)).map((fuel) => ({ size, fuel })));

export const vehicleActivities: readonly ActivityDef[] = [
  ...carCombos.map(({ size, fuel }) => companyCar(size, fuel)),
  ...VAN_CLASSES.flatMap((c) => vanFuels.filter((fuel) => !UNPUBLISHED.has(`van:${c.key}:${fuel.key}`)).map((fuel) => companyVan(c, fuel))),
  ...HGV_TYPES.flatMap((type) => HGV_LOADS.map((load) => companyHgv(type, load, false))),
  ...HGV_TYPES.map((type) => companyHgv(type, HGV_LOADS[3], true)),
  ...carCombos.map(({ size, fuel }) => employeeCar(size, fuel, 'grey-fleet')),
  ...carCombos.map(({ size, fuel }) => employeeCar(size, fuel, 'commute')),
];
