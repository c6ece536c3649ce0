import { findActivity } from '../../emissions/catalogue';
import type { CsvTable } from '../csv-table';
import { findColumn, hasColumns, RowReader } from './columns';
import { combineLines, emptyResult, findHeader, monthLabel, monthOf, rowList, SeenReferences, type Line } from './profile-kit';
import type { ImportContext, ImportProfile, ProfileResult } from './types';

// Waste transfer notes, or a waste contractor's collection report: date, what the waste was (an
// EWC / List of Waste code, or a description), its weight, and where it went (landfill,
// recycling, energy from waste, composting, anaerobic digestion, or an R/D code). Material and
// route pick the DESNZ waste factor (waste-<material>-<route>). A note that says only "transfer
// station" or R13/D15 (storage before treatment) does not say the final route, so it is refused:
// the contractor's annual report gives it.

const COLUMNS = {
  date: ['date', 'collection_date', 'transfer_date', 'date_of_transfer', 'lift_date', 'service_date', 'date_collected'],
  ewc: ['ewc', 'ewc_code', 'low_code', 'list_of_waste_code', 'waste_code', 'european_waste_catalogue_code', 'ewc_no'],
  material: ['material', 'waste_type', 'waste_description', 'description_of_waste', 'waste_stream', 'stream', 'description', 'waste'],
  weight: ['tonnes', 'weight', 'net_weight', 'quantity', 'weight_tonnes', 'weight_kg', 'kg', 'tonnage', 'mass'],
  unit: ['unit', 'units', 'uom', 'weight_unit'],
  route: ['disposal_route', 'route', 'treatment', 'treatment_route', 'fate', 'end_fate', 'disposal_method', 'management_route', 'recovery_disposal_code', 'r_d_code', 'rd_code', 'destination_type', 'outcome'],
  note: ['wtn', 'wtn_number', 'waste_transfer_note', 'transfer_note_number', 'note_number', 'wtn_no', 'consignment_note', 'ticket', 'ticket_number', 'reference'],
  site: ['site', 'site_name'],
} as const;

/** Six-digit List of Waste (EWC) codes → DESNZ material; hazardous codes carry a * that is ignored. */
const EWC: Readonly<Record<string, string>> = {
  '150101': 'paper-board-mixed', '200101': 'paper-board-mixed',
  '150102': 'plastics-average', '200139': 'plastics-average',
  '150103': 'wood', '170201': 'wood', '200138': 'wood', '030105': 'wood',
  '150104': 'mixed-cans', '200140': 'scrap-metal', '170405': 'scrap-metal', '170407': 'scrap-metal', '170401': 'scrap-metal', '170402': 'scrap-metal', '191202': 'scrap-metal',
  // Mixed packaging / dry mixed recycling has no DESNZ factor of its own; commercial and industrial waste is the nearest.
  '150106': 'commercial-industrial', '200301': 'commercial-industrial', '200399': 'commercial-industrial',
  '150107': 'glass', '200102': 'glass', '170202': 'glass',
  '200108': 'food-drink', '020304': 'food-drink', '200201': 'garden',
  '200110': 'clothing', '200111': 'clothing', '150109': 'clothing',
  '160103': 'tyres',
  '130205': 'mineral-oil', '130206': 'mineral-oil', '130208': 'mineral-oil',
  '200123': 'weee-fridges-freezers', '200135': 'weee-mixed', '200136': 'weee-mixed', '160213': 'weee-mixed', '160214': 'weee-mixed',
  '160601': 'batteries', '160602': 'batteries', '160603': 'batteries', '160604': 'batteries', '160605': 'batteries', '200133': 'batteries', '200134': 'batteries',
  '170101': 'concrete', '170102': 'bricks', '170107': 'aggregates', '170302': 'asphalt', '170504': 'soils', '170802': 'plasterboard',
  '170603': 'insulation', '170604': 'insulation', '170601': 'asbestos', '170605': 'asbestos', '170904': 'average-construction',
};

