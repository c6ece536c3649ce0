// Grid electricity (UK), heating fuels and vehicle fuels bought by volume or energy.
import { ELECTRICITY_LEVEL4, ELECTRICITY_LEVEL4_OVERRIDES, L1, path } from './paths';
import type { ActivityDef, Alt, ComponentDef, FactorUnitChoice } from './types';

const electricityKwh: readonly FactorUnitChoice[] = [{ unit: 'kWh', uom: 'kWh' }];

function electricityRow(level1: Alt, level2: string): Pick<ComponentDef, 'path' | 'overrides' | 'factorUnits'> {
  return {
    path: path('Scope 3', level1, level2, 'Electricity: UK', ELECTRICITY_LEVEL4),
    overrides: ELECTRICITY_LEVEL4_OVERRIDES,
    factorUnits: electricityKwh,
  };
}

const gridElectricityUk: ActivityDef = {
  id: 'grid-electricity-uk',
  label: 'Electricity from the grid (UK)',
  description:
    'Electricity you buy from the national grid for UK premises, from your bills or meter readings. Counts the power stations (Scope 2) plus the electricity lost in the wires and the emissions from producing and transporting the fuels (Scope 3).',
  category: 'Electricity',
  family: null,
  dataset: 'uk-desnz',
  scope: 2,
  scope3Category: null,
  acceptedUnits: ['kWh', 'MWh', 'GJ'],
  defaultUnit: 'kWh',
  keywords: ['power', 'mains', 'location-based', 'scope 2'],
  components: [
    {
      role: 'generation',
      label: 'Electricity generation',
      scope: 2,
      scope3Category: null,
      method: 'location-based',
      path: path('Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', ELECTRICITY_LEVEL4),
      overrides: ELECTRICITY_LEVEL4_OVERRIDES,
      factorUnits: electricityKwh,
    },
    { role: 'td-losses', label: 'Transmission and distribution losses', scope: 3, scope3Category: 3, method: 'activity', ...electricityRow('Transmission and distribution', 'T&D- UK electricity') },
    { role: 'wtt-generation', label: 'Well-to-tank: generation', scope: 3, scope3Category: 3, method: 'activity', ...electricityRow(L1.wttElectricity, 'WTT- UK electricity (generation)') },
    { role: 'wtt-td-losses', label: 'Well-to-tank: transmission and distribution losses', scope: 3, scope3Category: 3, method: 'activity', ...electricityRow(L1.wttElectricity, 'WTT- UK electricity (T&D)') },
  ],
};

interface FuelSpec {
  key: string;
  label: string;
  description: string;
  keywords?: readonly string[];
  gaseous: boolean;
  /** Level 3 in Scope 1 "Fuels" (every spelling used). */
  name: Alt;
  /** Level 3 in "WTT- fuels" (2016–2021 capitalised some names, e.g. "Natural Gas", "Burning Oil"). */
  wttName: Alt;
}

const litres: FactorUnitChoice = { unit: 'litre', uom: 'litres', columnText: ['', 'Volume'] };
const kWhGross: FactorUnitChoice = { unit: 'kWh-gross', uom: 'kWh (Gross CV)', columnText: ['', 'Energy - Gross CV'] };
const kWhNet: FactorUnitChoice = { unit: 'kWh-net', uom: 'kWh (Net CV)', columnText: ['', 'Energy - Net CV'] };
const tonnes: FactorUnitChoice = { unit: 'tonne', uom: 'tonnes', columnText: ['', 'Tonnes'] };

// DESNZ Column Text for fuels: 2016–2021 name the measure ("Volume", "Energy - Gross CV",
// "Energy - Net CV", "Tonnes"); from 2022 it is empty. Both spellings are listed per unit above.
function fuelComponents(spec: FuelSpec, factorUnits: readonly FactorUnitChoice[]): ComponentDef[] {
  const level2 = spec.gaseous ? 'Gaseous fuels' : 'Liquid fuels';
  const wttLevel2 = spec.gaseous ? ['WTT- gaseous fuels', 'Gaseous fuels'] : ['WTT- liquid fuels', 'Liquid fuels'];
  return [
    { role: 'combustion', label: 'Burning the fuel', scope: 1, scope3Category: null, method: 'activity', path: path('Scope 1', 'Fuels', level2, spec.name), factorUnits },
    { role: 'wtt', label: 'Well-to-tank: producing and delivering the fuel', scope: 3, scope3Category: 3, method: 'activity', path: path('Scope 3', 'WTT- fuels', wttLevel2, spec.wttName), factorUnits },
  ];
}

const naturalGas: FuelSpec = {
  key: 'natural-gas',
  label: 'Natural gas',
  description: 'Mains gas for heating, hot water or cooking, from your gas bills (kWh) or meter readings (m³ or hundreds of cubic feet).',
  keywords: ['mains gas', 'heating', 'boiler'],
  gaseous: true,
  name: 'Natural gas',
  wttName: ['Natural Gas', 'Natural gas'],
};

