// Calculator throughput: `npm run bench:calc`. Prints calculations per second over 1,000,000
// mixed activity rows generated in memory, and the wall time to recalculate a full year of
// half-hourly electricity data for 50 meters (17,520 × 50 = 876,000 calculations; target < 2 s).
import { calculate, type CalculationInput } from '../electron/core/emissions/calculator';
import { createMemoryLookup, factorsDirOf, loadShippedFactorSets } from '../electron/core/emissions/library/shipped-sets';
import { findAppRoot } from '../electron/core/paths';

const lookup = createMemoryLookup(loadShippedFactorSets(factorsDirOf(findAppRoot())));

const MIX: ReadonlyArray<Pick<CalculationInput, 'activityId' | 'unit'>> = [
  { activityId: 'grid-electricity-uk', unit: 'kWh' },
  { activityId: 'natural-gas', unit: 'kWh' },
  { activityId: 'natural-gas', unit: 'm3' },
  { activityId: 'vehicle-fuel-diesel', unit: 'litre' },
  { activityId: 'company-car-medium-petrol', unit: 'mile' },
  { activityId: 'company-van-average-diesel', unit: 'km' },
  { activityId: 'grey-fleet-car-average-unknown-fuel', unit: 'mile' },
  { activityId: 'flight-long-haul-economy-rf', unit: 'passenger-km' },
  { activityId: 'rail-national', unit: 'passenger-km' },
  { activityId: 'hotel-stay-uk', unit: 'room-night' },
  { activityId: 'homeworking', unit: 'fte-hour' },
  { activityId: 'water-supply', unit: 'm3' },
  { activityId: 'waste-paper-closed-loop', unit: 'tonne' },
  { activityId: 'refrigerant-r410a', unit: 'kg' },
  { activityId: 'spend-sic-47', unit: 'GBP' },
  { activityId: 'electricity-us-camx', unit: 'kWh' },
];

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

function mixedRows(n: number): CalculationInput[] {
  const rows: CalculationInput[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const pick = MIX[i % MIX.length] as (typeof MIX)[number];
    const year = 2016 + (i % 10);
    const day = isoDay(year, (i * 7) % 365);
    rows[i] = { ...pick, quantity: 1 + (i % 997), periodStart: day, periodEnd: day };
  }
  return rows;
}

function run(rows: readonly CalculationInput[]): { ms: number; totalKg: number } {
  const start = performance.now();
  let totalKg = 0;
  for (const row of rows) totalKg += calculate(row, { lookup }).totalCo2eKg;
  return { ms: performance.now() - start, totalKg };
}

const mixed = mixedRows(1_000_000);
run(mixed.slice(0, 20_000)); // warm-up: resolve and cache every (activity, set, unit)
const m = run(mixed);
console.log(`1,000,000 mixed activity rows: ${m.ms.toFixed(0)} ms, ${Math.round(1_000_000 / (m.ms / 1000)).toLocaleString('en-GB')} calculations/s (total ${(m.totalKg / 1000).toFixed(1)} t CO2e)`);

// One year of half-hourly reads for 50 meters: each read is one calculation over its own day.
const HH: CalculationInput[] = [];
for (let meter = 0; meter < 50; meter += 1) {
  for (let slot = 0; slot < 17_520; slot += 1) {
    const day = isoDay(2024, Math.floor(slot / 48));
    HH.push({ activityId: 'grid-electricity-uk', unit: 'kWh', quantity: 0.1 + ((meter * 31 + slot) % 50) / 10, periodStart: day, periodEnd: day });
  }
}
const hh = run(HH);
console.log(`Half-hourly year, 50 meters (${HH.length.toLocaleString('en-GB')} electricity calculations): ${(hh.ms / 1000).toFixed(2)} s (target < 2 s) ${hh.ms < 2000 ? 'OK' : 'SLOW'}`);
