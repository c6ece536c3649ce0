// Business travel (Scope 3 category 6), commuting and homeworking (category 7).
import { KM_OR_MILES, L1, PASSENGER_KM, path } from './paths';
import { HOTEL_COUNTRIES } from './tables/hotel-countries';
import type { ActivityCategory, ActivityDef, ComponentDef, FactorUnitChoice } from './types';
import type { Scope3Category } from '../types';

const passengerUnits = ['passenger-km', 'passenger-mile'] as const;

/** Hauls and the cabin classes DESNZ publishes for each (domestic has only "Average passenger"). */
export const FLIGHT_HAULS = [
  { key: 'domestic', label: 'Domestic, to/from UK', words: 'domestic flight (within the UK)', classes: ['average'] },
  { key: 'short-haul', label: 'Short-haul, to/from UK', words: 'short-haul flight to/from the UK (usually Europe, under about 3,700 km)', classes: ['average', 'economy', 'business'] },
  { key: 'long-haul', label: 'Long-haul, to/from UK', words: 'long-haul flight to/from the UK', classes: ['average', 'economy', 'premium-economy', 'business', 'first'] },
  { key: 'international', label: 'International, to/from non-UK', words: 'flight between two countries other than the UK', classes: ['average', 'economy', 'premium-economy', 'business', 'first'] },
] as const;
export const CABIN_CLASSES: Record<string, { label: string; words: string }> = {
  average: { label: 'Average passenger', words: 'cabin class unknown' },
  economy: { label: 'Economy class', words: 'economy' },
  'premium-economy': { label: 'Premium economy class', words: 'premium economy' },
  business: { label: 'Business class', words: 'business class' },
  first: { label: 'First class', words: 'first class' },
};

function flight(haul: (typeof FLIGHT_HAULS)[number], cabinKey: string, withRf: boolean): ActivityDef {
  const cabin = CABIN_CLASSES[cabinKey] as { label: string; words: string };
  const rf = withRf ? 'With RF' : 'Without RF';
  return {
    id: `flight-${haul.key}-${cabinKey}-${withRf ? 'rf' : 'no-rf'}`,
    label: `Flight: ${haul.key.replace('-', ' ')}, ${cabin.words}${withRf ? '' : ' (without radiative forcing)'}`,
    description: `Distance flown per passenger on a ${haul.words}, ${cabin.words}. ${
      withRf
        ? 'Includes radiative forcing (the extra warming from emissions at altitude), as DESNZ recommends.'
        : 'Leaves out radiative forcing; DESNZ recommends the "with RF" figure, so use this only if you must match an earlier report.'
    }`,
    category: 'Business travel: flights',
    family: withRf ? 'flight-rf' : 'flight-no-rf',
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: 6,
    acceptedUnits: passengerUnits,
    defaultUnit: 'passenger-km',
    keywords: ['air travel', 'plane', haul.key, cabinKey, withRf ? 'radiative forcing' : 'no rf'],
    components: [
      { role: 'flight', label: 'Flying', scope: 3, scope3Category: 6, method: 'activity', path: path('Scope 3', 'Business travel- air', 'Flights', haul.label, cabin.label, rf), factorUnits: PASSENGER_KM },
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the jet fuel', scope: 3, scope3Category: 6, method: 'activity', path: path('Scope 3', L1.wttAir, 'WTT- flights', haul.label, cabin.label, rf), factorUnits: PASSENGER_KM, optional: true },
    ],
  };
}

interface PublicTransportSpec {
  key: string;
  label: string;
  description: string;
  /** Business travel: Level 2 / Level 3 in "Business travel- land|sea"; WTT: Level 2 in the WTT heading. */
  level1: string;
  wttLevel1: readonly string[];
  level2: string;
  wttLevel2: string;
  level3: string;
  factorUnits: readonly FactorUnitChoice[];
  acceptedUnits: readonly string[];
  commute?: boolean;
  keywords?: readonly string[];
}

const land = { level1: 'Business travel- land', wttLevel1: L1.wttPassengerLand };
const sea = { level1: 'Business travel- sea', wttLevel1: L1.wttSea };
// Taxis are published per passenger-km and per vehicle km (the whole cab): both are accepted.
const taxiUnits: readonly FactorUnitChoice[] = [...PASSENGER_KM, ...KM_OR_MILES.slice(0, 1)];

