import { describe, expect, it } from 'vitest';
import { checkSite } from './site-draft';

describe('checkSite', () => {
  it('normalises a valid UK site', () => {
    expect(checkSite({ name: ' Head office ', country: 'GB', postcode: 'sw1a1aa', floorArea: '1,250' })).toEqual({
      value: { name: 'Head office', country: 'GB', postcode: 'SW1A 1AA', floorAreaM2: 1250 },
      errors: {},
    });
  });

  it('requires a real postcode in the UK only', () => {
    expect(checkSite({ name: 'A', country: 'GB', postcode: '', floorArea: '' }).errors).toEqual({
      postcode: 'Enter the postcode: it is needed for UK sites',
    });
    expect(checkSite({ name: 'A', country: 'GB', postcode: 'ABC', floorArea: '' }).errors.postcode).toMatch(/not a valid UK postcode/);
    expect(checkSite({ name: 'A', country: 'FR', postcode: '', floorArea: '' }).value).toEqual({
      name: 'A',
      country: 'FR',
      postcode: '',
      floorAreaM2: null,
    });
  });

  it('explains a floor area that is not a number, and refuses zero', () => {
    expect(checkSite({ name: 'A', country: 'FR', postcode: '', floorArea: 'big' }).errors.floorAreaM2).toMatch(/as a number of square metres/);
    expect(checkSite({ name: 'A', country: 'FR', postcode: '', floorArea: '0' }).errors.floorAreaM2).toBe('Floor area must be more than 0 m²');
  });
});
