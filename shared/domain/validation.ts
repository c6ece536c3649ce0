// UK identifiers entered by people: normalise first (case, spaces, dropped leading zeros), then
// validate the normal form, so "sw1a1aa" and "SW1A 1AA" are the same postcode.

// Royal Mail's letter rules per position (no Q/V/X first, no I/J/Z second, restricted letters in
// A9A / AA9A outward codes and in the inward code), not just the shape.
const UK_POSTCODE =
  /^(GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$/;

export function normaliseUkPostcode(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  if (compact.length < 5) return compact;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function isUkPostcode(raw: string): boolean {
  return UK_POSTCODE.test(normaliseUkPostcode(raw));
}

/** Postcode areas served by the Northern Ireland grid (the Single Electricity Market). */
export function isNorthernIrelandPostcode(raw: string): boolean {
  return normaliseUkPostcode(raw).startsWith('BT');
}

// Companies House numbers are 8 characters: 8 digits (England & Wales companies), or a 2-letter
// register prefix followed by 6 digits (SC Scotland, NI Northern Ireland, OC LLPs, …).
const CH_PREFIXES = [
  'AC', 'CE', 'CS', 'FC', 'FE', 'GE', 'GN', 'GS', 'IC', 'IP', 'LP', 'NA', 'NC', 'NF', 'NI', 'NL',
  'NO', 'NP', 'NR', 'NZ', 'OC', 'R0', 'RC', 'RS', 'SA', 'SC', 'SE', 'SF', 'SG', 'SI', 'SL', 'SO',
  'SP', 'SR', 'SZ', 'ZC',
] as const;

export function normaliseCompaniesHouseNumber(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  // People often drop leading zeros ("1234567" for "01234567").
  if (/^\d{1,7}$/.test(compact)) return compact.padStart(8, '0');
  return compact;
}

export function isCompaniesHouseNumber(raw: string): boolean {
  const value = normaliseCompaniesHouseNumber(raw);
  if (/^\d{8}$/.test(value)) return value !== '00000000';
  const prefix = value.slice(0, 2);
  return (CH_PREFIXES as readonly string[]).includes(prefix) && /^\d{6}$/.test(value.slice(2));
}
