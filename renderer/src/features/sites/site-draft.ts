import type { z } from 'zod';
import { siteInputSchema, type Site } from '../../../../shared/domain/organisation';
import { zodFieldErrors, type Checked } from '../../lib/field-errors';

/** What a site form holds, as typed. Error keys are the schema's: name, country, postcode, floorAreaM2. */
export interface SiteDraft {
  name: string;
  country: string;
  postcode: string;
  floorArea: string;
}

export type SiteValues = z.output<typeof siteInputSchema>;

export function newSiteDraft(): SiteDraft {
  return { name: '', country: 'GB', postcode: '', floorArea: '' };
}

export function siteDraftFrom(site: Site): SiteDraft {
  return {
    name: site.name,
    country: site.country,
    postcode: site.postcode,
    floorArea: site.floorAreaM2 === null ? '' : String(site.floorAreaM2),
  };
}

// People write "1,250" or "1 250 m²"; anything else that is not a plain number gets a clear message.
function parseFloorArea(text: string): { value: number | null; ok: boolean } {
  const compact = text.replace(/[,\s]/g, '').replace(/m²$|m2$/i, '');
  if (compact === '') return { value: null, ok: true };
  if (!/^\d+(\.\d+)?$/.test(compact)) return { value: null, ok: false };
  return { value: Number(compact), ok: true };
}

export function checkSite(draft: SiteDraft): Checked<SiteValues> {
  const floorArea = parseFloorArea(draft.floorArea);
  const parsed = siteInputSchema.safeParse({
    name: draft.name,
    country: draft.country,
    postcode: draft.postcode,
    floorAreaM2: floorArea.value,
  });
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (!floorArea.ok) errors.floorAreaM2 = 'Enter the floor area as a number of square metres, for example 250';
  if (errors.postcode && draft.country.trim().toUpperCase() === 'GB' && draft.postcode.trim() === '') {
    errors.postcode = 'Enter the postcode: it is needed for UK sites';
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { value: null, errors };
  return { value: parsed.data, errors: {} };
}

export type SiteErrorKey = 'name' | 'country' | 'postcode' | 'floorAreaM2';

/** The error key a draft field's messages live under. */
export function siteErrorKeyOf(field: keyof SiteDraft): SiteErrorKey {
  return field === 'floorArea' ? 'floorAreaM2' : field;
}
