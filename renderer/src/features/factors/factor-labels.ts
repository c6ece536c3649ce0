import type { FactorDatasetId, FactorRowView, FactorSet } from '../../../../shared/domain/factors';

export interface DatasetGuide {
  /** Short name used in tables and filters. */
  name: string;
  /** Plain words on when to use it. */
  useFor: string;
}

export const datasetGuides: Record<FactorDatasetId, DatasetGuide> = {
  'uk-desnz': {
    name: 'UK Government (DESNZ)',
    useFor: 'The official UK conversion factors, one set per year. These are the ones to use for UK sites and for SECR reports.',
  },
  'us-egrid': {
    name: 'US grid electricity (EPA eGRID)',
    useFor: 'Only for sites in the United States, and only for electricity reported location-based (the average of the local grid).',
  },
  ember: {
    name: 'Country grid electricity (Ember)',
    useFor: 'Only for sites outside the UK, and only for electricity reported location-based. Carbon dioxide from generation only: not CO2e, and no grid losses.',
  },
  'uk-eeio-sic': {
    name: 'Spend-based, by industry (SIC)',
    useFor: 'Rough estimates from money spent, by industry code. The least accurate method: use it only where you have no quantities.',
  },
};

export const UNVERIFIED_NOTICE = 'Unverified — not yet checked against the official Defra publication';

/** "DESNZ 2024 v1.1": enough to tell sets apart in a table cell. */
export function setLabel(set: Pick<FactorSet, 'dataset' | 'year' | 'version'>): string {
  const short: Record<FactorDatasetId, string> = { 'uk-desnz': 'DESNZ', 'us-egrid': 'eGRID', ember: 'Ember', 'uk-eeio-sic': 'SIC spend' };
  // Long prose versions (eGRID, Ember) are shown in full in the details, not in every row.
  const version = set.version.length <= 8 ? ` v${set.version}` : '';
  return `${short[set.dataset]} ${set.year}${version}`;
}

export function rowLabel(row: FactorRowView): string {
  return [row.level1, row.level2, row.level3, row.level4, row.columnText, row.uom, row.ghgUnit].filter((p) => p !== '').join(', ');
}
