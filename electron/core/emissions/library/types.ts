/** Which published dataset a factor set comes from. */
export const factorDatasets = ['uk-desnz', 'us-egrid', 'ember', 'uk-eeio-sic'] as const;
export type FactorDataset = (typeof factorDatasets)[number];

export interface FactorSetInfo {
  /** Stable id, e.g. "uk-desnz-2025-v1.0". */
  id: string;
  dataset: FactorDataset;
  title: string;
  publisher: string;
  year: number;
  version: string;
  updatedOn: string | null;
  sourceFile: string;
  /** SHA-256 of the publisher's workbook, as recorded in SOURCES.md (may be abbreviated there). */
  sourceSha256: string | null;
  /** SHA-256 of the shipped CSV file this set was loaded from. */
  fileSha256: string;
  licence: string | null;
  /** False for data we could not check against the publisher's original (shown as unverified). */
  verified: boolean;
  caveat: string | null;
}

/** One row of a factor file, verbatim. */
export interface FactorRow {
  /** 1-based data row in the source CSV (header excluded). */
  rowNumber: number;
  externalId: string | null;
  scope: string;
  level1: string;
  level2: string;
  level3: string;
  level4: string;
  columnText: string;
  uom: string;
  ghgUnit: string;
  /** Null where the published cell is blank or not a number. */
  value: number | null;
  rawValue: string;
}

export interface LoadedFactorSet {
  info: FactorSetInfo;
  rows: FactorRow[];
}

/**
 * Read access to factor sets for the calculator: backed by the workspace database in the app and
 * by the shipped files in tests, with the same answers.
 */
export interface FactorLookup {
  sets(): readonly FactorSetInfo[];
  rows(setId: string): readonly FactorRow[];
}
