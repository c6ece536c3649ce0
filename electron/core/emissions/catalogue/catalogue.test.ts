import { describe, expect, it } from 'vitest';
import { shippedLookup } from '../golden/golden-harness';
import { findFactor } from '../resolve';
import { findActivity, listActivities } from './index';

const DESNZ_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** year → for each component: 'x' found, '.' missing, 'o' optional and missing. Throws on an ambiguous selector. */
function availability() {
  const lookup = shippedLookup();
  const sets = lookup.sets();
  const table = new Map<string, Map<number, string>>();
  for (const activity of listActivities()) {
    const byYear = new Map<number, string>();
    for (const set of sets.filter((s) => s.dataset === activity.dataset)) {
      const rows = lookup.rows(set.id);
      byYear.set(
        set.year,
        activity.components
          .map((c) => {
            // Every unit a component can be priced in must resolve, not only the first.
            const found = c.factorUnits.map((u) => findFactor(c, u, rows, set.year, activity.id).found);
            if (found.every(Boolean)) return 'x';
            if (found.some(Boolean)) return '~';
            return c.optional ? 'o' : '.';
          })
          .join(''),
      );
    }
    table.set(activity.id, byYear);
  }
  return table;
}

const TABLE = availability();
const usable = (marks: string | undefined) => marks !== undefined && !marks.includes('.') && !marks.includes('~');

describe('activity catalogue', () => {
  it('has stable kebab-case ids, plain descriptions and at least the families the issue asks for', () => {
    const all = listActivities();
    expect(all.length).toBeGreaterThan(700);
    for (const a of all) {
      expect(a.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(a.description.length).toBeGreaterThan(20);
      expect(a.components.length).toBeGreaterThan(0);
    }
    for (const id of [
      'grid-electricity-uk', 'natural-gas', 'heating-oil', 'lpg', 'stationary-diesel', 'stationary-petrol', 'vehicle-fuel-diesel', 'vehicle-fuel-petrol',
      'company-car-small-diesel', 'company-car-average-phev', 'company-car-large-bev', 'company-car-medium-hybrid', 'company-car-average-unknown-fuel',
      'company-van-average-diesel', 'company-hgv-artic-over-33t-full', 'grey-fleet-car-average-petrol',
      'flight-domestic-average-rf', 'flight-short-haul-economy-no-rf', 'flight-long-haul-premium-economy-rf', 'flight-international-first-no-rf',
      'rail-national', 'rail-international', 'rail-light-tram', 'rail-underground', 'taxi-regular', 'taxi-black-cab', 'bus-local-average', 'bus-coach',
      'ferry-foot-passenger', 'ferry-car-passenger', 'ferry-average', 'hotel-stay-uk', 'hotel-stay-france', 'commute-car-average-diesel', 'commute-rail-national',
      'commute-bus-local-average', 'homeworking', 'water-supply', 'water-treatment', 'waste-paper-closed-loop', 'waste-food-drink-anaerobic-digestion',
      'waste-plastics-average-combustion', 'waste-garden-composting', 'waste-commercial-industrial-landfill', 'refrigerant-r410a', 'spend-sic-47',
      'electricity-us-camx', 'electricity-country-deu',
    ]) {
      expect(findActivity(id), id).toBeDefined();
    }
  });

  it('maps every component to exactly one row (never several) in every set, and every activity is priceable in some year', () => {
    for (const [id, byYear] of TABLE) {
      expect([...byYear.values()].some(usable), `${id} has no year with all its factors`).toBe(true);
    }
  });

  it('prices the core activities from every DESNZ year 2016–2025', () => {
    const everyYear = [
      'grid-electricity-uk', 'natural-gas', 'heating-oil', 'lpg', 'gas-oil', 'stationary-diesel', 'stationary-petrol', 'vehicle-fuel-diesel', 'vehicle-fuel-petrol',
      'rail-national', 'rail-international', 'rail-light-tram', 'rail-underground', 'taxi-regular', 'taxi-black-cab', 'bus-local-average', 'bus-coach',
      'ferry-foot-passenger', 'ferry-car-passenger', 'ferry-average', 'water-supply', 'water-treatment', 'refrigerant-r410a', 'refrigerant-r134a', 'refrigerant-r32',
      ...listActivities().filter((a) => a.family === 'flight-rf' || a.family === 'flight-no-rf').map((a) => a.id),
      ...['small', 'medium', 'large', 'average'].flatMap((s) => ['diesel', 'petrol', 'hybrid', 'unknown-fuel'].map((f) => `company-car-${s}-${f}`)),
      ...listActivities().filter((a) => a.family === 'company-hgv').map((a) => a.id),
    ];
    for (const id of everyYear) {
      const byYear = TABLE.get(id);
      for (const y of DESNZ_YEARS) expect(usable(byYear?.get(y)), `${id} in ${y}: ${byYear?.get(y)}`).toBe(true);
    }
  });

  it('knows when things first appear: EVs 2017, hotel stays 2017, homeworking 2022', () => {
    expect(usable(TABLE.get('company-car-average-bev')?.get(2016))).toBe(false);
    expect(usable(TABLE.get('company-car-average-bev')?.get(2017))).toBe(true);
    expect(usable(TABLE.get('hotel-stay-uk')?.get(2016))).toBe(false);
    expect(DESNZ_YEARS.slice(1).every((y) => usable(TABLE.get('hotel-stay-uk')?.get(y)))).toBe(true);
    for (const y of DESNZ_YEARS) expect(usable(TABLE.get('homeworking')?.get(y))).toBe(y >= 2022);
  });

  it('documents, for every activity, the years it cannot be priced from its own set (AVAILABILITY.md)', async () => {
    const lines = [
      '# Activity availability by factor-set year',
      '',
      'Generated by `catalogue.test.ts` from the shipped factor files; the test fails when it changes.',
      'One mark per component: `x` row found, `.` no usable row (absent, blank or text), `o` optional component',
      'missing (left out with a warning), `~` found for some of its units only. Activities not listed are priceable',
      'in every year of their dataset. A year marked missing is priced from the nearest year that has it, with a warning.',
      '',
      '| activity | dataset | missing in | marks by year |',
      '| --- | --- | --- | --- |',
    ];
    for (const a of listActivities()) {
      const byYear = TABLE.get(a.id) as Map<number, string>;
      const missing = [...byYear].filter(([, m]) => !usable(m) || m.includes('o'));
      if (!missing.length) continue;
      lines.push(`| ${a.id} | ${a.dataset} | ${missing.map(([y]) => y).join(', ')} | ${[...byYear].map(([y, m]) => `${y}:${m}`).join(' ')} |`);
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./AVAILABILITY.md');
  });
});