/** Descriptions → material, specific before general ("food and garden" before "food"). */
const MATERIALS: readonly [RegExp, string][] = [
  [/food and garden|mixed organic/, 'food-garden-mixed'],
  [/fridge|freezer/, 'weee-fridges-freezers'],
  [/weee|electrical|electronic|computers?\b|it equipment/, 'weee-mixed'],
  [/batter/, 'batteries'],
  [/dry mixed|\bdmr\b|mixed recycling|co-?mingled|mixed packaging/, 'commercial-industrial'],
  [/paper and (card|cardboard)|(card|cardboard) and paper|mixed paper|paper\/card/, 'paper-board-mixed'],
  [/cardboard|\bcard\b|corrugated|\bocc\b/, 'board'],
  [/paper|confidential|shredd/, 'paper'],
  [/glass/, 'glass'],
  [/\bfilm\b|shrink ?wrap|stretch ?wrap/, 'plastic-film'],
  [/\bhdpe\b/, 'plastics-hdpe'],
  [/\bldpe\b|\blldpe\b/, 'plastics-ldpe-lldpe'],
  [/\bpet\b/, 'plastics-pet'],
  [/\bpvc\b/, 'plastics-pvc'],
  [/polypropylene|\bpp\b/, 'plastics-pp'],
  [/polystyrene|\beps\b/, 'plastics-ps'],
  [/plastic/, 'plastics-average'],
  [/food|kitchen|canteen|catering/, 'food-drink'],
  [/garden|green waste|grass|hedge/, 'garden'],
  [/wood|timber|pallet/, 'wood'],
  [/aluminium cans|\bfoil\b/, 'aluminium-cans-foil'],
  [/steel cans|tin cans/, 'steel-cans'],
  [/\bcans\b|\btins\b/, 'mixed-cans'],
  [/metal|steel|iron|copper|aluminium|brass/, 'scrap-metal'],
  [/tyre/, 'tyres'],
  [/\boil\b/, 'mineral-oil'],
  [/clothing|clothes|textile/, 'clothing'],
  [/\bbooks\b/, 'books'],
  [/asbestos/, 'asbestos'],
  [/plasterboard|gypsum/, 'plasterboard'],
  [/insulation/, 'insulation'],
  [/concrete/, 'concrete'],
  [/brick/, 'bricks'],
  [/asphalt|tarmac|bitum/, 'asphalt'],
  [/soil|stones/, 'soils'],
  [/aggregate|rubble|hardcore/, 'aggregates'],
  [/construction|demolition|c ?& ?d|builders/, 'average-construction'],
  [/general|residual|mixed municipal|municipal|commercial|trade waste|black bag|non-?recyclable|mixed waste/, 'commercial-industrial'],
];

type Route = 'landfill' | 'combustion' | 'composting' | 'anaerobic-digestion' | 'open-loop' | 'closed-loop' | 'recycled' | 'not-final';

export function routeOf(text: string): Route | null {
  const t = text.trim().toLowerCase();
  if (/\br1[23]\b|\bd1[345]\b|transfer station|bulking|storage/.test(t)) return 'not-final';
  if (/compost/.test(t)) return 'composting';
  if (/anaerobic|\bad\b|biogas/.test(t)) return 'anaerobic-digestion';
  if (/incinerat|energy from waste|\befw\b|energy recovery|combust|\br1\b|\bd10\b|\brdf\b|\bsrf\b/.test(t)) return 'combustion';
  if (/landfill|\bd1\b|\bd5\b/.test(t)) return 'landfill';
  if (/open[- ]?loop|downcycl/.test(t)) return 'open-loop';
  if (/closed[- ]?loop/.test(t)) return 'closed-loop';
  if (/recycl|reprocess|recover|reuse|re-use|\br[345]\b/.test(t)) return 'recycled';
  return null;
}

export function materialOf(ewcText: string, description: string): string | null {
  const code = ewcText.replace(/[^0-9]/g, '');
  if (code.length === 6 && EWC[code]) return EWC[code] ?? null;
  const t = description.toLowerCase();
  return MATERIALS.find(([re]) => re.test(t))?.[1] ?? null;
}

function wasteActivity(material: string, route: Route): string | null {
  const routes = route === 'recycled' ? ['closed-loop', 'open-loop'] : [route];
  for (const r of routes) if (findActivity(`waste-${material}-${r}`)) return `waste-${material}-${r}`;
  return null;
}