const PUBLIC_TRANSPORT: readonly PublicTransportSpec[] = [
  { key: 'rail-national', label: 'Train: National Rail', description: 'Distance travelled per passenger on UK mainline and regional trains.', ...land, level2: 'Rail', wttLevel2: 'WTT- rail', level3: 'National rail', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, commute: true, keywords: ['train'] },
  { key: 'rail-international', label: 'Train: international (e.g. Eurostar)', description: 'Distance travelled per passenger on international trains such as Eurostar.', ...land, level2: 'Rail', wttLevel2: 'WTT- rail', level3: 'International rail', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, keywords: ['eurostar', 'train'] },
  { key: 'rail-light-tram', label: 'Light rail and tram', description: 'Distance travelled per passenger on trams and light rail (e.g. Metrolink, DLR).', ...land, level2: 'Rail', wttLevel2: 'WTT- rail', level3: 'Light rail and tram', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, commute: true, keywords: ['tram', 'metro', 'dlr'] },
  { key: 'rail-underground', label: 'London Underground', description: 'Distance travelled per passenger on the London Underground.', ...land, level2: 'Rail', wttLevel2: 'WTT- rail', level3: 'London Underground', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, commute: true, keywords: ['tube'] },
  { key: 'taxi-regular', label: 'Taxi (regular)', description: 'Taxi or minicab journeys: distance per passenger, or the whole cab distance in km or miles.', ...land, level2: 'Taxis', wttLevel2: 'WTT- taxis', level3: 'Regular taxi', factorUnits: taxiUnits, acceptedUnits: ['passenger-km', 'passenger-mile', 'km', 'mile'], keywords: ['cab', 'minicab', 'uber'] },
  { key: 'taxi-black-cab', label: 'Taxi (black cab)', description: 'London-style black cab journeys: distance per passenger, or the whole cab distance in km or miles.', ...land, level2: 'Taxis', wttLevel2: 'WTT- taxis', level3: 'Black cab', factorUnits: taxiUnits, acceptedUnits: ['passenger-km', 'passenger-mile', 'km', 'mile'], keywords: ['cab', 'hackney'] },
  { key: 'bus-local-average', label: 'Bus (average local bus)', description: 'Distance travelled per passenger on local buses anywhere in the UK.', ...land, level2: 'Bus', wttLevel2: 'WTT- bus', level3: 'Average local bus', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, commute: true },
  { key: 'bus-local-london', label: 'Bus (London)', description: 'Distance travelled per passenger on London buses.', ...land, level2: 'Bus', wttLevel2: 'WTT- bus', level3: 'Local London bus', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits },
  { key: 'bus-local-not-london', label: 'Bus (outside London)', description: 'Distance travelled per passenger on local buses outside London.', ...land, level2: 'Bus', wttLevel2: 'WTT- bus', level3: 'Local bus (not London)', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits },
  { key: 'bus-coach', label: 'Coach', description: 'Distance travelled per passenger on coaches.', ...land, level2: 'Bus', wttLevel2: 'WTT- bus', level3: 'Coach', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits, commute: true },
  { key: 'ferry-foot-passenger', label: 'Ferry (foot passenger)', description: 'Distance travelled per passenger on a ferry without a car.', ...sea, level2: 'Ferry', wttLevel2: 'WTT- ferry', level3: 'Foot passenger', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits },
  { key: 'ferry-car-passenger', label: 'Ferry (with a car)', description: 'Distance travelled per passenger on a ferry, taking a car (the car is included).', ...sea, level2: 'Ferry', wttLevel2: 'WTT- ferry', level3: 'Car passenger', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits },
  { key: 'ferry-average', label: 'Ferry (average passenger)', description: 'Distance travelled per passenger on a ferry when you do not know whether a car went too.', ...sea, level2: 'Ferry', wttLevel2: 'WTT- ferry', level3: 'Average (all passenger)', factorUnits: PASSENGER_KM, acceptedUnits: passengerUnits },
];

