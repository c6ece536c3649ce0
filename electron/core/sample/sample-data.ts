import type { DataQuality, SampleAction, SampleData, SampleRecord, SiteKey } from './sample-types';
import { fuelCardCsv, halfHourlyCsv, type SampleVan } from './sample-files';
import { createPrng, roundTo, type Prng } from './prng';

// A fictional small UK company: a joinery with a workshop and a small office, for two calendar
// years (the base year and the latest complete one, so year-on-year comparisons and the Carbon
// Reduction Plan baseline have data). Quantities are in the ranges such a business really has
// (a workshop of this size uses ~70–90 MWh of electricity a year; three vans ~5,000 litres of
// diesel); nothing here is a factor value: every figure is calculated from the factor files.

export const SAMPLE_SEED = 20_250_101;
export const SAMPLE_ORGANISATION_NAME = 'Example Joinery Ltd (sample)';

const MONTH_END = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const MONTH_START = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const QUARTERS = [1, 4, 7, 10] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Heating need by month (1 = January), from typical UK degree days. */
const HEATING_SHARE = [1, 0.88, 0.74, 0.5, 0.28, 0.12, 0.08, 0.09, 0.22, 0.48, 0.78, 0.95];

const VANS: readonly SampleVan[] = [
  { registration: 'SA21 MPL', litresPerWeek: 38 },
  { registration: 'SA22 MPL', litresPerWeek: 34 },
  { registration: 'SA69 MPL', litresPerWeek: 27 },
];

interface YearPlan {
  year: number;
  /** Orders grew between the two years: a little more of everything that scales with work. */
  growth: number;
  isLatest: boolean;
}

function record(site: SiteKey, activityId: string, start: string, end: string, quantity: number, unit: string, dataQuality: DataQuality, description: string, meter: string | null = null): SampleRecord {
  return { site, activityId, periodStart: start, periodEnd: end, quantity, unit, dataQuality, description, meter };
}

function officeEnergy(plan: YearPlan, prng: Prng): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const month of MONTHS) {
    const start = MONTH_START(plan.year, month);
    const end = MONTH_END(plan.year, month);
    const heat = HEATING_SHARE[month - 1] ?? 0.5;
    const electricityKwh = roundTo(prng.jitter(1_150 + 420 * heat, 0.06), 0);
    out.push(record('office', 'grid-electricity-uk', start, end, electricityKwh, 'kWh', 'invoice', `Electricity bill, ${MONTH_NAMES[month - 1]} ${plan.year} (actual read)`, 'Office electricity'));
    const gasKwh = roundTo(prng.jitter(450 + 5_600 * heat, 0.08), 0);
    out.push(record('office', 'natural-gas', start, end, gasKwh, 'kWh', 'invoice', `Gas bill, ${MONTH_NAMES[month - 1]} ${plan.year} (actual read)`, 'Office gas'));
  }
  return out;
}

function waterAndWaste(plan: YearPlan, prng: Prng): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const month of QUARTERS) {
    const start = MONTH_START(plan.year, month);
    const end = MONTH_END(plan.year, month + 2);
    for (const [site, m3] of [['office', 38], ['workshop', 52]] as const) {
      const supplyM3 = roundTo(prng.jitter(m3, 0.1), 1);
      out.push(record(site, 'water-supply', start, end, supplyM3, 'm3', 'invoice', `Water bill, quarter from ${MONTH_NAMES[month - 1]} ${plan.year}`, `${site === 'office' ? 'Office' : 'Workshop'} water`));
      // Sewerage is billed as 95 % of the water supplied (the usual UK return-to-sewer allowance).
      out.push(record(site, 'water-treatment', start, end, roundTo(supplyM3 * 0.95, 1), 'm3', 'invoice', `Sewerage on the water bill, quarter from ${MONTH_NAMES[month - 1]} ${plan.year}`));
    }
    out.push(record('office', 'waste-paper-board-mixed-closed-loop', start, end, roundTo(prng.jitter(0.16, 0.2), 3), 'tonne', 'invoice', 'Paper and cardboard recycling collection'));
  }
  for (const month of MONTHS) {
    const start = MONTH_START(plan.year, month);
    const end = MONTH_END(plan.year, month);
    out.push(record('workshop', 'waste-wood-combustion', start, end, roundTo(prng.jitter(1.6 * plan.growth, 0.2), 2), 'tonne', 'invoice', 'Wood offcuts and sawdust collected as biomass fuel (waste transfer note)'));
    out.push(record('workshop', 'waste-commercial-industrial-landfill', start, end, roundTo(prng.jitter(0.32, 0.2), 3), 'tonne', 'invoice', 'General waste skip (waste transfer note)'));
  }
  return out;
}

