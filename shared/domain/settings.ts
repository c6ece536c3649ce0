import { z } from 'zod';

export const preferencesSchema = z.object({
  /** How numbers are shown: tonnes for reports, kilograms for small footprints. */
  emissionsUnit: z.enum(['tCO2e', 'kgCO2e']),
  theme: z.enum(['system', 'light', 'dark']),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = { emissionsUnit: 'tCO2e', theme: 'system' };
