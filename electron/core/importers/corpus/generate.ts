import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

// The hostile CSV corpus (reliability.md §3.7 and more), written byte for byte. Every file is made
// here, so the bytes that matter (BOMs, 0xA3, UTF-16, CR/LF placement, NULs) are visible in code.
// Regenerate with: npx tsx electron/core/importers/corpus/generate.ts
// (corpus.test.ts checks that files/ still holds exactly these bytes; expected.json says what each
// file must do.)

const utf8 = (text: string): number[] => [...Buffer.from(text, 'utf8')];
const ascii = (text: string): number[] => {
  if ([...text].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error(`not ASCII: ${text}`);
  return [...Buffer.from(text, 'latin1')];
};
const utf16le = (text: string): number[] => [...Buffer.from(text, 'utf16le')];
const utf16be = (text: string): number[] => [...Buffer.from(text, 'utf16le').swap16()];
const BOM_UTF8 = [0xef, 0xbb, 0xbf];

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‚': 0x82, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '™': 0x99 };
/** Windows-1252 bytes, as Excel's "CSV (Comma delimited)" writes them on a UK PC. */
function cp1252(text: string): number[] {
  return [...text].map((c) => {
    const code = c.charCodeAt(0);
    const byte = CP1252_EXTRA[c] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) throw new Error(`${c} is not in Windows-1252`);
    return byte;
  });
}

/** Deterministic pseudo-random bytes (xorshift32), so the "garbage" file never changes. */
function garbage(length: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) & 0xff;
  });
}

const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32le = (n: number) => [...u16le(n & 0xffff), ...u16le(n >>> 16)];

/** A real 1×1 PNG. */
function png(): number[] {
  const chunk = (type: string, data: number[]) => {
    const body = [...ascii(type), ...data];
    return [...u32be(data.length), ...body, ...u32be(crc32(Uint8Array.from(body)))];
  };
  const ihdr = [...u32be(1), ...u32be(1), 8, 6, 0, 0, 0];
  const idat = [...deflateSync(Uint8Array.from([0, 0x2e, 0x8b, 0x57, 0xff]))];
  return [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...chunk('IDAT', idat), ...chunk('IEND', [])];
}

/** A real zip archive holding one stored (uncompressed) CSV, as a renamed .xlsx or a zipped export looks. */
function zip(name: string, content: number[]): number[] {
  const nameBytes = ascii(name);
  const crc = crc32(Uint8Array.from(content));
  const local = [...u32le(0x04034b50), ...u16le(20), ...u16le(0), ...u16le(0), ...u16le(0), ...u16le(0x21), ...u32le(crc), ...u32le(content.length), ...u32le(content.length), ...u16le(nameBytes.length), ...u16le(0), ...nameBytes];
  const central = [
    ...u32le(0x02014b50), ...u16le(20), ...u16le(20), ...u16le(0), ...u16le(0), ...u16le(0), ...u16le(0x21), ...u32le(crc), ...u32le(content.length), ...u32le(content.length),
    ...u16le(nameBytes.length), ...u16le(0), ...u16le(0), ...u16le(0), ...u16le(0), ...u32le(0), ...u32le(0), ...nameBytes,
  ];
  const offset = local.length + content.length;
  const end = [...u32le(0x06054b50), ...u16le(0), ...u16le(0), ...u16le(1), ...u16le(1), ...u32le(central.length), ...u32le(offset), ...u16le(0)];
  return [...local, ...content, ...central, ...end];
}

const GENERIC = 'period_start,period_end,activity,quantity,unit,site,meter,evidence,data_quality';
const lines = (eol: string, ...rows: string[]) => rows.map((r) => r + eol).join('');

/** Half-hour column labels for a wide HH export: HH01..HHnn. */
const hh = (n: number) => Array.from({ length: n }, (_, i) => `HH${String(i + 1).padStart(2, '0')}`);
const readings = (n: number, start: number) => Array.from({ length: n }, (_, i) => ((start + i * 7) % 23 / 10 + 0.1).toFixed(3));