function mapWaste(table: CsvTable, context: ImportContext): ProfileResult {
  const result = emptyResult();
  const header = table.header;
  const col = Object.fromEntries(Object.entries(COLUMNS).map(([k, aliases]) => [k, findColumn(header, aliases)])) as Record<keyof typeof COLUMNS, number>;
  const headerUnit = (header[col.weight] ?? '').toLowerCase();
  const weightUnitOfHeader = /\bkg\b|kilogram/.test(headerUnit) ? 'kg' : /tonne|\bt\b|tonnage/.test(headerUnit) ? 'tonne' : null;
  const read = new RowReader(table, context, result.rejects, result.warnings);
  const notes = new SeenReferences(result.rejects, 'waste transfer note line');
  const lines: Line[] = [];
  for (const row of table.rows) {
    const before = result.rejects.length;
    const siteId = read.site(row, col.site);
    const date = read.date(row, col.date, 'date');
    const ewc = read.text(row, col.ewc);
    const description = read.text(row, col.material);
    const material = materialOf(ewc, description);
    if (!material) read.fail(row, col.ewc >= 0 && ewc ? col.ewc : col.material, `"${[ewc, description].filter(Boolean).join(' ')}" is not a waste the app can match to a DESNZ material: give the EWC code or a plainer description (e.g. "mixed paper and card", "general waste")`);
    const routeText = read.text(row, col.route);
    const route = routeOf(routeText);
    if (!route) read.fail(row, col.route, routeText ? `"${routeText}" does not say landfill, recycling, energy from waste, composting or anaerobic digestion` : 'the disposal route is empty');
    else if (route === 'not-final') read.fail(row, col.route, `"${routeText}" is storage or transfer before treatment, not where the waste ended up: ask the contractor for the final route`);
    const weight = read.number(row, col.weight, 'weight');
    if (weight !== null && weight <= 0) read.fail(row, col.weight, weight === 0 ? 'the weight is zero' : 'the weight is negative: correct the original note instead');
    const unitText = read.text(row, col.unit).toLowerCase();
    const unit = unitText ? (/^(kg|kgs|kilograms?)$/.test(unitText) ? 'kg' : /^(t|tonnes?|tons?|mt)$/.test(unitText) ? 'tonne' : null) : weightUnitOfHeader;
    if (!unit) read.fail(row, col.unit, unitText ? `"${read.text(row, col.unit)}" is not kg or tonnes` : 'the file does not say whether weights are kg or tonnes');
    const activityId = material && route && route !== 'not-final' ? wasteActivity(material, route) : null;
    if (material && route && route !== 'not-final' && !activityId) {
      read.fail(row, col.route, `DESNZ has no factor for ${materialLabel(material)} sent to ${ROUTE_WORDS[route]} (it has: ${findActivityRoutes(material).join(', ')})`);
    }
    const note = read.text(row, col.note);
    if (result.rejects.length > before || !siteId || !date || weight === null || !unit || !activityId) continue;
    if (!notes.first(row, header[col.note] ?? null, note ? `${note} ${ewc || description}` : '')) continue;
    lines.push({
      draft: { rowNumber: row.rowNumber, siteId, activityId, periodStart: date.date, periodEnd: date.date, quantity: weight, unit, options: null, description: [ewc, description].filter(Boolean).join(' '), dataQuality: 'invoice', meter: null, sourceRef: note || null, estimated: false },
      group: monthOf(date.date),
      quantityColumn: header[col.weight] ?? null,
      reference: note || null,
    });
  }
  // kg and tonnes of one waste in one month are kept apart (a record has one unit).
  result.records = combineLines(lines, result, {
    prefix: '',
    groupLabel: (d) => `${findActivity(d.activityId)?.label ?? d.activityId} in ${monthLabel(monthOf(d.periodStart))}`,
    describe: (drafts) => `${findActivity(drafts[0]?.activityId ?? '')?.label ?? ''}, ${monthLabel(monthOf(drafts[0]?.periodStart ?? ''))}: ${drafts.length} collection${drafts.length === 1 ? '' : 's'} (${rowList(drafts.map((d) => d.rowNumber))})`,
  });
  return result;
}

const ROUTE_WORDS: Record<Exclude<Route, 'not-final'>, string> = {
  landfill: 'landfill',
  combustion: 'energy from waste',
  composting: 'composting',
  'anaerobic-digestion': 'anaerobic digestion',
  'open-loop': 'open-loop recycling',
  'closed-loop': 'closed-loop recycling',
  recycled: 'recycling',
};

function findActivityRoutes(material: string): string[] {
  const routes = ['landfill', 'closed-loop', 'open-loop', 'combustion', 'composting', 'anaerobic-digestion'] as const;
  return routes.filter((r) => findActivity(`waste-${material}-${r}`)).map((r) => ROUTE_WORDS[r]);
}

/** "food and drink waste", from the catalogue's own labels ("Waste: food and drink waste, sent to landfill"). */
function materialLabel(material: string): string {
  const route = ['landfill', 'closed-loop', 'open-loop', 'combustion', 'composting', 'anaerobic-digestion'].find((r) => findActivity(`waste-${material}-${r}`));
  const label = route ? findActivity(`waste-${material}-${route}`)?.label : undefined;
  return label?.match(/^Waste: (.*?),/)?.[1] ?? material.replace(/-/g, ' ');
}

export const wasteTransferNotesProfile: ImportProfile = {
  id: 'waste-transfer-notes',
  label: 'Waste transfer notes',
  description:
    'Waste collections from your transfer notes or your waste contractor’s report: date, EWC code or waste description, weight (kg or tonnes) and where it went (landfill, recycling, energy from waste, composting, anaerobic digestion).',
  match(header) {
    const weight = hasColumns(header, COLUMNS.weight) || findHeader(header, (raw) => /\bkg\b|tonne/.test(raw)) >= 0;
    const what = hasColumns(header, COLUMNS.ewc) || hasColumns(header, ['material', 'waste_type', 'waste_description', 'description_of_waste', 'waste_stream']);
    if (!hasColumns(header, COLUMNS.date, COLUMNS.route) || !weight || !what) return 0;
    return hasColumns(header, COLUMNS.ewc) || hasColumns(header, ['wtn', 'wtn_number', 'waste_transfer_note', 'transfer_note_number']) ? 88 : 80;
  },
  map: mapWaste,
};