function publicTransport(spec: PublicTransportSpec, commute: boolean): ActivityDef {
  const cat: Scope3Category = commute ? 7 : 6;
  const category: ActivityCategory = commute ? 'Employee commuting' : 'Business travel: rail, bus, taxi and ferry';
  return {
    id: commute ? `commute-${spec.key}` : spec.key,
    label: commute ? `Commuting: ${spec.label.charAt(0).toLowerCase()}${spec.label.slice(1)}` : spec.label,
    description: commute ? `${spec.description} Use for staff travelling between home and work (employee commuting).` : spec.description,
    category,
    family: commute ? 'commute-public-transport' : 'public-transport',
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: cat,
    acceptedUnits: spec.acceptedUnits,
    defaultUnit: spec.acceptedUnits[0] as string,
    keywords: spec.keywords ?? [],
    components: [
      { role: 'travel', label: 'Travelling', scope: 3, scope3Category: cat, method: 'activity', path: path('Scope 3', spec.level1, spec.level2, spec.level3), factorUnits: spec.factorUnits },
      { role: 'wtt', label: 'Well-to-tank: producing and delivering the fuel or electricity', scope: 3, scope3Category: cat, method: 'activity', path: path('Scope 3', spec.wttLevel1, spec.wttLevel2, spec.level3), factorUnits: spec.factorUnits, optional: true },
    ],
  };
}

function hotel(country: (typeof HOTEL_COUNTRIES)[number]): ActivityDef {
  return {
    id: `hotel-stay-${country.key}`,
    label: `Hotel stay: ${country.label}`,
    description: `Nights in a hotel in ${country.label} for business (one room for one night).`,
    category: 'Hotel stays',
    family: 'hotel-stay',
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: 6,
    acceptedUnits: ['room-night'],
    defaultUnit: 'room-night',
    keywords: ['hotel', 'accommodation', 'overnight'],
    components: [
      { role: 'hotel', label: 'Hotel room', scope: 3, scope3Category: 6, method: 'activity', path: path('Scope 3', 'Hotel stay', 'Hotel stay', country.desnz), factorUnits: [{ unit: 'room-night', uom: 'Room per night' }] },
    ],
  };
}

const homeworkingUnit: readonly FactorUnitChoice[] = [{ unit: 'fte-hour', uom: 'per FTE Working Hour' }];
const HOMEWORKING = [
  { id: 'homeworking', level2: 'Homeworking (office equipment + heating)', label: 'Homeworking (heating and office equipment)', description: 'Hours staff work from home (per full-time-equivalent working hour): heating their home and running their computer and lights. Use this one unless you measure them separately.' },
  { id: 'homeworking-heating', level2: 'Heating', label: 'Homeworking: heating only', description: 'Hours staff work from home, counting only the extra home heating.' },
  { id: 'homeworking-office-equipment', level2: 'Office Equipment', label: 'Homeworking: office equipment only', description: 'Hours staff work from home, counting only computers, screens and lighting.' },
] as const;

export const travelActivities: readonly ActivityDef[] = [
  ...FLIGHT_HAULS.flatMap((haul) => haul.classes.flatMap((c) => [flight(haul, c, true), flight(haul, c, false)])),
  ...PUBLIC_TRANSPORT.map((spec) => publicTransport(spec, false)),
  ...PUBLIC_TRANSPORT.filter((spec) => spec.commute).map((spec) => publicTransport(spec, true)),
  ...HOTEL_COUNTRIES.map(hotel),
  ...HOMEWORKING.map(
    (h): ActivityDef => ({
      id: h.id,
      label: h.label,
      description: h.description,
      category: 'Homeworking',
      family: 'homeworking',
      dataset: 'uk-desnz',
      scope: 3,
      scope3Category: 7,
      acceptedUnits: ['fte-hour'],
      defaultUnit: 'fte-hour',
      keywords: ['working from home', 'wfh', 'remote'],
      components: [{ role: 'homeworking', label: 'Working from home', scope: 3, scope3Category: 7, method: 'activity', path: path('Scope 3', 'Homeworking', h.level2, ''), factorUnits: homeworkingUnit } satisfies ComponentDef],
    }),
  ),
];