/** The corpus: file name → exact bytes. Big files are built here, never stored twice. */
export function corpusFiles(): Map<string, Uint8Array> {
  const files = new Map<string, number[] | Uint8Array>();
  // §3.7 1: Excel "CSV UTF-8": the BOM must not stick to the first header.
  files.set('utf8-bom-header.csv', [...BOM_UTF8, ...ascii('Date,kWh\r\n01/04/2024,12.5\r\n')]);
  // §3.7 2: Excel "CSV (Comma delimited)" on a UK PC: "£" is the single byte 0xA3 (Excel quotes the amount: it has a comma).
  files.set('excel-ansi-pound.csv', cp1252('Site,Cost\r\nLeeds,"£1,234.56"\r\nYork,£98.00\r\n'));
  // The literal bytes of §3.7 2, unquoted: "£1,234.56" splits into two cells. Refused, not misread.
  files.set('unquoted-pound-thousands.csv', cp1252('Site,Cost\r\nLeeds,£1,234.56\r\n'));
  // §3.7 3: UTF-8 "£" (C2 A3) must stay "£", never "Â£".
  files.set('utf8-read-as-1252.csv', utf8('Site,Cost,Note\r\nLeeds,"£1,234.56",Café – Llandŵ\r\n'));
  // §3.7 4: Excel "Unicode Text": UTF-16LE with BOM, TAB-separated, CRLF.
  files.set('excel-unicode-text.txt', [0xff, 0xfe, ...utf16le('Date\tSite\tkWh\tCost\r\n01/04/2024\tCafé Llandŵ\t12.5\t£3.10\r\n02/04/2024\tLeeds\t1,234.5\t£308.63\r\n')]);
  // §3.7 5: UTF-16LE without a BOM: NULs at odd byte positions.
  files.set('utf16le-no-bom.csv', utf16le('Date,kWh\n01/04/2024,12.5\n02/04/2024,13\n'));
  files.set('utf16be-bom.csv', [0xfe, 0xff, ...utf16be('Date,kWh\r\n01/04/2024,12.5\r\n')]);
  // §3.7 6: semicolon + decimal comma (PapaParse #290/#153 guess the comma).
  files.set('semicolon-decimal-comma.csv', ascii('Datum;Verbrauch\n01.04.2024;1.234,56\n02.04.2024;99,5\n03.04.2024;-21.419,06\n'));
  // Tab + decimal comma (#1005) and a semicolon file with "5,58199E+12" (#910).
  files.set('tab-decimal-comma.tsv', ascii('Datum\tVerbrauch kWh\r\n01.04.2024\t1,5\r\n02.04.2024\t12,75\r\n'));
  files.set('semicolon-scientific.csv', ascii('Kunde;Zaehler;Wert\r\nA;5,58199E+12;1,5\r\nB;5,58199E+12;2,25\r\n'));
  // §3.7 7: quoted thousands, currency, NBSP groups and unit suffixes, in the generic layout.
  files.set('quoted-thousands.csv', utf8(lines('\r\n', GENERIC,
    '2024-01-01,2024-01-31,grid-electricity-uk,"1,234.56",kWh,Head office,QT1,INV-1,invoice',
    '2024-02-01,2024-02-29,grid-electricity-uk,"12,345",kWh,Head office,QT1,INV-2,invoice',
    '2024-03-01,2024-03-31,grid-electricity-uk,1\u00a0234.5,kWh,Head office,QT1,INV-3,invoice',
    '2024-04-01,2024-04-30,grid-electricity-uk,1234 kWh,kWh,Head office,QT1,INV-4,invoice',
    '2024-05-01,2024-05-31,grid-electricity-uk,"1,23,4",kWh,Head office,QT1,INV-5,invoice')));
  // §3.7 8: CRLF records with a bare LF inside a quoted note (#344/#457).
  files.set('quoted-newline-mixed-eol.csv', utf8(lines('\r\n', 'date,activity,quantity,unit,description',
    '01/04/2024,grid-electricity-uk,100,kWh,"line1\nline2"',
    '02/04/2024,grid-electricity-uk,200,kWh,"said ""hello""\r\nthen left"',
    '03/04/2024,grid-electricity-uk,300,kWh,plain')));
  // §3.7 9: a quoted value whose closing quote is followed by the "\r" at the end of a chunk and "\n"
  // at the start of the next (#1103). expected.json gives the chunk size that puts the cut there.
  files.set('crlf-chunk-boundary.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,description',
    '05/04/2024,grid-electricity-uk,10,kWh,"quoted, ends the chunk"',
    '06/04/2024,grid-electricity-uk,20,kWh,"next"')));
  // §3.7 10: data, then an empty line, ",,,", and a total row.
  files.set('trailing-blank-and-total.csv', ascii(lines('\r\n', 'date,activity,quantity,unit',
    '01/04/2024,grid-electricity-uk,10,kWh', '02/04/2024,grid-electricity-uk,20,kWh', '', ',,,', 'Total,,30,')));
  files.set('blank-rows-between.csv', ascii(lines('\n', 'date,activity,quantity,unit',
    '01/04/2024,natural-gas,10,kWh', '', '02/04/2024,natural-gas,20,kWh', '  ,  ,,', '03/04/2024,natural-gas,30,kWh')));
  // §3.7 11: supplier preamble above the header.
  files.set('preamble.csv', ascii(lines('\r\n', 'Account number: 0012345678', 'Customer: Acme Widgets Ltd, Leeds', 'Generated: 01/05/2024 09:15', 'Supply address: 1 High Street', '',
    'date,activity,quantity,unit,meter', '01/04/2024,grid-electricity-uk,12.5,kWh,PRE1', '02/04/2024,grid-electricity-uk,13,kWh,PRE1')));
  // §3.7 12: date order decided per file.
  const dated = (rows: string[]) => ascii(lines('\n', 'date,activity,quantity,unit,meter', ...rows));
  files.set('ambiguous-dates.csv', dated(['01/04/2024,grid-electricity-uk,1,kWh,AMB', '02/05/2024,grid-electricity-uk,2,kWh,AMB', '12/11/2024,grid-electricity-uk,3,kWh,AMB']));
  files.set('mixed-dates.csv', dated(['01/04/2024,grid-electricity-uk,1,kWh,MIX', '13/04/2024,grid-electricity-uk,2,kWh,MIX']));
  files.set('us-dates.csv', dated(['01/04/2024,grid-electricity-uk,1,kWh,US', '04/13/2024,grid-electricity-uk,2,kWh,US']));
  files.set('conflicting-dates.csv', dated(['13/04/2024,grid-electricity-uk,1,kWh,CON', '04/13/2024,grid-electricity-uk,2,kWh,CON']));
  files.set('named-dates.csv', dated(['01-Apr-24,grid-electricity-uk,1,kWh,NAM', '1st April 2024,grid-electricity-uk,2,kWh,NAM2', '2024-04-03T00:00:00+01:00,grid-electricity-uk,3,kWh,NAM']));
  // §3.7 13: Excel serials, with 60 = the phantom 29 February 1900.
  files.set('excel-serial-dates.csv', dated(['45383,grid-electricity-uk,1,kWh,XL', '45383.5,grid-electricity-uk,2,kWh,XL2', '60,grid-electricity-uk,3,kWh,XL']));
  // §3.7 14: ids that must stay text.
  files.set('leading-zero-ids.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,meter,evidence,description',
    '01/04/2024,grid-electricity-uk,10,kWh,0012345678901,713752e1,serial E10BG01234', '02/04/2024,natural-gas,0700,kWh,0000123456,00042,MPRN leading zeros')));
  // §3.7 15: credits in four spellings (the generic layout refuses negatives), and one debit.
  files.set('credits.csv', ascii(lines('\n', 'date,activity,quantity,unit,evidence',
    '01/04/2024,grid-electricity-uk,(12.34),kWh,CR-1', '02/04/2024,grid-electricity-uk,-12.34,kWh,CR-2', '03/04/2024,grid-electricity-uk,12.34 CR,kWh,CR-3', '04/04/2024,grid-electricity-uk,12.34-,kWh,CR-4', '05/04/2024,grid-electricity-uk,12.34 DR,kWh,DR-5')));
  // §3.7 16: one gas period as kWh and again as m³ (calorific value in a column the layout ignores).
  files.set('gas-m3-vs-kwh.csv', utf8(lines('\r\n', `${GENERIC},calorific_value`,
    '2024-01-01,2024-01-31,natural-gas,"10,550",kWh,Head office,G4,GAS-JAN,invoice,39.5', '2024-01-01,2024-01-31,natural-gas,940,m³,Head office,G4,GAS-JAN-VOL,invoice,39.5')));
  // §3.7 17–19: half-hourly layouts (read as tables here; their profiles map them).
  const wide = (date: string, n: number) => ['1200012345678', date, ...readings(n, n), ...Array<string>(50 - n).fill('')].join(',');
  files.set('hh-wide-short-day.csv', ascii(lines('\r\n', ['MPAN', 'Date', ...hh(50)].join(','), wide('29/03/2025', 48), wide('30/03/2025', 46), wide('31/03/2025', 48))));
  files.set('hh-wide-long-day.csv', ascii(lines('\r\n', ['MPAN', 'Date', ...hh(50)].join(','), wide('25/10/2025', 48), wide('26/10/2025', 50))));
  const longDayRows = ['00:00', '00:30', '01:00', '01:30', '01:00', '01:30', '02:00'].map((t, i) => `1200012345678,2025-10-26 ${t},${(0.2 + i / 10).toFixed(1)}`);
  files.set('hh-long-day-rows.csv', ascii(lines('\n', 'MPAN,Reading start,kWh', ...longDayRows)));
  const offsets = ['00:00+01:00', '00:30+01:00', '01:00+01:00', '01:30+01:00', '01:00+00:00', '01:30+00:00', '02:00+00:00'];
  files.set('hh-long-day-rows-offsets.csv', ascii(lines('\n', 'MPAN,Reading start,kWh', ...offsets.map((t, i) => `1200012345678,2025-10-26T${t},${(0.2 + i / 10).toFixed(1)}`))));
  const endLabels = Array.from({ length: 48 }, (_, i) => `${String(Math.floor((i + 1) / 2)).padStart(2, '0')}:${(i + 1) % 2 ? '30' : '00'}`);
  files.set('hh-end-labelled.csv', ascii(lines('\r\n', ['MPAN', 'Date', ...endLabels].join(','), ['1200012345678', '01/04/2024', ...readings(48, 3)].join(','))));
  // §3.7 20: estimated bill, overlapping actual bill, and an exact duplicate of the actual.
  files.set('overlapping-bills.csv', ascii(lines('\r\n', GENERIC,
    '2024-01-01,2024-03-31,grid-electricity-uk,3000,kWh,Head office,OV1,EST-Q1,estimate', '2024-02-15,2024-04-14,grid-electricity-uk,2900,kWh,Head office,OV1,ACT-1,invoice',
    '2024-02-15,2024-04-14,grid-electricity-uk,2900,kWh,Head office,OV1,ACT-1,invoice')));
  // §3.7 21: demand (kW), not energy.
  files.set('kw-not-kwh.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,meter', '01/04/2024,grid-electricity-uk,45.2,kW,KW1', '01/04/2024,grid-electricity-uk,1080,kWh,KW1')));
  // §3.7 22: spreadsheet formulas in vendor text: stored as text, verbatim.
  files.set('formula-injection.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,meter,evidence,description',
    '01/04/2024,grid-electricity-uk,10,kWh,@SUM(1+1),+cmd|\' /C calc\'!A0,"=HYPERLINK(""http://x"",""click"")"', '02/04/2024,=1+2,5,kWh,F1,-2+3,x')));
  // §3.7 23: a huge (but closed) value, and a quote that never closes.
  files.set('huge-field.csv', ascii(`Date,Notes,kWh\r\n01/04/2024,"${'x'.repeat(150_000)}",12.5\r\n`));
  files.set('unterminated-quote.csv', ascii(lines('\r\n', 'Date,Notes,kWh', '01/04/2024,"never closed,12.5', '02/04/2024,ok,13')));
  // §3.7 24: a delimiter inside a quoted header (#600), and a file with no delimiter at all.
  files.set('delimiter-in-header.csv', utf8(lines('\r\n', '"Cost, £",Date,"kWh, total"', '"1,234.00",01/04/2024,"1,500"', '98.10,02/04/2024,120')));
  // Every row splits into two "columns" on the comma inside its quoted value, as consistently as on
  // the real delimiter "|": the quotes must decide.
  files.set('pipe-quoted-commas.csv', utf8(lines('\r\n', 'Site|"Cost, £"', 'Leeds|"1,234.00"', 'York|"2,000.50"')));
  files.set('all-one-column.csv', ascii(lines('\n', 'Date kWh', '01/04/2024 12.5', '02/04/2024 13')));

  // More: nothing, or nearly nothing.
  files.set('empty.csv', []);
  files.set('only-bom.csv', BOM_UTF8);
  files.set('header-only.csv', ascii('date,activity,quantity,unit\r\n'));
  files.set('whitespace-only.csv', ascii(' \r\n\t\r\n  \r\n'));
  // Not text at all.
  files.set('binary-garbage.csv', garbage(4096, 0x2545f491));
  files.set('png-renamed.csv', png());
  files.set('zip-renamed.csv', zip('bills.csv', ascii(lines('\r\n', 'date,activity,quantity,unit', '01/04/2024,grid-electricity-uk,10,kWh'))));
  files.set('pdf-renamed.csv', ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'));
  files.set('nul-bytes-utf8.csv', [...ascii('date,activity,quantity,unit\n01/04/2024,grid-electricity-uk,10,kWh\n02/04/2024,grid-'), 0, ...ascii('electricity-uk,20,kWh\n')]);
  // Size: one 5 MiB line (no line break anywhere).
  const line = '01/04/2024,12.5,';
  files.set('single-line-5mb.csv', ascii(line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)).slice(0, 5 * 1024 * 1024)));
  // Shape.
  const many = Array.from({ length: 3000 }, (_, i) => `col${i + 1}`);
  files.set('very-many-columns.csv', ascii(lines('\n', many.join(','), ...[1, 2, 3].map((r) => many.map((_, i) => String(r * 10_000 + i)).join(',')))));
  files.set('duplicate-headers.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,Quantity', '01/04/2024,grid-electricity-uk,10,kWh,1000')));
  files.set('blank-header-names.csv', ascii(lines('\r\n', 'date,activity,quantity,unit,,', '01/04/2024,grid-electricity-uk,10,kWh,,', '02/04/2024,grid-electricity-uk,11,kWh,,')));
  files.set('bom-quoted-header.csv', [...BOM_UTF8, ...ascii(lines('\r\n', '"date","activity","quantity","unit","meter"', '"01/04/2024","grid-electricity-uk","10","kWh","BQ1"'))]);
  // Encodings and line endings.
  files.set('windows-1252-smart-quotes.csv', cp1252(lines('\r\n', 'date,activity,quantity,unit,description',
    '01/04/2024,natural-gas,500,kWh,“Boiler service” – £120 + €5…', '02/04/2024,natural-gas,250,kWh,Tenant’s meter — read')));
  files.set('mac-classic-cr.csv', ascii(lines('\r', 'date,activity,quantity,unit,description', '01/04/2024,grid-electricity-uk,100,kWh,"read by\ntenant"', '02/04/2024,grid-electricity-uk,110,kWh,ok')));
  files.set('lf-with-stray-crlf.csv', ascii('date,activity,quantity,unit,meter\n01/04/2024,grid-electricity-uk,10,kWh,SC1\r\n02/04/2024,grid-electricity-uk,20,kWh,"SC2"\r\n03/04/2024,grid-electricity-uk,30,kWh,SC3\n'));
  // Rows that cannot be read safely: more values than columns (an unquoted "1,234" in the last
  // column read as 1), and a stray quote that makes PapaParse run two rows into one value.
  files.set('extra-values-in-row.csv', ascii(lines('\r\n', 'date,activity,unit,quantity', '01/04/2024,grid-electricity-uk,kWh,500', '02/04/2024,grid-electricity-uk,kWh,1,234')));
  files.set('malformed-inner-quote.csv', ascii(lines('\n', 'date,activity,quantity,unit,description', '01/04/2024,grid-electricity-uk,10,kWh,"12" pipe', '02/04/2024,grid-electricity-uk,20,kWh,"ok"', '03/04/2024,grid-electricity-uk,30,kWh,x')));
  return new Map([...files].map(([name, bytes]) => [name, Uint8Array.from(bytes)]));
}

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'files');

function writeCorpus(): void {
  const files = corpusFiles();
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const name of readdirSync(CORPUS_DIR)) if (name !== '.gitattributes' && !files.has(name)) rmSync(join(CORPUS_DIR, name));
  // Git must never touch line endings or encodings here.
  writeFileSync(join(CORPUS_DIR, '.gitattributes'), '* -text -diff\n');
  let total = 0;
  for (const [name, bytes] of files) {
    writeFileSync(join(CORPUS_DIR, name), bytes);
    total += bytes.length;
  }
  console.log(`Wrote ${files.size} files (${(total / 1024 / 1024).toFixed(2)} MiB) to ${CORPUS_DIR}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeCorpus();
