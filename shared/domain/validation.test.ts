import { describe, expect, it } from 'vitest';
import { isCompaniesHouseNumber, isUkPostcode, normaliseCompaniesHouseNumber, normaliseUkPostcode } from './validation';

describe('UK postcodes', () => {
  it.each(['SW1A 1AA', 'sw1a1aa', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'W1A 0AX', 'EC1A 1BB', 'BT1 5GS', 'GIR 0AA', '  ec1a   1bb '])('accepts %s', (pc) => {
    expect(isUkPostcode(pc)).toBe(true);
  });
  it.each(['', 'NOTAPC', '12345', 'SW1A', 'SW1A 1A', 'Q1 1AA', 'AAA1 1AA', '1SW 1AA', 'SW1A 1AAA'])('refuses %s', (pc) => {
    expect(isUkPostcode(pc)).toBe(false);
  });
  it('normalises case and spacing', () => {
    expect(normaliseUkPostcode(' sw1a1aa ')).toBe('SW1A 1AA');
  });
});

describe('Companies House numbers', () => {
  it.each(['01234567', '1234567', 'SC123456', 'ni 012345', 'OC301234'])('accepts %s', (n) => {
    expect(isCompaniesHouseNumber(n)).toBe(true);
  });
  it.each(['00000000', 'XX123456', 'SC12345', '123456789', 'ABCDEFGH', ''])('refuses %s', (n) => {
    expect(isCompaniesHouseNumber(n)).toBe(false);
  });
  it('pads dropped leading zeros', () => {
    expect(normaliseCompaniesHouseNumber('1234567')).toBe('01234567');
  });
});
