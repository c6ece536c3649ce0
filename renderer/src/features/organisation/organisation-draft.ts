import type { z } from 'zod';
import { organisationInputSchema, type Organisation } from '../../../../shared/domain/organisation';
import { zodFieldErrors, type Checked } from '../../lib/field-errors';

/** What the organisation form holds: text as typed, so half-typed values are never lost. */
export interface OrganisationDraft {
  name: string;
  companiesHouseNumber: string;
  reportingYearStartMonth: string;
  baseYear: string;
}

export type OrganisationValues = z.output<typeof organisationInputSchema>;

const APRIL = 4;

export function newOrganisationDraft(today: Date = new Date()): OrganisationDraft {
  return { name: '', companiesHouseNumber: '', reportingYearStartMonth: String(APRIL), baseYear: String(today.getFullYear() - 1) };
}

export function organisationDraftFrom(organisation: Organisation): OrganisationDraft {
  return {
    name: organisation.name,
    companiesHouseNumber: organisation.companiesHouseNumber ?? '',
    reportingYearStartMonth: String(organisation.reportingYearStartMonth),
    baseYear: String(organisation.baseYear),
  };
}

/** The shared schema decides; the form only adds the messages for text that is not a number at all. */
export function checkOrganisation(draft: OrganisationDraft): Checked<OrganisationValues> {
  const baseYearText = draft.baseYear.trim();
  const baseYearIsNumber = /^\d{4}$/.test(baseYearText);
  const parsed = organisationInputSchema.safeParse({
    name: draft.name,
    companiesHouseNumber: draft.companiesHouseNumber,
    reportingYearStartMonth: Number(draft.reportingYearStartMonth),
    baseYear: baseYearIsNumber ? Number(baseYearText) : 0,
  });
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (!baseYearIsNumber) errors.baseYear = 'Enter the base year as four digits, for example 2025';
  if (Object.keys(errors).length > 0 || !parsed.success) return { value: null, errors };
  return { value: parsed.data, errors: {} };
}
