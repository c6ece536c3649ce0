import type { FieldErrors } from '../../lib/field-errors';
import { checkOrganisation, type OrganisationDraft, type OrganisationValues } from '../organisation/organisation-draft';
import { checkSite, newSiteDraft, type SiteDraft, type SiteValues } from '../sites/site-draft';

export type WizardStep = 1 | 2 | 3;
export const stepTitles = { 1: 'Your organisation', 2: 'Your sites', 3: 'Check and create' } as const;

/** A site row in the wizard; `key` is stable while rows are added and removed. */
export interface WizardSite {
  key: string;
  draft: SiteDraft;
}

let nextKey = 1;
export function newWizardSite(): WizardSite {
  return { key: `s${nextKey++}`, draft: newSiteDraft() };
}

// Error keys: `organisation.<field>` and `sites.<row key>.<field>`. Row keys (not indexes) keep a
// message on the right row when an earlier row is removed.
export const orgKey = (field: string) => `organisation.${field}`;
export const siteKey = (rowKey: string, field: string) => `sites.${rowKey}.${field}`;

export function checkOrganisationStep(draft: OrganisationDraft): { value: OrganisationValues | null; errors: Record<string, string> } {
  const checked = checkOrganisation(draft);
  const errors: Record<string, string> = {};
  for (const [field, message] of Object.entries(checked.errors)) errors[orgKey(field)] = message;
  return { value: checked.value, errors };
}

export function checkSitesStep(sites: readonly WizardSite[]): { value: SiteValues[] | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const values: SiteValues[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    const checked = checkSite(site.draft);
    for (const [field, message] of Object.entries(checked.errors)) errors[siteKey(site.key, field)] = message;
    // The backend refuses two sites with one name; say so on the second one before it gets there.
    const name = site.draft.name.trim().toLowerCase();
    if (name && seen.has(name)) errors[siteKey(site.key, 'name')] = 'You already have a site with this name: give each site its own name';
    seen.add(name);
    if (checked.value) values.push(checked.value);
  }
  if (sites.length === 0) errors.sites = 'Add at least one site';
  return Object.keys(errors).length > 0 ? { value: null, errors } : { value: values, errors: {} };
}

/** Server fields (`sites.0.postcode`) → wizard keys (`sites.s1.postcode`). */
export function wizardKeysFromServer(fields: FieldErrors, sites: readonly WizardSite[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^sites\.(\d+)\.(.+)$/.exec(path);
    const row = match ? sites[Number(match[1])] : undefined;
    out[match && row ? siteKey(row.key, match[2] ?? '') : path] = message;
  }
  return out;
}

export function stepOfKey(key: string): WizardStep {
  if (key.startsWith('organisation.')) return 1;
  if (key === 'sites' || key.startsWith('sites.')) return 2;
  return 3;
}
