import { readCsvTable } from '../csv-table';
import { decodeBytes } from '../decode';

// Big hostile inputs, made on the fly (too big to check in). reader-bounds.property.test.ts runs this
// file in a child Node with a capped V8 heap, so "bounded memory" is enforced by V8 itself:
//   node --max-old-space-size=96 --import tsx electron/core/importers/corpus/hostile-shapes.ts hostile 25
// prints one JSON line per shape: { name, mb, ms, ok, reason }.

type Shape = (chars: number) => string;

/** Shapes that must be refused, quickly, without holding more than a few times the file in memory. */
export const HOSTILE_SHAPES: Record<string, Shape> = {
  'one line of commas and cells': (n) => 'a,'.repeat(n / 2),
  'one line of digits': (n) => '1'.repeat(n),
  'a quote that never closes': (n) => `Date,Notes\n01/04/2024,"${'x'.repeat(n)}`,
  'a quote that never closes, with line breaks': (n) => `Date,Notes\n01/04/2024,"${'x\n'.repeat(n / 2)}`,
  'malformed quotes everywhere ("a"a"a…)': (n) => `"${'a"'.repeat(n / 2)}\n`,
  'rows that each open a bad quote': (n) => `h1,h2\n${'"a"b,c\n'.repeat(n / 7)}`,
  'only quotes': (n) => '"'.repeat(n),
  'only commas': (n) => ','.repeat(n),
  'only line breaks': (n) => '\r\n'.repeat(n / 2),
  'one column, many rows': (n) => 'reading\n'.repeat(n / 8),
};

/** Exports as big as the contract allows, which must be read (memory proportional to the data). */
export const REALISTIC_SHAPES: Record<string, Shape> = {
  'generic activity rows': (n) =>
    'period_start,period_end,activity,quantity,unit,site,meter,evidence,data_quality\n' + '2024-01-01,2024-01-31,grid-electricity-uk,1234.5,kWh,Head office,1200012345678,INV-1001,invoice\n'.repeat(Math.floor(n / 96)),
  'wide half-hourly rows': (n) => {
    const header = ['MPAN', 'Date', ...Array.from({ length: 48 }, (_, i) => `HH${i + 1}`)].join(',');
    const row = ['1200012345678', '01/04/2024', ...Array<string>(48).fill('0.123')].join(',');
    return `${header}\n${`${row}\n`.repeat(Math.floor(n / (row.length + 1)))}`;
  },
};

export interface ShapeResult {
  name: string;
  mb: number;
  ms: number;
  ok: boolean;
  rows: number;
  reason: string | null;
}

export function runShape(name: string, shape: Shape, megabytes: number): ShapeResult {
  const bytes = new TextEncoder().encode(shape(megabytes * 1024 * 1024));
  const started = performance.now();
  const read = readCsvTable(decodeBytes(bytes).text);
  const ms = Math.round(performance.now() - started);
  return { name, mb: Math.round((bytes.length / 1024 / 1024) * 10) / 10, ms, ok: read.ok, rows: read.ok ? read.table.rows.length : 0, reason: read.ok ? null : read.reason };
}

if (process.argv[1]?.endsWith('hostile-shapes.ts')) {
  const shapes = process.argv[2] === 'realistic' ? REALISTIC_SHAPES : HOSTILE_SHAPES;
  const megabytes = Number(process.argv[3] ?? 25);
  for (const [name, shape] of Object.entries(shapes)) console.log(JSON.stringify(runShape(name, shape, megabytes)));
}
