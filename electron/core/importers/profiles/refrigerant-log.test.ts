import { describe, expect, it } from 'vitest';
import { runProfile } from './profile-test-kit';
import { refrigerantActivity, refrigerantLogProfile as fgas } from './refrigerant-log';

describe('refrigerant-log', () => {
  it('recognises F-gas logs', () => {
    expect(fgas.match(['Date', 'Site', 'Equipment', 'Refrigerant', 'Action', 'Amount added (kg)', 'Engineer', 'Job number'])).toBe(86);
    expect(fgas.match(['Date', 'Gas', 'kg'])).toBe(70);
    expect(fgas.match(['Date', 'Gas'])).toBe(0);
  });

  it('names refrigerants however they are written', () => {
    expect(['R410A', 'r-410a', 'R32', 'HFC-134a', 'FM-200', 'CO2', 'R1234ze(E)', 'R290', 'R22'].map(refrigerantActivity)).toEqual([
      'refrigerant-r410a', 'refrigerant-r410a', 'refrigerant-r32', 'refrigerant-r134a', 'refrigerant-r227ea', 'refrigerant-r744-co2', 'refrigerant-r1234ze', 'refrigerant-r290-propane', null,
    ]);
  });

  it('records top-ups per equipment and month; refuses recovered gas, first charges and unknown gases', () => {
    const csv =
      'Date,Site,Equipment,Refrigerant,Action,Amount added (kg),Job number\n' +
      '14/03/2025,Head office,AC-1 (server room),R410A,Leak repair and top up,1.2,J-100\n' +
      '28/03/2025,Head office,AC-1 (server room),R-410A,Top up,0.4,J-108\n' +
      '14/03/2025,Head office,Heat pump,R32,Top-up,0.75,J-101\n' +
      '15/03/2025,Head office,Chiller,R407C,Recovered for disposal,12,J-102\n' +
      '16/03/2025,Head office,New cassette,R32,Initial charge,2.5,J-103\n' +
      '17/03/2025,Head office,Old split,R22,Top up,1,J-104\n' +
      '18/03/2025,Head office,AC-2,R410A,Top up,0,J-105\n';
    const result = runProfile(fgas, csv);
    expect(result.records.map((r) => [r.rowNumber, r.activityId, r.meter, r.quantity, r.unit, r.periodStart, r.periodEnd, r.sourceRef, r.dataQuality])).toEqual([
      [2, 'refrigerant-r410a', 'AC-1 (server room)', 1.6, 'kg', '2025-03-14', '2025-03-28', 'J-100, J-108', 'invoice'],
      [4, 'refrigerant-r32', 'Heat pump', 0.75, 'kg', '2025-03-14', '2025-03-14', 'J-101', 'invoice'],
    ]);
    expect(result.rejects).toEqual([
      { rowNumber: 5, column: 'Action', reason: 'gas recovered from a system is not a leak: only gas added to replace losses is counted' },
      { rowNumber: 6, column: 'Action', reason: 'the first charge of new equipment is not a leak: only top-ups are counted' },
      { rowNumber: 7, column: 'Refrigerant', reason: '"R22" is not a refrigerant with a DESNZ factor in the catalogue (R32, R125, R134A, R143A, R227EA, R23, R744, SF6, R404A, R407A, R407C, R407F, R410A, R417A, R422D, R507A, R508B, R290, R600A, R1234YF, R1234ZE)' },
      { rowNumber: 8, column: 'Amount added (kg)', reason: 'no gas was added' },
    ]);
  });

  it('reads grams, and a "Unit" column that names the air-conditioning unit', () => {
    const grams = runProfile(fgas, 'Date,Gas,Amount added (g)\n14/03/2025,R32,750\n');
    expect(grams.records.map((r) => [r.quantity, r.unit])).toEqual([[0.75, 'kg']]);
    const units = runProfile(fgas, 'Date,Unit,Refrigerant,kg\n14/03/2025,AC-3,R32,0.5\n');
    expect(units.records.map((r) => [r.meter, r.quantity])).toEqual([['AC-3', 0.5]]);
  });
});