const stationaryFuels: readonly (FuelSpec & { units: readonly string[] })[] = [
  {
    key: 'heating-oil',
    label: 'Heating oil (burning oil, kerosene)',
    description: 'Kerosene / burning oil for boilers and heaters, from delivery notes in litres.',
    keywords: ['kerosene', 'burning oil', 'oil boiler', '28 second'],
    gaseous: false,
    name: 'Burning oil',
    wttName: ['Burning Oil', 'Burning oil'],
    units: ['litre', 'gal-imp', 'gal-us', 'kWh', 'kWh-gross', 'kWh-net', 'kg', 'tonne'],
  },
  {
    key: 'lpg',
    label: 'LPG (bottled or bulk)',
    description: 'Liquefied petroleum gas for heating or cooking, from delivery notes in litres or by weight.',
    keywords: ['propane', 'butane', 'calor', 'bottled gas'],
    gaseous: true,
    name: 'LPG',
    wttName: 'LPG',
    units: ['litre', 'gal-imp', 'kWh', 'kWh-gross', 'kWh-net', 'kg', 'tonne'],
  },
  {
    key: 'gas-oil',
    label: 'Gas oil (red diesel)',
    description: 'Gas oil / red diesel for generators, plant and machinery, in litres.',
    keywords: ['red diesel', 'generator', 'plant'],
    gaseous: false,
    name: 'Gas oil',
    wttName: ['Gas Oil', 'Gas oil'],
    units: ['litre', 'gal-imp', 'gal-us', 'kWh', 'kWh-gross', 'kWh-net', 'kg', 'tonne'],
  },
  {
    key: 'stationary-diesel',
    label: 'Diesel for machinery and generators (average biofuel blend)',
    description: 'Forecourt diesel burned in generators or machinery on site (not in vehicles), in litres.',
    keywords: ['generator', 'derv'],
    gaseous: false,
    name: 'Diesel (average biofuel blend)',
    wttName: 'Diesel (average biofuel blend)',
    units: ['litre', 'gal-imp', 'gal-us', 'kWh', 'kWh-gross', 'kWh-net', 'kg', 'tonne'],
  },
  {
    key: 'stationary-petrol',
    label: 'Petrol for machinery and tools (average biofuel blend)',
    description: 'Forecourt petrol burned in mowers, tools or small generators on site (not in vehicles), in litres.',
    gaseous: false,
    name: 'Petrol (average biofuel blend)',
    wttName: 'Petrol (average biofuel blend)',
    units: ['litre', 'gal-imp', 'gal-us', 'kWh', 'kWh-gross', 'kWh-net', 'kg', 'tonne'],
  },
];

const vehicleFuels: readonly FuelSpec[] = [
  {
    key: 'vehicle-fuel-diesel',
    label: 'Diesel for company vehicles (average biofuel blend)',
    description: 'Diesel put into vehicles the business owns or leases, from fuel cards or receipts, in litres.',
    keywords: ['fuel card', 'derv', 'pump'],
    gaseous: false,
    name: 'Diesel (average biofuel blend)',
    wttName: 'Diesel (average biofuel blend)',
  },
  {
    key: 'vehicle-fuel-petrol',
    label: 'Petrol for company vehicles (average biofuel blend)',
    description: 'Petrol put into vehicles the business owns or leases, from fuel cards or receipts, in litres.',
    keywords: ['fuel card', 'unleaded', 'pump'],
    gaseous: false,
    name: 'Petrol (average biofuel blend)',
    wttName: 'Petrol (average biofuel blend)',
  },
];

export const energyActivities: readonly ActivityDef[] = [
  gridElectricityUk,
  {
    id: naturalGas.key,
    label: naturalGas.label,
    description: naturalGas.description,
    category: 'Heating and fuels',
    family: null,
    dataset: 'uk-desnz',
    scope: 1,
    scope3Category: null,
    acceptedUnits: ['kWh', 'MWh', 'therm', 'GJ', 'kWh-gross', 'MWh-gross', 'kWh-net', 'm3', 'hcf'],
    defaultUnit: 'kWh',
    gasVolume: true,
    keywords: naturalGas.keywords ?? [],
    components: fuelComponents(naturalGas, [kWhGross, kWhNet]),
  },
  ...stationaryFuels.map(
    (spec): ActivityDef => ({
      id: spec.key,
      label: spec.label,
      description: spec.description,
      category: 'Heating and fuels',
      family: 'stationary-fuel',
      dataset: 'uk-desnz',
      scope: 1,
      scope3Category: null,
      acceptedUnits: spec.units,
      defaultUnit: 'litre',
      keywords: spec.keywords ?? [],
      components: fuelComponents(spec, [litres, kWhGross, kWhNet, tonnes]),
    }),
  ),
  ...vehicleFuels.map(
    (spec): ActivityDef => ({
      id: spec.key,
      label: spec.label,
      description: spec.description,
      category: 'Vehicle fuel',
      family: 'vehicle-fuel',
      dataset: 'uk-desnz',
      scope: 1,
      scope3Category: null,
      acceptedUnits: ['litre', 'gal-imp', 'gal-us'],
      defaultUnit: 'litre',
      keywords: spec.keywords ?? [],
      components: fuelComponents(spec, [litres]),
    }),
  ),
];
