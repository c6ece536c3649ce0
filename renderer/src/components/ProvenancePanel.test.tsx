import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EmissionComponentDto } from '../../../shared/domain/activities';
import { ProvenancePanel } from './ProvenancePanel';

const component: EmissionComponentDto = {
  role: 'generation',
  label: 'Electricity generation',
  scope: 2,
  scope3Category: null,
  method: 'location-based',
  co2eKg: 198.7414969155,
  gases: null,
  quantity: 1,
  quantityUnit: 'MWh',
  notes: ['kWh converted to MWh: × 0.001'],
  provenance: {
    setId: 'us-egrid-2023-vegrid2023-hub2025',
    dataset: 'us-egrid',
    publisher: 'U.S. EPA',
    setTitle: 'EPA GHG Emission Factors Hub 2025, Table 6 Electricity',
    year: 2023,
    version: 'eGRID2023',
    verified: true,
    caveat: 'Location-based factors for sites in the United States only.',
    factorId: 12,
    rowNumber: 4,
    externalId: null,
    path: { scope: 'Scope 2', level1: 'Electricity: USA', level2: 'eGRID subregion', level3: 'CAMX', level4: 'WECC California', columnText: 'Total output', uom: 'MWh', ghgUnit: 'lb CO2' },
    value: 198.7414969155,
    unit: 'kg CO2e per MWh',
    derivation: '(436.655 lb CO2 + 28 × 0.025 lb CH4 + 265 × 0.003 lb N2O) per MWh × 0.45359237 kg/lb',
  },
};

describe('ProvenancePanel', () => {
  it('explains one figure: the sum, the source, the row, the reason and the warnings', () => {
    render(<ProvenancePanel component={component} factorYearReason="eGRID 2023: the only set loaded" warnings={['US data only.']} open />);
    expect(screen.getByText('How was this calculated?')).toBeTruthy();
    expect(screen.getByText(/1 MWh × 198.741496915 kg CO2e per MWh =/)).toBeTruthy();
    expect(screen.getByText('198.741 kg')).toBeTruthy();
    expect(screen.getByText(/U.S. EPA: EPA GHG Emission Factors Hub 2025, Table 6 Electricity, 2023, version eGRID2023/)).toBeTruthy();
    expect(screen.getByText('Verified source')).toBeTruthy();
    expect(screen.getByText('Location-based factors for sites in the United States only.')).toBeTruthy();
    expect(screen.getByText(/Row 4 of the 2023 file: Scope 2 › Electricity: USA › eGRID subregion › CAMX › WECC California › Total output/)).toBeTruthy();
    expect(screen.getByText(/AR5|0.45359237/)).toBeTruthy();
    expect(screen.getByText('kWh converted to MWh: × 0.001')).toBeTruthy();
    expect(screen.getByText(/eGRID 2023: the only set loaded/)).toBeTruthy();
    expect(screen.getByRole('note', { name: 'Things to be aware of' }).textContent).toContain('US data only.');
  });

  it('is closed until asked, so it can sit next to any number', () => {
    const { container } = render(<ProvenancePanel component={{ ...component, provenance: { ...component.provenance, verified: false } }} />);
    expect(container.querySelector('details')?.open).toBe(false);
    expect(screen.getByText('Unverified source')).toBeTruthy();
  });
});
