// The sample company as plain data, before it is written into a workspace.

export type SiteKey = 'workshop' | 'office';
export type DataQuality = 'metered' | 'invoice' | 'estimate' | 'spend' | 'proxy';

export interface SampleSite {
  key: SiteKey;
  name: string;
  country: string;
  postcode: string;
  floorAreaM2: number;
}

/** One activity record entered directly (bills, travel, commuting, waste, water, spend). */
export interface SampleRecord {
  site: SiteKey;
  activityId: string;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  unit: string;
  dataQuality: DataQuality;
  description: string;
  meter: string | null;
}

/** A file that goes through the real import pipeline with the given layout. */
export interface SampleImport {
  site: SiteKey;
  profileId: string;
  fileName: string;
  text: string;
}

export interface SampleAction {
  title: string;
  description: string;
  status: 'planned' | 'in-progress' | 'completed';
  startedOn: string | null;
  completedOn: string | null;
  site: SiteKey;
  estimatedSavingKwh: number | null;
  estimatedSavingCo2eKg: number | null;
}

export interface SampleData {
  organisation: { name: string; companiesHouseNumber: null; reportingYearStartMonth: number; baseYear: number };
  sites: SampleSite[];
  records: SampleRecord[];
  imports: SampleImport[];
  actions: SampleAction[];
  metrics: { year: number; turnoverGbp: number; employeesFte: number }[];
  years: { base: number; latest: number };
}
