// Golden cases: every expected number below was read from the shipped DESNZ flat file named in
// the comment (row number = data row, header excluded) and multiplied out by hand. None comes
// from the calculator. If one fails, either the catalogue maps the wrong row or the maths moved.
import { describe, it } from 'vitest';
import { expectGolden, type GoldenCase } from './golden-harness';

const CASES: GoldenCase[] = [
  {
    name: 'UK grid electricity 2016',
    input: { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 516.8,
    components: [
      // 2016.csv row 1653: Scope 2 / UK electricity / Electricity generated / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.41205 → 1000 × 0.41205 = 412.05
      { role: 'generation', co2eKg: 412.05, rowNumber: 1653, value: 0.41205, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', '', '', 'kWh'] },
      // 2016.csv row 1798: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.03727 → 1000 × 0.03727 = 37.27
      { role: 'td-losses', co2eKg: 37.27, rowNumber: 1798, value: 0.03727, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', '', '', 'kWh'] },
      // 2016.csv row 1973: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (generation) / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.06188 → 1000 × 0.06188 = 61.88
      { role: 'wtt-generation', co2eKg: 61.88, rowNumber: 1973, value: 0.06188, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (generation)', 'Electricity: UK', '', '', 'kWh'] },
      // 2016.csv row 1974: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (T&D) / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.0056 → 1000 × 0.0056 = 5.6
      { role: 'wtt-td-losses', co2eKg: 5.6, rowNumber: 1974, value: 0.0056, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (T&D)', 'Electricity: UK', '', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2021',
    input: { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 291.3,
    components: [
      // 2021.csv row 1969: Scope 2 / UK electricity / Electricity generated / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.21233 → 1000 × 0.21233 = 212.33
      { role: 'generation', co2eKg: 212.33, rowNumber: 1969, value: 0.21233, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', '', '', 'kWh'] },
      // 2021.csv row 2431: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.01879 → 1000 × 0.01879 = 18.79
      { role: 'td-losses', co2eKg: 18.79, rowNumber: 2431, value: 0.01879, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', '', '', 'kWh'] },
      // 2021.csv row 2857: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (generation) / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.05529 → 1000 × 0.05529 = 55.29
      { role: 'wtt-generation', co2eKg: 55.29, rowNumber: 2857, value: 0.05529, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (generation)', 'Electricity: UK', '', '', 'kWh'] },
      // 2021.csv row 2858: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (T&D) / Electricity: UK / (empty) / (empty) / kWh, kg CO2e 0.00489 → 1000 × 0.00489 = 4.89
      { role: 'wtt-td-losses', co2eKg: 4.89, rowNumber: 2858, value: 0.00489, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (T&D)', 'Electricity: UK', '', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2022',
    input: { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2022-01-01', periodEnd: '2022-12-31' },
    setId: 'uk-desnz-2022-v3.00',
    year: 2022,
    totalKg: 261.55,
    components: [
      // 2022.csv row 2849: Scope 2 / UK electricity / Electricity generated / Electricity: UK / 2020 / (empty) / kWh, kg CO2e 0.19338 → 1000 × 0.19338 = 193.38
      { role: 'generation', co2eKg: 193.38, rowNumber: 2849, value: 0.19338, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', '2020', '', 'kWh'] },
      // 2022.csv row 3407: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / 2020 / (empty) / kWh, kg CO2e 0.01769 → 1000 × 0.01769 = 17.69
      { role: 'td-losses', co2eKg: 17.69, rowNumber: 3407, value: 0.01769, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', '2020', '', 'kWh'] },
      // 2022.csv row 3719: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (generation) / Electricity: UK / 2020 / (empty) / kWh, kg CO2e 0.04625 → 1000 × 0.04625 = 46.25
      { role: 'wtt-generation', co2eKg: 46.25, rowNumber: 3719, value: 0.04625, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (generation)', 'Electricity: UK', '2020', '', 'kWh'] },
      // 2022.csv row 3720: Scope 3 / WTT- UK & overseas elec / WTT- UK electricity (T&D) / Electricity: UK / 2020 / (empty) / kWh, kg CO2e 0.00423 → 1000 × 0.00423 = 4.23
      { role: 'wtt-td-losses', co2eKg: 4.23, rowNumber: 3720, value: 0.00423, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK & overseas elec', 'WTT- UK electricity (T&D)', 'Electricity: UK', '2020', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2024',
    input: { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 275.22,
    components: [
      // 2024.csv row 3060: Scope 2 / UK electricity / Electricity generated / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.20705 → 1000 × 0.20705 = 207.05
      { role: 'generation', co2eKg: 207.05, rowNumber: 3060, value: 0.20705, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2024.csv row 3621: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0183 → 1000 × 0.0183 = 18.3
      { role: 'td-losses', co2eKg: 18.3, rowNumber: 3621, value: 0.0183, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2024.csv row 3933: Scope 3 / WTT- UK electricity / WTT- UK electricity (generation) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0459 → 1000 × 0.0459 = 45.9
      { role: 'wtt-generation', co2eKg: 45.9, rowNumber: 3933, value: 0.0459, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (generation)', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2024.csv row 3934: Scope 3 / WTT- UK electricity / WTT- UK electricity (T&D) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.00397 → 1000 × 0.00397 = 3.97
      { role: 'wtt-td-losses', co2eKg: 3.97, rowNumber: 3934, value: 0.00397, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (T&D)', 'Electricity: UK', 'kWh', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2025',
    input: { activityId: 'grid-electricity-uk', quantity: 1000, unit: 'kWh', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 245.4,
    components: [
      // 2025.csv row 3060: Scope 2 / UK electricity / Electricity generated / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.177 → 1000 × 0.177 = 177
      { role: 'generation', co2eKg: 177, rowNumber: 3060, value: 0.177, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2025.csv row 3621: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.01853 → 1000 × 0.01853 = 18.53
      { role: 'td-losses', co2eKg: 18.53, rowNumber: 3621, value: 0.01853, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2025.csv row 3933: Scope 3 / WTT- UK electricity / WTT- UK electricity (generation) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0459 → 1000 × 0.0459 = 45.9
      { role: 'wtt-generation', co2eKg: 45.9, rowNumber: 3933, value: 0.0459, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (generation)', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2025.csv row 3934: Scope 3 / WTT- UK electricity / WTT- UK electricity (T&D) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.00397 → 1000 × 0.00397 = 3.97
      { role: 'wtt-td-losses', co2eKg: 3.97, rowNumber: 3934, value: 0.00397, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (T&D)', 'Electricity: UK', 'kWh', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2023 in MWh, April–March year',
    input: { activityId: 'grid-electricity-uk', quantity: 12.5, unit: 'MWh', periodStart: '2023-04-01', periodEnd: '2024-03-31' },
    setId: 'uk-desnz-2023-v1.1',
    year: 2023,
    totalKg: 3435.74250001,
    components: [
      // 2023.csv row 2844: Scope 2 / UK electricity / Electricity generated / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.207074288591 → 12.5 MWh = 12500 kWh × 0.207074288591 = 2588.42860739
      { role: 'generation', co2eKg: 2588.42860739, rowNumber: 2844, value: 0.207074288591, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3405: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0179151114094 → 12.5 MWh = 12500 kWh × 0.0179151114094 = 223.938892618
      { role: 'td-losses', co2eKg: 223.938892618, rowNumber: 3405, value: 0.0179151114094, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3717: Scope 3 / WTT- UK electricity / WTT- UK electricity (generation) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0459 → 12.5 MWh = 12500 kWh × 0.0459 = 573.75
      { role: 'wtt-generation', co2eKg: 573.75, rowNumber: 3717, value: 0.0459, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (generation)', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3718: Scope 3 / WTT- UK electricity / WTT- UK electricity (T&D) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.00397 → 12.5 MWh = 12500 kWh × 0.00397 = 49.625
      { role: 'wtt-td-losses', co2eKg: 49.625, rowNumber: 3718, value: 0.00397, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (T&D)', 'Electricity: UK', 'kWh', '', 'kWh'] },
    ],
  },
  {
    name: 'UK grid electricity 2025 period pinned to 2023',
    input: { activityId: 'grid-electricity-uk', quantity: 500, unit: 'kWh', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2023-v1.1', pinnedYear: 2023,
    year: 2023,
    totalKg: 137.4297,
    components: [
      // 2023.csv row 2844: Scope 2 / UK electricity / Electricity generated / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.207074288591 → 500 × 0.207074288591 = 103.537144295
      { role: 'generation', co2eKg: 103.537144295, rowNumber: 2844, value: 0.207074288591, unit: 'kg CO2e per kWh', path: ['Scope 2', 'UK electricity', 'Electricity generated', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3405: Scope 3 / Transmission and distribution / T&D- UK electricity / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0179151114094 → 500 × 0.0179151114094 = 8.9575557047
      { role: 'td-losses', co2eKg: 8.9575557047, rowNumber: 3405, value: 0.0179151114094, unit: 'kg CO2e per kWh', path: ['Scope 3', 'Transmission and distribution', 'T&D- UK electricity', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3717: Scope 3 / WTT- UK electricity / WTT- UK electricity (generation) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.0459 → 500 × 0.0459 = 22.95
      { role: 'wtt-generation', co2eKg: 22.95, rowNumber: 3717, value: 0.0459, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (generation)', 'Electricity: UK', 'kWh', '', 'kWh'] },
      // 2023.csv row 3718: Scope 3 / WTT- UK electricity / WTT- UK electricity (T&D) / Electricity: UK / kWh / (empty) / kWh, kg CO2e 0.00397 → 500 × 0.00397 = 1.985
      { role: 'wtt-td-losses', co2eKg: 1.985, rowNumber: 3718, value: 0.00397, unit: 'kg CO2e per kWh', path: ['Scope 3', 'WTT- UK electricity', 'WTT- UK electricity (T&D)', 'Electricity: UK', 'kWh', '', 'kWh'] },
    ],
  },
  {
    name: 'natural gas 2016 kWh',
    input: { activityId: 'natural-gas', quantity: 20000, unit: 'kWh', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 4179.73636362,
    components: [
      // 2016.csv row 49: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.183996818181 → 20000 × 0.183996818181 = 3679.93636362
      { role: 'combustion', co2eKg: 3679.93636362, rowNumber: 49, value: 0.183996818181, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
      // 2016.csv row 1879: Scope 3 / WTT- fuels / WTT- gaseous fuels / Natural Gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.02499 → 20000 × 0.02499 = 499.8
      { role: 'wtt', co2eKg: 499.8, rowNumber: 1879, value: 0.02499, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'WTT- gaseous fuels', 'Natural Gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2021 kWh',
    input: { activityId: 'natural-gas', quantity: 15000, unit: 'kWh', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 3217.65,
    components: [
      // 2021.csv row 65: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.18316 → 15000 × 0.18316 = 2747.4
      { role: 'combustion', co2eKg: 2747.4, rowNumber: 65, value: 0.18316, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
      // 2021.csv row 2759: Scope 3 / WTT- fuels / WTT- gaseous fuels / Natural Gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.03135 → 15000 × 0.03135 = 470.25
      { role: 'wtt', co2eKg: 470.25, rowNumber: 2759, value: 0.03135, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'WTT- gaseous fuels', 'Natural Gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2025 kWh',
    input: { activityId: 'natural-gas', quantity: 15000, unit: 'kWh', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 3197.55,
    components: [
      // 2025.csv row 77: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.18296 → 15000 × 0.18296 = 2744.4
      { role: 'combustion', co2eKg: 2744.4, rowNumber: 77, value: 0.18296, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
      // 2025.csv row 3471: Scope 3 / WTT- fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.03021 → 15000 × 0.03021 = 453.15
      { role: 'wtt', co2eKg: 453.15, rowNumber: 3471, value: 0.03021, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2024 m³ at CV 39.5',
    input: { activityId: 'natural-gas', quantity: 1000, unit: 'm3', periodStart: '2024-04-01', periodEnd: '2025-03-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 2391.22916967,
    components: [
      // 2024.csv row 77: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.1829 → 1000 m3 = 11220.6333333 kWh (Gross CV) × 0.1829 = 2052.25383667
      { role: 'combustion', co2eKg: 2052.25383667, rowNumber: 77, value: 0.1829, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
      // 2024.csv row 3471: Scope 3 / WTT- fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.03021 → 1000 m3 = 11220.6333333 kWh (Gross CV) × 0.03021 = 338.975333
      { role: 'wtt', co2eKg: 338.975333, rowNumber: 3471, value: 0.03021, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2023 m³ at CV 38.9',
    input: { activityId: 'natural-gas', quantity: 2500, unit: 'm3', periodStart: '2023-01-01', periodEnd: '2023-12-31', options: { gasCalorificValueMjPerM3: 38.9 } },
    setId: 'uk-desnz-2023-v1.1',
    year: 2023,
    totalKg: 5888.0658527,
    components: [
      // 2023.csv row 77: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.182928926174 → 2500 m3 = 27625.4833333 kWh (Gross CV) × 0.182928926174 = 5053.5000012
      { role: 'combustion', co2eKg: 5053.5000012, rowNumber: 77, value: 0.182928926174, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
      // 2023.csv row 3255: Scope 3 / WTT- fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Gross CV), kg CO2e 0.03021 → 2500 m3 = 27625.4833333 kWh (Gross CV) × 0.03021 = 834.5658515
      { role: 'wtt', co2eKg: 834.5658515, rowNumber: 3255, value: 0.03021, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2019 therms',
    input: { activityId: 'natural-gas', quantity: 800, unit: 'therm', periodStart: '2019-01-01', periodEnd: '2019-12-31' },
    setId: 'uk-desnz-2019-v1.03',
    year: 2019,
    totalKg: 4871.0744768,
    components: [
      // 2019.csv row 49: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.18385 → 800 therm = 23445.68 kWh (Gross CV) × 0.18385 = 4310.488268
      { role: 'combustion', co2eKg: 4310.488268, rowNumber: 49, value: 0.18385, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
      // 2019.csv row 2698: Scope 3 / WTT- fuels / WTT- gaseous fuels / Natural Gas / (empty) / Energy - Gross CV / kWh (Gross CV), kg CO2e 0.02391 → 800 therm = 23445.68 kWh (Gross CV) × 0.02391 = 560.5862088
      { role: 'wtt', co2eKg: 560.5862088, rowNumber: 2698, value: 0.02391, unit: 'kg CO2e per kWh (Gross CV)', path: ['Scope 3', 'WTT- fuels', 'WTT- gaseous fuels', 'Natural Gas', '', 'Energy - Gross CV', 'kWh (Gross CV)'] },
    ],
  },
  {
    name: 'natural gas 2022 kWh net CV',
    input: { activityId: 'natural-gas', quantity: 10000, unit: 'kWh-net', periodStart: '2022-01-01', periodEnd: '2022-12-31' },
    setId: 'uk-desnz-2022-v3.00',
    year: 2022,
    totalKg: 2367.3,
    components: [
      // 2022.csv row 73: Scope 1 / Fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Net CV), kg CO2e 0.20227 → 10000 × 0.20227 = 2022.7
      { role: 'combustion', co2eKg: 2022.7, rowNumber: 73, value: 0.20227, unit: 'kg CO2e per kWh (Net CV)', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Net CV)'] },
      // 2022.csv row 3259: Scope 3 / WTT- fuels / Gaseous fuels / Natural gas / (empty) / (empty) / kWh (Net CV), kg CO2e 0.03446 → 10000 × 0.03446 = 344.6
      { role: 'wtt', co2eKg: 344.6, rowNumber: 3259, value: 0.03446, unit: 'kg CO2e per kWh (Net CV)', path: ['Scope 3', 'WTT- fuels', 'Gaseous fuels', 'Natural gas', '', '', 'kWh (Net CV)'] },
    ],
  },
  {
    name: 'heating oil 2024 litres',
    input: { activityId: 'heating-oil', quantity: 3000, unit: 'litre', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 9212.79,
    components: [
      // 2024.csv row 165: Scope 1 / Fuels / Liquid fuels / Burning oil / (empty) / (empty) / litres, kg CO2e 2.54015 → 3000 × 2.54015 = 7620.45
      { role: 'combustion', co2eKg: 7620.45, rowNumber: 165, value: 2.54015, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Burning oil', '', '', 'litres'] },
      // 2024.csv row 3493: Scope 3 / WTT- fuels / Liquid fuels / Burning oil / (empty) / (empty) / litres, kg CO2e 0.53078 → 3000 × 0.53078 = 1592.34
      { role: 'wtt', co2eKg: 1592.34, rowNumber: 3493, value: 0.53078, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'Liquid fuels', 'Burning oil', '', '', 'litres'] },
    ],
  },
  {
    name: 'heating oil 2016 litres',
    input: { activityId: 'heating-oil', quantity: 3000, unit: 'litre', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 9129.83632377,
    components: [
      // 2016.csv row 121: Scope 1 / Fuels / Liquid fuels / Burning oil / (empty) / Volume / litres, kg CO2e 2.53231877459 → 3000 × 2.53231877459 = 7596.95632377
      { role: 'combustion', co2eKg: 7596.95632377, rowNumber: 121, value: 2.53231877459, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Burning oil', '', 'Volume', 'litres'] },
      // 2016.csv row 1897: Scope 3 / WTT- fuels / WTT- liquid fuels / Burning Oil / (empty) / Volume / litres, kg CO2e 0.51096 → 3000 × 0.51096 = 1532.88
      { role: 'wtt', co2eKg: 1532.88, rowNumber: 1897, value: 0.51096, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'WTT- liquid fuels', 'Burning Oil', '', 'Volume', 'litres'] },
    ],
  },
  {
    name: 'LPG 2021 litres',
    input: { activityId: 'lpg', quantity: 1200, unit: 'litre', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 2089.104,
    components: [
      // 2021.csv row 57: Scope 1 / Fuels / Gaseous fuels / LPG / (empty) / Volume / litres, kg CO2e 1.55709 → 1200 × 1.55709 = 1868.508
      { role: 'combustion', co2eKg: 1868.508, rowNumber: 57, value: 1.55709, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'LPG', '', 'Volume', 'litres'] },
      // 2021.csv row 2757: Scope 3 / WTT- fuels / WTT- gaseous fuels / LPG / (empty) / Volume / litres, kg CO2e 0.18383 → 1200 × 0.18383 = 220.596
      { role: 'wtt', co2eKg: 220.596, rowNumber: 2757, value: 0.18383, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'WTT- gaseous fuels', 'LPG', '', 'Volume', 'litres'] },
    ],
  },
  {
    name: 'LPG 2025 by weight (kg → tonnes)',
    input: { activityId: 'lpg', quantity: 470, unit: 'kg', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 1545.6672719,
    components: [
      // 2025.csv row 49: Scope 1 / Fuels / Gaseous fuels / LPG / (empty) / (empty) / tonnes, kg CO2e 2939.36095 → 470 kg = 0.47 tonnes × 2939.36095 = 1381.4996465
      { role: 'combustion', co2eKg: 1381.4996465, rowNumber: 49, value: 2939.36095, unit: 'kg CO2e per tonne', path: ['Scope 1', 'Fuels', 'Gaseous fuels', 'LPG', '', '', 'tonnes'] },
      // 2025.csv row 3464: Scope 3 / WTT- fuels / Gaseous fuels / LPG / (empty) / (empty) / tonnes, kg CO2e 349.29282 → 470 kg = 0.47 tonnes × 349.29282 = 164.1676254
      { role: 'wtt', co2eKg: 164.1676254, rowNumber: 3464, value: 349.29282, unit: 'kg CO2e per tonne', path: ['Scope 3', 'WTT- fuels', 'Gaseous fuels', 'LPG', '', '', 'tonnes'] },
    ],
  },
  {
    name: 'gas oil 2023 litres',
    input: { activityId: 'gas-oil', quantity: 900, unit: 'litre', periodStart: '2023-01-01', periodEnd: '2023-12-31' },
    setId: 'uk-desnz-2023-v1.1',
    year: 2023,
    totalKg: 3043.85308067,
    components: [
      // 2023.csv row 229: Scope 1 / Fuels / Liquid fuels / Gas oil / (empty) / (empty) / litres, kg CO2e 2.75540897852 → 900 × 2.75540897852 = 2479.86808067
      { role: 'combustion', co2eKg: 2479.86808067, rowNumber: 229, value: 2.75540897852, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Gas oil', '', '', 'litres'] },
      // 2023.csv row 3293: Scope 3 / WTT- fuels / Liquid fuels / Gas oil / (empty) / (empty) / litres, kg CO2e 0.62665 → 900 × 0.62665 = 563.985
      { role: 'wtt', co2eKg: 563.985, rowNumber: 3293, value: 0.62665, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'Liquid fuels', 'Gas oil', '', '', 'litres'] },
    ],
  },
  {
    name: 'stationary diesel 2022 litres',
    input: { activityId: 'stationary-diesel', quantity: 400, unit: 'litre', periodStart: '2022-01-01', periodEnd: '2022-12-31' },
    setId: 'uk-desnz-2022-v3.00',
    year: 2022,
    totalKg: 1267.08,
    components: [
      // 2022.csv row 181: Scope 1 / Fuels / Liquid fuels / Diesel (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 2.55784 → 400 × 2.55784 = 1023.136
      { role: 'combustion', co2eKg: 1023.136, rowNumber: 181, value: 2.55784, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Diesel (average biofuel blend)', '', '', 'litres'] },
      // 2022.csv row 3286: Scope 3 / WTT- fuels / Liquid fuels / Diesel (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 0.60986 → 400 × 0.60986 = 243.944
      { role: 'wtt', co2eKg: 243.944, rowNumber: 3286, value: 0.60986, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'Liquid fuels', 'Diesel (average biofuel blend)', '', '', 'litres'] },
    ],
  },
  {
    name: 'stationary petrol 2020 kWh net CV',
    input: { activityId: 'stationary-petrol', quantity: 5000, unit: 'kWh-net', periodStart: '2020-01-01', periodEnd: '2020-12-31' },
    setId: 'uk-desnz-2020-v1.00',
    year: 2020,
    totalKg: 1538.9,
    components: [
      // 2020.csv row 229: Scope 1 / Fuels / Liquid fuels / Petrol (average biofuel blend) / (empty) / Energy - Net CV / kWh (Net CV), kg CO2e 0.24164 → 5000 × 0.24164 = 1208.2
      { role: 'combustion', co2eKg: 1208.2, rowNumber: 229, value: 0.24164, unit: 'kg CO2e per kWh (Net CV)', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Petrol (average biofuel blend)', '', 'Energy - Net CV', 'kWh (Net CV)'] },
      // 2020.csv row 2743: Scope 3 / WTT- fuels / WTT- liquid fuels / Petrol (average biofuel blend) / (empty) / Energy - Net CV / kWh (Net CV), kg CO2e 0.06614 → 5000 × 0.06614 = 330.7
      { role: 'wtt', co2eKg: 330.7, rowNumber: 2743, value: 0.06614, unit: 'kg CO2e per kWh (Net CV)', path: ['Scope 3', 'WTT- fuels', 'WTT- liquid fuels', 'Petrol (average biofuel blend)', '', 'Energy - Net CV', 'kWh (Net CV)'] },
    ],
  },
  {
    name: 'vehicle diesel 2024 litres',
    input: { activityId: 'vehicle-fuel-diesel', quantity: 1000, unit: 'litre', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 3123.8,
    components: [
      // 2024.csv row 181: Scope 1 / Fuels / Liquid fuels / Diesel (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 2.51279 → 1000 × 2.51279 = 2512.79
      { role: 'combustion', co2eKg: 2512.79, rowNumber: 181, value: 2.51279, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Diesel (average biofuel blend)', '', '', 'litres'] },
      // 2024.csv row 3497: Scope 3 / WTT- fuels / Liquid fuels / Diesel (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 0.61101 → 1000 × 0.61101 = 611.01
      { role: 'wtt', co2eKg: 611.01, rowNumber: 3497, value: 0.61101, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'Liquid fuels', 'Diesel (average biofuel blend)', '', '', 'litres'] },
    ],
  },
  {
    name: 'vehicle diesel 2016 litres',
    input: { activityId: 'vehicle-fuel-diesel', quantity: 1000, unit: 'litre', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 3165.96132161,
    components: [
      // 2016.csv row 137: Scope 1 / Fuels / Liquid fuels / Diesel (average biofuel blend) / (empty) / Volume / litres, kg CO2e 2.61162519961 → 1000 × 2.61162519961 = 2611.62519961
      { role: 'combustion', co2eKg: 2611.62519961, rowNumber: 137, value: 2.61162519961, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Diesel (average biofuel blend)', '', 'Volume', 'litres'] },
      // 2016.csv row 1901: Scope 3 / WTT- fuels / WTT- liquid fuels / Diesel (average biofuel blend) / (empty) / Volume / litres, kg CO2e 0.554336121998 → 1000 × 0.554336121998 = 554.336121998
      { role: 'wtt', co2eKg: 554.336121998, rowNumber: 1901, value: 0.554336121998, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'WTT- liquid fuels', 'Diesel (average biofuel blend)', '', 'Volume', 'litres'] },
    ],
  },
  {
    name: 'vehicle petrol 2025 UK gallons',
    input: { activityId: 'vehicle-fuel-petrol', quantity: 100, unit: 'gal-imp', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 1204.7593109,
    components: [
      // 2025.csv row 277: Scope 1 / Fuels / Liquid fuels / Petrol (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 2.06916 → 100 gal-imp = 454.609 litres × 2.06916 = 940.65875844
      { role: 'combustion', co2eKg: 940.65875844, rowNumber: 277, value: 2.06916, unit: 'kg CO2e per litre', path: ['Scope 1', 'Fuels', 'Liquid fuels', 'Petrol (average biofuel blend)', '', '', 'litres'] },
      // 2025.csv row 3521: Scope 3 / WTT- fuels / Liquid fuels / Petrol (average biofuel blend) / (empty) / (empty) / litres, kg CO2e 0.58094 → 100 gal-imp = 454.609 litres × 0.58094 = 264.10055246
      { role: 'wtt', co2eKg: 264.10055246, rowNumber: 3521, value: 0.58094, unit: 'kg CO2e per litre', path: ['Scope 3', 'WTT- fuels', 'Liquid fuels', 'Petrol (average biofuel blend)', '', '', 'litres'] },
    ],
  },
  {
    name: 'company car medium diesel 2024 miles',
    input: { activityId: 'company-car-medium-diesel', quantity: 12000, unit: 'mile', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 4038.36,
    components: [
      // 2024.csv row 1694: Scope 1 / Passenger vehicles / Cars (by size) / Medium car / (empty) / Diesel / miles, kg CO2e 0.2705 → 12000 × 0.2705 = 3246
      { role: 'tailpipe', co2eKg: 3246, rowNumber: 1694, value: 0.2705, unit: 'kg CO2e per mile', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Medium car', '', 'Diesel', 'miles'] },
      // 2024.csv row 5639: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Medium car / (empty) / Diesel / miles, kg CO2e 0.06603 → 12000 × 0.06603 = 792.36
      { role: 'wtt', co2eKg: 792.36, rowNumber: 5639, value: 0.06603, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Medium car', '', 'Diesel', 'miles'] },
    ],
  },
  {
    name: 'company car small petrol 2016 km',
    input: { activityId: 'company-car-small-petrol', quantity: 10000, unit: 'km', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 1916,
    components: [
      // 2016.csv row 765: Scope 1 / Passenger vehicles / Cars (by size) / Small car / (empty) / Petrol / km, kg CO2e 0.16027 → 10000 × 0.16027 = 1602.7
      { role: 'tailpipe', co2eKg: 1602.7, rowNumber: 765, value: 0.16027, unit: 'kg CO2e per km', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Small car', '', 'Petrol', 'km'] },
      // 2016.csv row 2187: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Small car / (empty) / Petrol / km, kg CO2e 0.03133 → 10000 × 0.03133 = 313.3
      { role: 'wtt', co2eKg: 313.3, rowNumber: 2187, value: 0.03133, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Small car', '', 'Petrol', 'km'] },
    ],
  },
  {
    name: 'company car average BEV 2025 km',
    input: { activityId: 'company-car-average-bev', quantity: 20000, unit: 'km', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 1019.2,
    components: [
      // 2025.csv row 1818: Scope 1 / Passenger vehicles / Cars (by size) / Average car / (empty) / Battery Electric Vehicle / km, kg CO2e 0 → 20000 × 0 = 0
      { role: 'tailpipe', co2eKg: 0, rowNumber: 1818, value: 0, unit: 'kg CO2e per km', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Average car', '', 'Battery Electric Vehicle', 'km'] },
      // 2025.csv row 3260: Scope 2 / UK electricity for EVs / Cars (by size) / Average car / (empty) / Battery Electric Vehicle / km, kg CO2e 0.03663 → 20000 × 0.03663 = 732.6
      { role: 'ev-electricity', co2eKg: 732.6, rowNumber: 3260, value: 0.03663, unit: 'kg CO2e per km', path: ['Scope 2', 'UK electricity for EVs', 'Cars (by size)', 'Average car', '', 'Battery Electric Vehicle', 'km'] },
      // 2025.csv row 3825: Scope 3 / UK electricity T&D for EVs / Cars (by size) / Average car / (empty) / Battery Electric Vehicle / km, kg CO2e 0.00384 → 20000 × 0.00384 = 76.8
      { role: 'ev-td-losses', co2eKg: 76.8, rowNumber: 3825, value: 0.00384, unit: 'kg CO2e per km', path: ['Scope 3', 'UK electricity T&D for EVs', 'Cars (by size)', 'Average car', '', 'Battery Electric Vehicle', 'km'] },
      // 2025.csv row 5670: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Average car / (empty) / Battery Electric Vehicle / km, kg CO2e 0.01049 → 20000 × 0.01049 = 209.8
      { role: 'wtt', co2eKg: 209.8, rowNumber: 5670, value: 0.01049, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Average car', '', 'Battery Electric Vehicle', 'km'] },
    ],
  },
  {
    name: 'company car large PHEV 2021 miles',
    input: { activityId: 'company-car-large-phev', quantity: 8000, unit: 'mile', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 1721.04,
    components: [
      // 2021.csv row 1125: Scope 1 / Passenger vehicles / Cars (by size) / Large car / (empty) / Plug-in Hybrid Electric Vehicle / miles, kg CO2e 0.1235 → 8000 × 0.1235 = 988
      { role: 'tailpipe', co2eKg: 988, rowNumber: 1125, value: 0.1235, unit: 'kg CO2e per mile', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Large car', '', 'Plug-in Hybrid Electric Vehicle', 'miles'] },
      // 2021.csv row 2153: Scope 2 / UK electricity for Evs / Cars (by size) / Large car / (empty) / Plug-in Hybrid Electric Vehicle / miles, kg CO2e 0.04168 → 8000 × 0.04168 = 333.44
      { role: 'ev-electricity', co2eKg: 333.44, rowNumber: 2153, value: 0.04168, unit: 'kg CO2e per mile', path: ['Scope 2', 'UK electricity for Evs', 'Cars (by size)', 'Large car', '', 'Plug-in Hybrid Electric Vehicle', 'miles'] },
      // 2021.csv row 2619: Scope 3 / UK electricity T&D for EVs / Cars (by size) / Large car / (empty) / Plug-in Hybrid Electric Vehicle / miles, kg CO2e 0.00368 → 8000 × 0.00368 = 29.44
      { role: 'ev-td-losses', co2eKg: 29.44, rowNumber: 2619, value: 0.00368, unit: 'kg CO2e per mile', path: ['Scope 3', 'UK electricity T&D for EVs', 'Cars (by size)', 'Large car', '', 'Plug-in Hybrid Electric Vehicle', 'miles'] },
      // 2021.csv row 3150: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Large car / (empty) / Plug-in Hybrid Electric Vehicle / miles, kg CO2e 0.04627 → 8000 × 0.04627 = 370.16
      { role: 'wtt', co2eKg: 370.16, rowNumber: 3150, value: 0.04627, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Large car', '', 'Plug-in Hybrid Electric Vehicle', 'miles'] },
    ],
  },
  {
    name: 'company car average hybrid 2018 km',
    input: { activityId: 'company-car-average-hybrid', quantity: 5000, unit: 'km', periodStart: '2018-01-01', periodEnd: '2018-12-31' },
    setId: 'uk-desnz-2018-v1.01',
    year: 2018,
    totalKg: 787.7,
    components: [
      // 2018.csv row 1109: Scope 1 / Passenger vehicles / Cars (by size) / Average car / (empty) / Hybrid / km, kg CO2e 0.12568 → 5000 × 0.12568 = 628.4
      { role: 'tailpipe', co2eKg: 628.4, rowNumber: 1109, value: 0.12568, unit: 'kg CO2e per km', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Average car', '', 'Hybrid', 'km'] },
      // 2018.csv row 3092: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Average car / (empty) / Hybrid / km, kg CO2e 0.03186 → 5000 × 0.03186 = 159.3
      { role: 'wtt', co2eKg: 159.3, rowNumber: 3092, value: 0.03186, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Average car', '', 'Hybrid', 'km'] },
    ],
  },
  {
    name: 'company car average unknown fuel 2023 miles',
    input: { activityId: 'company-car-average-unknown-fuel', quantity: 1000, unit: 'mile', periodStart: '2023-01-01', periodEnd: '2023-12-31' },
    setId: 'uk-desnz-2023-v1.1',
    year: 2023,
    totalKg: 338.437500671,
    components: [
      // 2023.csv row 1626: Scope 1 / Passenger vehicles / Cars (by size) / Average car / (empty) / Unknown / miles, kg CO2e 0.268167500671 → 1000 × 0.268167500671 = 268.167500671
      { role: 'tailpipe', co2eKg: 268.167500671, rowNumber: 1626, value: 0.268167500671, unit: 'kg CO2e per mile', path: ['Scope 1', 'Passenger vehicles', 'Cars (by size)', 'Average car', '', 'Unknown', 'miles'] },
      // 2023.csv row 5190: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Average car / (empty) / Unknown / miles, kg CO2e 0.07027 → 1000 × 0.07027 = 70.27
      { role: 'wtt', co2eKg: 70.27, rowNumber: 5190, value: 0.07027, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Average car', '', 'Unknown', 'miles'] },
    ],
  },
  {
    name: 'company van average diesel 2024 km',
    input: { activityId: 'company-van-average-diesel', quantity: 25000, unit: 'km', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 7787.75,
    components: [
      // 2024.csv row 2054: Scope 1 / Delivery vehicles / Vans / Average (up to 3.5 tonnes) / (empty) / Diesel / km, kg CO2e 0.25023 → 25000 × 0.25023 = 6255.75
      { role: 'tailpipe', co2eKg: 6255.75, rowNumber: 2054, value: 0.25023, unit: 'kg CO2e per km', path: ['Scope 1', 'Delivery vehicles', 'Vans', 'Average (up to 3.5 tonnes)', '', 'Diesel', 'km'] },
      // 2024.csv row 7121: Scope 3 / WTT- delivery vehs & freight / WTT- vans / Average (up to 3.5 tonnes) / (empty) / Diesel / km, kg CO2e 0.06128 → 25000 × 0.06128 = 1532
      { role: 'wtt', co2eKg: 1532, rowNumber: 7121, value: 0.06128, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- delivery vehs & freight', 'WTT- vans', 'Average (up to 3.5 tonnes)', '', 'Diesel', 'km'] },
    ],
  },
  {
    name: 'company van class III BEV 2025 miles',
    input: { activityId: 'company-van-class-3-bev', quantity: 6000, unit: 'mile', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 925.92,
    components: [
      // 2025.csv row 2050: Scope 1 / Delivery vehicles / Vans / Class III (1.74 to 3.5 tonnes) / (empty) / Battery Electric Vehicle / miles, kg CO2e 0 → 6000 × 0 = 0
      { role: 'tailpipe', co2eKg: 0, rowNumber: 2050, value: 0, unit: 'kg CO2e per mile', path: ['Scope 1', 'Delivery vehicles', 'Vans', 'Class III (1.74 to 3.5 tonnes)', '', 'Battery Electric Vehicle', 'miles'] },
      // 2025.csv row 3340: Scope 2 / UK electricity for EVs / Vans / Class III (1.74 to 3.5 tonnes) / (empty) / Battery Electric Vehicle / miles, kg CO2e 0.11085 → 6000 × 0.11085 = 665.1
      { role: 'ev-electricity', co2eKg: 665.1, rowNumber: 3340, value: 0.11085, unit: 'kg CO2e per mile', path: ['Scope 2', 'UK electricity for EVs', 'Vans', 'Class III (1.74 to 3.5 tonnes)', '', 'Battery Electric Vehicle', 'miles'] },
      // 2025.csv row 3905: Scope 3 / UK electricity T&D for EVs / Vans / Class III (1.74 to 3.5 tonnes) / (empty) / Battery Electric Vehicle / miles, kg CO2e 0.01161 → 6000 × 0.01161 = 69.66
      { role: 'ev-td-losses', co2eKg: 69.66, rowNumber: 3905, value: 0.01161, unit: 'kg CO2e per mile', path: ['Scope 3', 'UK electricity T&D for EVs', 'Vans', 'Class III (1.74 to 3.5 tonnes)', '', 'Battery Electric Vehicle', 'miles'] },
      // 2025.csv row 7113: Scope 3 / WTT- delivery vehs & freight / WTT- vans / Class III (1.74 to 3.5 tonnes) / (empty) / Battery Electric Vehicle / miles, kg CO2e 0.03186 → 6000 × 0.03186 = 191.16
      { role: 'wtt', co2eKg: 191.16, rowNumber: 7113, value: 0.03186, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- delivery vehs & freight', 'WTT- vans', 'Class III (1.74 to 3.5 tonnes)', '', 'Battery Electric Vehicle', 'miles'] },
    ],
  },
  {
    name: 'HGV artic >33t fully laden 2021 km',
    input: { activityId: 'company-hgv-artic-over-33t-full', quantity: 50000, unit: 'km', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 66616,
    components: [
      // 2021.csv row 1633: Scope 1 / Delivery vehicles / HGV (all diesel) / Articulated (>33t) / (empty) / 100% Laden / km, kg CO2e 1.07286 → 50000 × 1.07286 = 53643
      { role: 'tailpipe', co2eKg: 53643, rowNumber: 1633, value: 1.07286, unit: 'kg CO2e per km', path: ['Scope 1', 'Delivery vehicles', 'HGV (all diesel)', 'Articulated (>33t)', '', '100% Laden', 'km'] },
      // 2021.csv row 3339: Scope 3 / WTT- delivery vehs & freight / WTT- HGV (all diesel) / Articulated (>33t) / (empty) / 100% Laden / km, kg CO2e 0.25946 → 50000 × 0.25946 = 12973
      { role: 'wtt', co2eKg: 12973, rowNumber: 3339, value: 0.25946, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- delivery vehs & freight', 'WTT- HGV (all diesel)', 'Articulated (>33t)', '', '100% Laden', 'km'] },
    ],
  },
  {
    name: 'HGV average load 2016 miles',
    input: { activityId: 'company-hgv-average-average-load', quantity: 30000, unit: 'mile', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 53364.0985281,
    components: [
      // 2016.csv row 1393: Scope 1 / Delivery vehicles / HGV (all diesel) / All HGVs / (empty) / Average laden / miles, kg CO2e 1.47229226496 → 30000 × 1.47229226496 = 44168.7679488
      { role: 'tailpipe', co2eKg: 44168.7679488, rowNumber: 1393, value: 1.47229226496, unit: 'kg CO2e per mile', path: ['Scope 1', 'Delivery vehicles', 'HGV (all diesel)', 'All HGVs', '', 'Average laden', 'miles'] },
      // 2016.csv row 2407: Scope 3 / WTT- delivery vehs & freight / WTT- HGV (all diesel) / All HGVs / (empty) / Average laden / miles, kg CO2e 0.30651101931 → 30000 × 0.30651101931 = 9195.3305793
      { role: 'wtt', co2eKg: 9195.3305793, rowNumber: 2407, value: 0.30651101931, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- delivery vehs & freight', 'WTT- HGV (all diesel)', 'All HGVs', '', 'Average laden', 'miles'] },
    ],
  },
  {
    name: 'refrigerated rigid 7.5–17t 2025 km',
    input: { activityId: 'company-hgv-refrigerated-rigid-7-5-17t-average-load', quantity: 40000, unit: 'km', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 35716.4,
    components: [
      // 2025.csv row 2410: Scope 1 / Delivery vehicles / HGVs refrigerated (all diesel) / Rigid (>7.5 tonnes-17 tonnes) / (empty) / Average laden / km, kg CO2e 0.72049 → 40000 × 0.72049 = 28819.6
      { role: 'tailpipe', co2eKg: 28819.6, rowNumber: 2410, value: 0.72049, unit: 'kg CO2e per km', path: ['Scope 1', 'Delivery vehicles', 'HGVs refrigerated (all diesel)', 'Rigid (>7.5 tonnes-17 tonnes)', '', 'Average laden', 'km'] },
      // 2025.csv row 7250: Scope 3 / WTT- delivery vehs & freight / WTT- HGV refrigerated (all diesel) / Rigid (>7.5 tonnes-17 tonnes) / (empty) / Average laden / km, kg CO2e 0.17242 → 40000 × 0.17242 = 6896.8
      { role: 'wtt', co2eKg: 6896.8, rowNumber: 7250, value: 0.17242, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- delivery vehs & freight', 'WTT- HGV refrigerated (all diesel)', 'Rigid (>7.5 tonnes-17 tonnes)', '', 'Average laden', 'km'] },
    ],
  },
  {
    name: 'grey fleet average car unknown fuel 2024 miles',
    input: { activityId: 'grey-fleet-car-average-unknown-fuel', quantity: 4500, unit: 'mile', periodStart: '2024-04-01', periodEnd: '2025-03-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 1527.255,
    components: [
      // 2024.csv row 5379: Scope 3 / Business travel- land / Cars (by size) / Average car / (empty) / Unknown / miles, kg CO2e 0.2686 → 4500 × 0.2686 = 1208.7
      { role: 'travel', co2eKg: 1208.7, rowNumber: 5379, value: 0.2686, unit: 'kg CO2e per mile', path: ['Scope 3', 'Business travel- land', 'Cars (by size)', 'Average car', '', 'Unknown', 'miles'] },
      // 2024.csv row 5676: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Average car / (empty) / Unknown / miles, kg CO2e 0.07079 → 4500 × 0.07079 = 318.555
      { role: 'wtt', co2eKg: 318.555, rowNumber: 5676, value: 0.07079, unit: 'kg CO2e per mile', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Average car', '', 'Unknown', 'miles'] },
    ],
  },
  {
    name: 'grey fleet medium petrol 2016 km',
    input: { activityId: 'grey-fleet-car-medium-petrol', quantity: 3000, unit: 'km', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 718.62,
    components: [
      // 2016.csv row 2990: Scope 3 / Business travel- land / Cars (by size) / Medium car / (empty) / Petrol / km, kg CO2e 0.20033 → 3000 × 0.20033 = 600.99
      { role: 'travel', co2eKg: 600.99, rowNumber: 2990, value: 0.20033, unit: 'kg CO2e per km', path: ['Scope 3', 'Business travel- land', 'Cars (by size)', 'Medium car', '', 'Petrol', 'km'] },
      // 2016.csv row 2199: Scope 3 / WTT- pass vehs & travel- land / WTT- cars (by size) / Medium car / (empty) / Petrol / km, kg CO2e 0.03921 → 3000 × 0.03921 = 117.63
      { role: 'wtt', co2eKg: 117.63, rowNumber: 2199, value: 0.03921, unit: 'kg CO2e per km', path: ['Scope 3', 'WTT- pass vehs & travel- land', 'WTT- cars (by size)', 'Medium car', '', 'Petrol', 'km'] },
    ],
  },
  {
    name: 'flight domestic average with RF 2024',
    input: { activityId: 'flight-domestic-average-rf', quantity: 1200, unit: 'passenger-km', periodStart: '2024-01-01', periodEnd: '2024-12-31' },
    setId: 'uk-desnz-2024-v1.1',
    year: 2024,
    totalKg: 367.284,
    components: [
      // 2024.csv row 4404: Scope 3 / Business travel- air / Flights / Domestic, to/from UK / Average passenger / With RF / passenger.km, kg CO2e 0.27257 → 1200 × 0.27257 = 327.084
      { role: 'flight', co2eKg: 327.084, rowNumber: 4404, value: 0.27257, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'Business travel- air', 'Flights', 'Domestic, to/from UK', 'Average passenger', 'With RF', 'passenger.km'] },
      // 2024.csv row 4516: Scope 3 / WTT- business travel- air / WTT- flights / Domestic, to/from UK / Average passenger / With RF / passenger.km, kg CO2e 0.0335 → 1200 × 0.0335 = 40.2
      { role: 'wtt', co2eKg: 40.2, rowNumber: 4516, value: 0.0335, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'WTT- business travel- air', 'WTT- flights', 'Domestic, to/from UK', 'Average passenger', 'With RF', 'passenger.km'] },
    ],
  },
  {
    name: 'flight short-haul economy with RF 2025',
    input: { activityId: 'flight-short-haul-economy-rf', quantity: 2400, unit: 'passenger-km', periodStart: '2025-01-01', periodEnd: '2025-12-31' },
    setId: 'uk-desnz-2025-v1.0',
    year: 2025,
    totalKg: 355.8,
    components: [
      // 2025.csv row 4420: Scope 3 / Business travel- air / Flights / Short-haul, to/from UK / Economy class / With RF / passenger.km, kg CO2e 0.12576 → 2400 × 0.12576 = 301.824
      { role: 'flight', co2eKg: 301.824, rowNumber: 4420, value: 0.12576, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'Business travel- air', 'Flights', 'Short-haul, to/from UK', 'Economy class', 'With RF', 'passenger.km'] },
      // 2025.csv row 4520: Scope 3 / WTT- business travel- air / WTT- flights / Short-haul, to/from UK / Economy class / With RF / passenger.km, kg CO2e 0.02249 → 2400 × 0.02249 = 53.976
      { role: 'wtt', co2eKg: 53.976, rowNumber: 4520, value: 0.02249, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'WTT- business travel- air', 'WTT- flights', 'Short-haul, to/from UK', 'Economy class', 'With RF', 'passenger.km'] },
    ],
  },
  {
    name: 'flight long-haul business without RF 2021',
    input: { activityId: 'flight-long-haul-business-no-rf', quantity: 11000, unit: 'passenger-km', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
    setId: 'uk-desnz-2021-v3.00',
    year: 2021,
    totalKg: 3010.37,
    components: [
      // 2021.csv row 3630: Scope 3 / Business travel- air / Flights / Long-haul, to/from UK / Business class / Without RF / passenger.km, kg CO2e 0.22671 → 11000 × 0.22671 = 2493.81
      { role: 'flight', co2eKg: 2493.81, rowNumber: 3630, value: 0.22671, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'Business travel- air', 'Flights', 'Long-haul, to/from UK', 'Business class', 'Without RF', 'passenger.km'] },
      // 2021.csv row 2997: Scope 3 / WTT- business travel- air / WTT- flights / Long-haul, to/from UK / Business class / Without RF / passenger.km, kg CO2e 0.04696 → 11000 × 0.04696 = 516.56
      { role: 'wtt', co2eKg: 516.56, rowNumber: 2997, value: 0.04696, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'WTT- business travel- air', 'WTT- flights', 'Long-haul, to/from UK', 'Business class', 'Without RF', 'passenger.km'] },
    ],
  },
  {
    name: 'flight international first with RF 2016',
    input: { activityId: 'flight-international-first-rf', quantity: 9000, unit: 'passenger-km', periodStart: '2016-01-01', periodEnd: '2016-12-31' },
    setId: 'uk-desnz-2016-v1.01',
    year: 2016,
    totalKg: 5461.11,
    components: [
      // 2016.csv row 2669: Scope 3 / Business travel- air / Flights / International, to/from non-UK / First class / With RF / passenger.km, kg CO2e 0.54846 → 9000 × 0.54846 = 4936.14
      { role: 'flight', co2eKg: 4936.14, rowNumber: 2669, value: 0.54846, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'Business travel- air', 'Flights', 'International, to/from non-UK', 'First class', 'With RF', 'passenger.km'] },
      // 2016.csv row 2120: Scope 3 / WTT- business travel- air / WTT- flights / International, to/from non-UK / First class / With RF / passenger.km, kg CO2e 0.05833 → 9000 × 0.05833 = 524.97
      { role: 'wtt', co2eKg: 524.97, rowNumber: 2120, value: 0.05833, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'WTT- business travel- air', 'WTT- flights', 'International, to/from non-UK', 'First class', 'With RF', 'passenger.km'] },
    ],
  },
  {
    name: 'flight long-haul premium economy without RF 2019 in passenger-miles',
    input: { activityId: 'flight-long-haul-premium-economy-no-rf', quantity: 5000, unit: 'passenger-mile', periodStart: '2019-01-01', periodEnd: '2019-12-31' },
    setId: 'uk-desnz-2019-v1.03',
    year: 2019,
    totalKg: 1230.9872256,
    components: [
      // 2019.csv row 3549: Scope 3 / Business travel- air / Flights / Long-haul, to/from UK / Premium economy class / Without RF / passenger.km, kg CO2e 0.12673 → 5000 passenger-mile = 8046.72 passenger.km × 0.12673 = 1019.7608256
      { role: 'flight', co2eKg: 1019.7608256, rowNumber: 3549, value: 0.12673, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'Business travel- air', 'Flights', 'Long-haul, to/from UK', 'Premium economy class', 'Without RF', 'passenger.km'] },
      // 2019.csv row 2934: Scope 3 / WTT- business travel- air / WTT- flights / Long-haul, to/from UK / Premium economy class / Without RF / passenger.km, kg CO2e 0.02625 → 5000 passenger-mile = 8046.72 passenger.km × 0.02625 = 211.2264
      { role: 'wtt', co2eKg: 211.2264, rowNumber: 2934, value: 0.02625, unit: 'kg CO2e per passenger-km', path: ['Scope 3', 'WTT- business travel- air', 'WTT- flights', 'Long-haul, to/from UK', 'Premium economy class', 'Without RF', 'passenger.km'] },
    ],
  },
];

describe('golden cases (energy-vehicles), hand-computed from the DESNZ flat files', () => {
  for (const c of CASES) it(c.name, () => expectGolden(c));
});
