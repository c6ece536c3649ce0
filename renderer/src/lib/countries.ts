import { countryCodes } from '../../../shared/domain/countries';

const regionNames = new Intl.DisplayNames(['en-GB'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

/** United Kingdom first (most sites are there), then every other country by name. */
export const countryOptions: readonly CountryOption[] = (() => {
  const collator = new Intl.Collator('en-GB');
  const others = countryCodes
    .filter((code) => code !== 'GB')
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return [{ code: 'GB', name: countryName('GB') }, ...others];
})();
