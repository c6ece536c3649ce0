// Activities priced from datasets other than DESNZ: spend-based factors by SIC code, and grid
// electricity outside the UK (US eGRID subregions, Ember country averages).
import { path } from './paths';
import { ANY } from './types';
import { EGRID_SUBREGIONS } from './tables/egrid-subregions';
import { EMBER_COUNTRIES } from './tables/ember-countries';
import { SIC_CODES } from './tables/sic-codes';
import type { ActivityDef } from './types';

// Whether the SIC set itself is verified is said by the calculator from the set's own flag (a
// workspace may confirm it); this is about the method, which stays rough either way.
export const SIC_WARNING = 'Spend-based figures are rough estimates from average emissions per pound; replace them with activity data where you can.';
export const EMBER_WARNING =
  'Country average from Ember: CO2 only from power generation (no methane, nitrous oxide or grid losses), latest year available for that country. An approximation for sites outside the UK.';

function sicKey(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

const spend: ActivityDef[] = SIC_CODES.map((sic) => ({
  id: `spend-sic-${sicKey(sic.code)}`,
  label: `Spend: ${sic.description} (SIC ${sic.code})`,
  description: `Money spent on ${sic.description.toLowerCase()} (SIC ${sic.code}), in pounds excluding VAT. A rough estimate from average emissions per pound for that industry.`,
  category: 'Purchased goods and services (spend)',
  family: 'spend-sic',
  dataset: 'uk-eeio-sic',
  scope: 3,
  scope3Category: 1,
  acceptedUnits: ['GBP'],
  defaultUnit: 'GBP',
  keywords: ['spend', 'purchases', 'invoices', 'eeio', `sic ${sic.code}`],
  warnings: [SIC_WARNING],
  components: [
    {
      role: 'spend',
      label: 'Purchased goods and services',
      scope: 3,
      scope3Category: 1,
      method: 'spend',
      // Level 3 is the SIC description, which identifies nothing the code does not: ANY.
      path: path('Scope 3', 'Spend-based (EEIO)', sic.code, ANY, '', 'Purchased goods and services'),
      factorUnits: [{ unit: 'GBP', uom: 'GBP' }],
    },
  ],
}));

const egrid: ActivityDef[] = EGRID_SUBREGIONS.map((region) => ({
  id: region.acronym === 'US Average' ? 'electricity-us-average' : `electricity-us-${region.acronym.toLowerCase()}`,
  label: `Electricity in the USA: ${region.name}${region.acronym === 'US Average' ? '' : ` (eGRID ${region.acronym})`}`,
  description: `Grid electricity used at a site in the ${region.name} eGRID subregion of the United States (location-based, US EPA eGRID2023).`,
  category: 'Electricity outside the UK',
  family: 'electricity-us-egrid',
  dataset: 'us-egrid',
  scope: 2,
  scope3Category: null,
  acceptedUnits: ['kWh', 'MWh', 'GJ'],
  defaultUnit: 'kWh',
  keywords: ['usa', 'united states', 'egrid', region.acronym.toLowerCase()],
  components: [
    {
      role: 'generation',
      label: 'Electricity generation',
      scope: 2,
      scope3Category: null,
      method: 'location-based',
      path: path('Scope 2', 'Electricity: USA', 'eGRID subregion', region.acronym, region.name, 'Total output'),
      factorUnits: [{ unit: 'MWh', uom: 'MWh' }],
      value: 'egrid-lb-per-mwh-ar5',
    },
  ],
}));

const ember: ActivityDef[] = EMBER_COUNTRIES.map((country) => ({
  id: `electricity-country-${country.iso3.toLowerCase()}`,
  label: `Electricity in ${country.name} (country average)`,
  description: `Grid electricity used at a site in ${country.name}, using the country's average generation intensity from Ember (location-based).`,
  category: 'Electricity outside the UK',
  family: 'electricity-country-ember',
  dataset: 'ember',
  scope: 2,
  scope3Category: null,
  acceptedUnits: ['kWh', 'MWh', 'GJ'],
  defaultUnit: 'kWh',
  keywords: ['overseas', 'international', country.iso3.toLowerCase()],
  warnings: [EMBER_WARNING],
  components: [
    {
      role: 'generation',
      label: 'Electricity generation (CO2 only)',
      scope: 2,
      scope3Category: null,
      method: 'location-based',
      // Level 3 is the place name and Level 4 the data year (the latest Ember has for that
      // country, which differs by country and moves with each update): ANY for both.
      path: path('Scope 2', 'Electricity: country average', country.iso3, ANY, ANY, 'Generation'),
      factorUnits: [{ unit: 'kWh', uom: 'kWh' }],
      value: 'ember-g-co2-per-kwh',
    },
  ],
}));

export const spendAndGridActivities: readonly ActivityDef[] = [...spend, ...egrid, ...ember];
