import { describe, expect, it } from 'vitest';
import type { Site } from '../../../../shared/domain/organisation';
import { applyChange, checkInstrument, marketOfSite, newInstrumentDraft, type InstrumentDraft } from './instrument-draft';
import { checkResidualMix } from './residual-mix-draft';

function site(id: string, postcode: string, country = 'GB'): Site {
  return { id, name: id, country, postcode, floorAreaM2: null, createdAt: '', updatedAt: '' };
}

const london = site('London', 'SW1A 1AA');
const belfast = site('Belfast', 'bt1 5gs');
const paris = site('Paris', '75001', 'FR');

function valid(overrides: Partial<InstrumentDraft> = {}): InstrumentDraft {
  return { ...newInstrumentDraft([london]), supplier: 'Octopus Energy', periodStart: '2025-04-01', periodEnd: '2026-03-31', ...overrides };
}

describe('instrument draft', () => {
  it('finds the market from the postcode: BT is Northern Ireland, other UK postcodes GB, abroad none', () => {
    expect(marketOfSite(london)).toBe('GB');
    expect(marketOfSite(belfast)).toBe('NI');
    expect(marketOfSite(paris)).toBeNull();
    expect(newInstrumentDraft([belfast, paris]).market).toBe('NI');
    expect(newInstrumentDraft([belfast, london]).market).toBe('GB');
  });

  it('sets the market from a chosen site and keeps a typed factor when the type changes', () => {
    const sites = [london, belfast];
    expect(applyChange(valid(), 'siteId', 'Belfast', sites).market).toBe('NI');
    expect(applyChange(valid({ market: 'NI', siteId: 'Belfast' }), 'siteId', '', sites).market).toBe('NI');

    const mix = applyChange(valid(), 'kind', 'supplier-mix', sites);
    expect(mix.factor).toBe('');
    expect(applyChange(mix, 'kind', 'ppa', sites).factor).toBe('0');
    expect(applyChange({ ...mix, factor: '0.193' }, 'kind', 'ppa', sites).factor).toBe('0.193');
  });

  it('normalises a valid draft to the contract input', () => {
    expect(checkInstrument(valid({ tariff: '  ', volumeMwh: '1 250.5', notes: '' }), [london])).toEqual({
      value: {
        kind: 'rego-tariff',
        supplier: 'Octopus Energy',
        tariff: null,
        siteId: null,
        market: 'GB',
        periodStart: '2025-04-01',
        periodEnd: '2026-03-31',
        volumeMwh: 1250.5,
        factorKgCo2ePerKwh: 0,
        evidenceName: null,
        additional: false,
        subsidised: false,
        directSupply: false,
        notes: null,
      },
      errors: {},
    });
  });

  it('reports every problem at once, in words', () => {
    const { value, errors } = checkInstrument(
      valid({ kind: 'ppa', supplier: '', periodStart: '2026-04-01', periodEnd: '2025-04-01', factor: 'zero', siteId: 'Paris' }),
      [london, paris],
    );
    expect(value).toBeNull();
    expect(errors).toEqual({
      supplier: 'Supplier is required',
      periodEnd: 'The period must end on or after its start',
      volumeMwh: 'Enter the volume in MWh that the certificates or contract cover',
      factorKgCo2ePerKwh: 'Enter the emission factor as a number of kg CO2e per kWh, for example 0 or 0.193',
      siteId: 'Paris is outside the UK: UK certificates cannot cover it',
    });
    expect(checkInstrument(valid({ factor: '233' }), []).errors.factorKgCo2ePerKwh).toMatch(/kg CO2e per kWh \(grid average is about 0.2\)/);
    expect(checkInstrument(valid({ periodStart: '' }), []).errors.periodStart).toBe('Enter the date the contract or certificates start');
  });
});

describe('residual mix draft', () => {
  it('needs a year, a factor and a source of at least 10 characters', () => {
    expect(checkResidualMix({ market: 'GB', year: '25', factor: '', source: 'DESNZ' }).errors).toEqual({
      year: 'Enter the year as four digits, for example 2025',
      factorKgCo2ePerKwh: 'Enter the residual mix factor in kg CO2e per kWh',
      source: 'Say where this value comes from (publication, table and year), so it can be checked',
    });
    expect(checkResidualMix({ market: 'GB', year: '1999', factor: '0.3', source: 'A published table, 1999' }).errors).toEqual({
      year: 'Enter a year between 2000 and 2100',
    });
    expect(checkResidualMix({ market: 'NI', year: ' 2025 ', factor: '0.35', source: '  AIB residual mix 2025  ' }).value).toEqual({
      market: 'NI',
      year: 2025,
      factorKgCo2ePerKwh: 0.35,
      source: 'AIB residual mix 2025',
    });
  });
});