function travel(plan: YearPlan, prng: Prng): SampleRecord[] {
  const out: SampleRecord[] = [];
  const trip = (month: number, day: number, nights: number) => {
    const start = `${plan.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const end = new Date(Date.parse(start) + nights * 86_400_000).toISOString().slice(0, 10);
    return { start, end };
  };
  for (const month of [2, 3, 5, 6, 7, 9, 10, 11]) {
    const { start, end } = trip(month, prng.int(3, 24), 1);
    const people = prng.int(1, 2);
    out.push(record('office', 'rail-national', start, end, 620 * people, 'passenger-km', 'invoice', `Rail to a client in London and back, ${people} ${people === 1 ? 'person' : 'people'} (expense claim)`));
    out.push(record('office', 'hotel-stay-uk', start, end, people, 'room-night', 'invoice', `Hotel in London, ${people} room-night${people === 1 ? '' : 's'} (expense claim)`));
    out.push(record('office', 'taxi-regular', start, end, roundTo(prng.between(8, 22), 1), 'passenger-km', 'invoice', 'Taxis in London (expense claim)'));
  }
  const aberdeen = trip(4, prng.int(7, 20), 2);
  out.push(record('office', 'flight-domestic-average-rf', aberdeen.start, aberdeen.end, 2 * 2 * 470, 'passenger-km', 'invoice', 'Flights Leeds Bradford – Aberdeen and back, 2 people, for a hotel fit-out (booking confirmation)'));
  out.push(record('office', 'hotel-stay-uk', aberdeen.start, aberdeen.end, 4, 'room-night', 'invoice', 'Hotel in Aberdeen, 2 rooms for 2 nights (booking confirmation)'));
  if (plan.isLatest) {
    const fair = trip(9, prng.int(8, 18), 3);
    out.push(record('office', 'flight-short-haul-economy-rf', fair.start, fair.end, 2 * 2 * 830, 'passenger-km', 'invoice', 'Flights Manchester – Cologne and back, 2 people, for a woodworking trade fair (booking confirmation)'));
  }
  return out;
}

function commuting(plan: YearPlan, prng: Prng): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const month of MONTHS) {
    const start = MONTH_START(plan.year, month);
    const end = MONTH_END(plan.year, month);
    const workingDays = month === 12 ? 15 : month === 8 ? 19 : 21;
    const survey = `from the staff travel survey, ${workingDays} working days`;
    // 11 people drive ~15 km each way, 3 take the bus ~8 km, 2 the train ~25 km.
    out.push(record('office', 'commute-car-average-petrol', start, end, roundTo(prng.jitter(11 * 2 * 15 * workingDays * plan.growth, 0.05), 0), 'km', 'estimate', `Staff driving to work, ${survey}`));
    out.push(record('office', 'commute-bus-local-average', start, end, roundTo(prng.jitter(3 * 2 * 8 * workingDays, 0.05), 0), 'passenger-km', 'estimate', `Staff taking the bus, ${survey}`));
    out.push(record('office', 'commute-rail-national', start, end, roundTo(prng.jitter(2 * 2 * 25 * workingDays, 0.05), 0), 'passenger-km', 'estimate', `Staff taking the train, ${survey}`));
    // Three office staff work one day a week from home (7.5 hours).
    out.push(record('office', 'homeworking', start, end, roundTo(3 * 7.5 * (workingDays / 5), 1), 'fte-hour', 'estimate', 'Office staff working from home one day a week'));
  }
  return out;
}

/** Purchases from the accounts, by SIC category, quarterly (Scope 3 category 1, spend-based). */
function spend(plan: YearPlan, prng: Prng): SampleRecord[] {
  const lines = [
    { activityId: 'spend-sic-16', gbp: 64_000, what: 'Timber, sheet materials and mouldings' },
    { activityId: 'spend-sic-20-3', gbp: 4_600, what: 'Paints, lacquers, stains and glues' },
    { activityId: 'spend-sic-62', gbp: 2_100, what: 'IT support and software' },
    { activityId: 'spend-sic-69-2', gbp: 1_900, what: 'Accountants and payroll bureau' },
    { activityId: 'spend-sic-61', gbp: 780, what: 'Phone and broadband' },
  ];
  const out: SampleRecord[] = [];
  for (const month of QUARTERS) {
    for (const line of lines) {
      const gbp = roundTo(prng.jitter(line.gbp * plan.growth, 0.12), 2);
      out.push(record('office', line.activityId, MONTH_START(plan.year, month), MONTH_END(plan.year, month + 2), gbp, 'GBP', 'spend', `${line.what} (purchase ledger, net of VAT)`));
    }
  }
  return out;
}

function actions(latest: number): SampleAction[] {
  return [
    { title: 'LED lighting in the workshop', description: 'Replaced the workshop’s fluorescent tubes with LED panels on motion sensors.', status: 'completed', startedOn: `${latest}-02-17`, completedOn: `${latest}-03-14`, site: 'workshop', estimatedSavingKwh: 6_500, estimatedSavingCo2eKg: null },
    { title: 'Van driver training and tyre checks', description: 'Fuel-efficient driving course for the three van drivers and monthly tyre-pressure checks.', status: 'completed', startedOn: `${latest}-05-01`, completedOn: `${latest}-06-30`, site: 'workshop', estimatedSavingKwh: null, estimatedSavingCo2eKg: 900 },
    { title: 'Variable-speed drives on the dust extraction', description: 'Fitting variable-speed drives so the extraction fans slow down when fewer machines run.', status: 'in-progress', startedOn: `${latest}-10-06`, completedOn: null, site: 'workshop', estimatedSavingKwh: 9_000, estimatedSavingCo2eKg: null },
    { title: 'Heat pump for the office', description: 'Replace the office gas boiler with an air-source heat pump when it is due for renewal.', status: 'planned', startedOn: null, completedOn: null, site: 'office', estimatedSavingKwh: 30_000, estimatedSavingCo2eKg: null },
  ];
}

/**
 * The whole sample, as plain data: the same seed and year always give exactly the same company,
 * records and files. `latestYear` is the latest complete calendar year; the base year is the one before.
 */
export function generateSampleData(options: { seed: number; latestYear: number }): SampleData {
  const prng = createPrng(options.seed);
  const base = options.latestYear - 1;
  const plans: YearPlan[] = [
    { year: base, growth: 1, isLatest: false },
    { year: options.latestYear, growth: 1.08, isLatest: true },
  ];
  const records: SampleRecord[] = [];
  const imports: SampleData['imports'] = [];
  for (const plan of plans) {
    records.push(...officeEnergy(plan, prng), ...waterAndWaste(plan, prng), ...travel(plan, prng), ...commuting(plan, prng), ...spend(plan, prng));
    imports.push({
      site: 'workshop',
      profileId: 'hh-rows',
      fileName: `workshop-half-hourly-${plan.year}.csv`,
      text: halfHourlyCsv(plan.year, { baseKwh: 1.1, workingKwh: 10.5 * plan.growth, ledFrom: plan.isLatest ? `${plan.year}-03-14` : null, ledSavingFraction: 0.07 }, prng),
    });
    imports.push({ site: 'workshop', profileId: 'fuel-card', fileName: `fuel-card-transactions-${plan.year}.csv`, text: fuelCardCsv(plan.year, VANS.map((v) => ({ ...v, litresPerWeek: v.litresPerWeek * plan.growth })), prng) });
  }
  return {
    organisation: { name: SAMPLE_ORGANISATION_NAME, companiesHouseNumber: null, reportingYearStartMonth: 1, baseYear: base },
    sites: [
      { key: 'workshop', name: 'Workshop', country: 'GB', postcode: 'LS9 8AB', floorAreaM2: 850 },
      { key: 'office', name: 'Head office', country: 'GB', postcode: 'LS1 4AP', floorAreaM2: 210 },
    ],
    records,
    imports,
    actions: actions(options.latestYear),
    metrics: [
      { year: base, turnoverGbp: 2_150_000, employeesFte: 17.5 },
      { year: options.latestYear, turnoverGbp: 2_380_000, employeesFte: 19 },
    ],
    years: { base, latest: options.latestYear },
  };
}
