import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { materialOf, routeOf, wasteTransferNotesProfile as waste } from './waste-transfer-notes';

describe('waste-transfer-notes', () => {
  it('recognises transfer-note logs', () => {
    expect(waste.match(['Date', 'WTN number', 'EWC code', 'Description', 'Weight (kg)', 'Disposal route'])).toBe(88);
    expect(waste.match(['Collection date', 'Waste type', 'Tonnes', 'Treatment'])).toBe(80);
    expect(waste.match(['Date', 'Waste type', 'Tonnes'])).toBe(0);
  });

  it('reads EWC codes, descriptions and routes, including R/D codes', () => {
    expect([materialOf('20 03 01', ''), materialOf('15 01 01', ''), materialOf('16 06 01*', ''), materialOf('', 'Dry mixed recycling'), materialOf('', 'Food waste'), materialOf('', 'Unicorn dust')]).toEqual([
      'commercial-industrial', 'paper-board-mixed', 'batteries', 'commercial-industrial', 'food-drink', null,
    ]);
    expect(['Landfill', 'Energy from waste', 'R1', 'Recycling', 'R3', 'Composting', 'AD', 'R13 storage', 'Transfer station', 'Buried?'].map(routeOf)).toEqual([
      'landfill', 'combustion', 'combustion', 'recycled', 'recycled', 'composting', 'anaerobic-digestion', 'not-final', 'not-final', null,
    ]);
  });

  it('turns collections into DESNZ waste activities per month, in kg or tonnes', () => {
    const csv =
      'Date,WTN number,EWC code,Description,Weight (kg),Disposal route\n' +
      '13/05/2025,WTN-881,20 03 01,General waste,420,Energy from waste\n' +
      '20/05/2025,WTN-882,20 03 01,General waste,380,Energy from waste\n' +
      '20/05/2025,WTN-882,15 01 01,Cardboard,150,Recycling\n' +
      '21/05/2025,WTN-883,,Food waste,60,Anaerobic digestion\n' +
      '22/05/2025,WTN-884,,Food waste,30,Recycling\n' +
      '23/05/2025,WTN-885,20 01 21*,Fluorescent tubes,5,Recycling\n' +
      '24/05/2025,WTN-886,20 03 01,General waste,100,R13\n' +
      '25/05/2025,WTN-881,20 03 01,General waste,420,Energy from waste\n';
    const result = runProfile(waste, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.quantity, r.unit, r.periodStart, r.periodEnd, r.sourceRef])).toEqual([
      [2, 'waste-commercial-industrial-combustion', 800, 'kg', '2025-05-13', '2025-05-20', 'WTN-881, WTN-882'],
      [4, 'waste-paper-board-mixed-closed-loop', 150, 'kg', '2025-05-20', '2025-05-20', 'WTN-882'],
      [5, 'waste-food-drink-anaerobic-digestion', 60, 'kg', '2025-05-21', '2025-05-21', 'WTN-883'],
    ]);
    expect(result.rejects).toEqual([
      { rowNumber: 6, column: 'Disposal route', reason: 'DESNZ has no factor for food and drink waste sent to recycling (it has: landfill, energy from waste, composting, anaerobic digestion)' },
      { rowNumber: 7, column: 'EWC code', reason: '"20 01 21* Fluorescent tubes" is not a waste the app can match to a DESNZ material: give the EWC code or a plainer description (e.g. "mixed paper and card", "general waste")' },
      { rowNumber: 8, column: 'Disposal route', reason: '"R13" is storage or transfer before treatment, not where the waste ended up: ask the contractor for the final route' },
      { rowNumber: 9, column: 'WTN number', reason: 'waste transfer note line "WTN-881 20 03 01" is already on row 2: a repeated line is not counted twice' },
    ]);
    expect(result.records[0]?.description).toBe('Waste: commercial and industrial waste, incinerated (energy from waste), May 2025: 2 collections (rows 2 and 3)');
  });

  it('needs to know kg or tonnes', () => {
    const result = runProfile(waste, 'Date,Waste type,Weight,Route\n13/05/2025,Glass,1.2,Recycled\n');
    expect(result.rejects).toEqual([{ rowNumber: 2, column: null, reason: 'the file does not say whether weights are kg or tonnes' }]);
    const tonnes = runProfile(waste, 'Date,Waste type,Weight,Unit,Route\n13/05/2025,Glass,1.2,t,Recycled\n');
    expect(tonnes.records.map((r) => [r.activityId, r.quantity, r.unit])).toEqual([['waste-glass-closed-loop', 1.2, 'tonne']]);
  });
});
