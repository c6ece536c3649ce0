import { z } from 'zod';
import { isCountryCode } from './countries';
import {
  isCompaniesHouseNumber,
  normaliseCompaniesHouseNumber,
  normaliseUkPostcode,
  isUkPostcode,
} from './validation';

const MIN_BASE_YEAR = 1990;

const trimmed = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const companiesHouseNumberSchema = z
  .string()
  .trim()
  .transform((raw) => (raw === '' ? null : normaliseCompaniesHouseNumber(raw)))
  .refine((value) => value === null || isCompaniesHouseNumber(value), {
    message:
      'Companies House number must be 8 characters: 8 digits (e.g. 01234567) or a 2-letter prefix and 6 digits (e.g. SC123456)',
  });

export const organisationInputSchema = z.object({
  name: trimmed('Organisation name', 200),
  companiesHouseNumber: companiesHouseNumberSchema.nullable().optional().transform((v) => v ?? null),
  reportingYearStartMonth: z
    .number()
    .int()
    .min(1, 'Reporting year start month must be 1–12')
    .max(12, 'Reporting year start month must be 1–12'),
  baseYear: z
    .number()
    .int()
    .min(MIN_BASE_YEAR, `Base year must be ${MIN_BASE_YEAR} or later`)
    .max(2100, 'Base year must be a four-digit year'),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  companiesHouseNumber: z.string().nullable(),
  reportingYearStartMonth: z.number().int(),
  baseYear: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;

const siteFields = z.object({
  name: trimmed('Site name', 200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, { message: 'Country must be a two-letter ISO country code such as GB' }),
  postcode: z.string().trim().max(20, 'Postcode is too long'),
  floorAreaM2: z
    .number()
    .positive('Floor area must be more than 0 m²')
    .max(10_000_000, 'Floor area looks too large: enter it in square metres')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});

// A UK site needs a real UK postcode (it decides the grid region and GB/NI); elsewhere a postal
// code is optional free text.
function withPostcodeRule<T extends z.ZodType<{ country: string; postcode: string }>>(schema: T) {
  return schema
    .superRefine((site, ctx) => {
      if (site.country === 'GB') {
        if (!isUkPostcode(site.postcode)) {
          ctx.addIssue({
            code: 'custom',
            path: ['postcode'],
            message: `"${site.postcode}" is not a valid UK postcode: use the form SW1A 1AA`,
          });
        }
      }
    })
    .transform((site) =>
      site.country === 'GB' ? { ...site, postcode: normaliseUkPostcode(site.postcode) } : site,
    );
}

export const siteInputSchema = withPostcodeRule(siteFields);
export type SiteInput = z.input<typeof siteInputSchema>;

export const siteSchema = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  postcode: z.string(),
  floorAreaM2: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

export const siteUpdateSchema = z.object({ id: z.string().min(1), site: siteInputSchema });
