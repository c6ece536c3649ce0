// Water supply and treatment, and waste by material and disposal route.
import { path } from './paths';
import { WASTE_MATERIALS, type WasteRoute } from './tables/waste-materials';
import type { ActivityDef, Alt, FactorUnitChoice } from './types';

const waterUnits: readonly FactorUnitChoice[] = [
  { unit: 'm3', uom: 'cubic metres' },
  { unit: 'megalitre', uom: 'million litres' },
];

function water(kind: 'supply' | 'treatment'): ActivityDef {
  const supply = kind === 'supply';
  const heading = supply ? 'Water supply' : 'Water treatment';
  return {
    id: `water-${kind}`,
    label: supply ? 'Water supply' : 'Wastewater treatment',
    description: supply
      ? 'Mains water used, from water bills (m³). Counts treating and pumping clean water to you.'
      : 'Water sent to the sewer, from water bills (m³; often the same as the water supplied, or a percentage of it). Counts treating the wastewater.',
    category: 'Water',
    family: null,
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: supply ? 1 : 5,
    acceptedUnits: ['m3', 'litre', 'megalitre'],
    defaultUnit: 'm3',
    keywords: supply ? ['water bill', 'mains water'] : ['sewerage', 'wastewater', 'sewage'],
    components: [
      { role: kind, label: heading, scope: 3, scope3Category: supply ? 1 : 5, method: 'activity', path: path('Scope 3', heading, heading, heading), factorUnits: waterUnits },
    ],
  };
}

/** DESNZ Column Text of each disposal route; several where the label changed between years. */
export const WASTE_ROUTES: Record<WasteRoute, { columnText: Alt; words: string }> = {
  landfill: { columnText: 'Landfill', words: 'sent to landfill' },
  // 2016–2017 "Closed loop" / "Open loop"; 2018 on "Closed-loop" / "Open-loop".
  'closed-loop': { columnText: ['Closed loop', 'Closed-loop'], words: 'recycled into the same material (closed loop)' },
  'open-loop': { columnText: ['Open loop', 'Open-loop'], words: 'recycled into a different product (open loop)' },
  // 2016–2024 "Combustion"; 2025 "Incineration with Energy Recovery".
  combustion: { columnText: ['Combustion', 'Incineration with Energy Recovery'], words: 'incinerated (energy from waste)' },
  composting: { columnText: 'Composting', words: 'composted' },
  'anaerobic-digestion': { columnText: 'Anaerobic digestion', words: 'sent to anaerobic digestion' },
};

function waste(material: (typeof WASTE_MATERIALS)[number], route: WasteRoute): ActivityDef {
  const r = WASTE_ROUTES[route];
  const name = material.material.replace(/^(Organic|Metal|Plastics|Paper and board): /, '');
  return {
    id: `waste-${material.key}-${route}`,
    label: `Waste: ${name.toLowerCase()}, ${r.words}`,
    description: `Tonnes of ${name.toLowerCase()} ${r.words}, from your waste contractor's transfer notes or reports.`,
    category: 'Waste',
    family: 'waste',
    dataset: 'uk-desnz',
    scope: 3,
    scope3Category: 5,
    acceptedUnits: ['tonne', 'kg'],
    defaultUnit: 'tonne',
    keywords: ['waste', 'bin', 'skip', route, material.group.toLowerCase()],
    components: [
      { role: 'disposal', label: `Disposal (${route.replace(/-/g, ' ')})`, scope: 3, scope3Category: 5, method: 'activity', path: path('Scope 3', 'Waste disposal', material.group, material.material, '', r.columnText), factorUnits: [{ unit: 'tonne', uom: 'tonnes' }] },
    ],
  };
}

export const wasteWaterActivities: readonly ActivityDef[] = [
  water('supply'),
  water('treatment'),
  ...WASTE_MATERIALS.flatMap((m) => m.routes.map((route) => waste(m, route))),
];
