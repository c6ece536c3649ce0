import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvChunked, type ChunkNewline } from './chunked';

// (e) Any chunk size gives the same rows: parseCsvChunked, fed 1..1000 characters at a time, yields
// exactly the records (and the quote errors, at the same absolute rows) of one whole-string
// Papa.parse. This is the property that would have caught PapaParse #1103 and PR #1134.

const RUNS = Number(process.env.PROPERTY_RUNS) || 300;
const NEWLINES: ChunkNewline[] = ['\r\n', '\n', '\r'];

function wholeParse(text: string, delimiter: string, newline: ChunkNewline) {
  return Papa.parse<string[]>(text, { delimiter, newline, header: false, dynamicTyping: false, skipEmptyLines: false });
}

function chunked(text: string, delimiter: string, newline: ChunkNewline, chunkSize: number) {
  const rows: string[][] = [];
  const firsts: number[] = [];
  const summary = parseCsvChunked(text, delimiter, newline, chunkSize, (batch, first) => {
    firsts.push(first);
    expect(first).toBe(rows.length);
    rows.push(...batch);
  });
  return { rows, summary, firsts };
}

/** CSV-ish text built from the characters that matter, so quotes and line breaks meet chunk edges often. */
const soup = fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', '"', '"', ',', ';', '\t', '\r', '\n', '\r\n', '£', '😀', '\ufeff'), maxLength: 400 });

/** Well-formed CSV: random cells, quoted when they need it. */
const wellFormed = fc
  .tuple(
    fc.array(fc.array(fc.string({ unit: fc.constantFrom('x', '7', ' ', '"', ',', ';', '\r', '\n', '£', 'é'), maxLength: 12 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom(...NEWLINES),
    fc.boolean(),
  )
  .map(([rows, delimiter, newline, trailing]) => {
    const field = (c: string) => (/["\r\n,;\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    const text = rows.map((r) => r.map(field).join(delimiter)).join(newline) + (trailing ? newline : '');
    return { text, delimiter, newline };
  });

describe('parseCsvChunked: any chunk size gives the rows of one whole parse', () => {
  it('well-formed CSV, any delimiter and line ending, chunk sizes 1..1000', () => {
    fc.assert(
      fc.property(wellFormed, fc.integer({ min: 1, max: 1000 }), ({ text, delimiter, newline }, chunkSize) => {
        const whole = wholeParse(text, delimiter, newline);
        const { rows, summary } = chunked(text, delimiter, newline, chunkSize);
        expect(whole.errors).toEqual([]);
        expect(rows).toEqual(whole.data);
        expect(summary).toMatchObject({ rows: whole.data.length, errors: [], errorCount: 0, missingQuoteRow: null, stopped: null });
      }),
      { numRuns: RUNS },
    );
  });

  it('any text at all (unbalanced quotes, stray CR, BOM), chunk sizes 1..1000: same rows, same errors at the same rows', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom(',', ';', '\t'), fc.constantFrom(...NEWLINES), fc.integer({ min: 1, max: 1000 }), (text, delimiter, newline, chunkSize) => {
        const whole = wholeParse(text, delimiter, newline);
        const { rows, summary } = chunked(text, delimiter, newline, chunkSize);
        expect(rows).toEqual(whole.data);
        expect(summary.errors.map((e) => [e.code, e.row])).toEqual(whole.errors.slice(0, 100).map((e) => [e.code, e.row]));
        expect(summary.missingQuoteRow).toBe(whole.errors.find((e) => e.code === 'MissingQuotes')?.row ?? null);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('small chunks over a whole file (every cut position at least once)', () => {
    fc.assert(
      fc.property(wellFormed, fc.integer({ min: 1, max: 7 }), ({ text, delimiter, newline }, chunkSize) => {
        expect(chunked(text, delimiter, newline, chunkSize).rows).toEqual(wholeParse(text, delimiter, newline).data);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe('the PapaParse streaming bugs it avoids (5.7.1)', () => {
  it('#1103: a chunk ending on the "\\r" of "\\r\\n" after a closing quote raises no bogus InvalidQuotes', () => {
    const text = 'a,"b"\r\nc,d\r\n';
    const { rows, summary } = chunked(text, ',', '\r\n', 6); // first chunk: a,"b"\r
    expect(rows).toEqual([['a', 'b'], ['c', 'd'], ['']]);
    expect(summary.errors).toEqual([]);
  });

  it('PR #1134: the line ending is given, never guessed from a truncated first chunk', () => {
    const { rows } = chunked('x,y\r\n1,2\r\n', ',', '\r\n', 4); // Papa's own streamer guesses "\r" here
    expect(rows).toEqual([['x', 'y'], ['1', '2'], ['']]);
  });

  it('no recursion per chunk: chunk size 1 over 140 KB does not overflow the stack', () => {
    const text = 'ab,cd\r\n'.repeat(20_000);
    const { summary } = chunked(text, ',', '\r\n', 1);
    expect(summary).toMatchObject({ rows: 20_001, errors: [], stopped: null });
  });

  it('the last partial row (no final line break) and a final empty line are kept as Papa keeps them', () => {
    expect(chunked('a,b\r\nc,d', ',', '\r\n', 3).rows).toEqual([['a', 'b'], ['c', 'd']]);
    expect(chunked('a,b\n', ',', '\n', 3).rows).toEqual([['a', 'b'], ['']]);
  });
});

describe('stopping', () => {
  it('a record that grows past maxRecordChars stops the parse, saying whether a quote is still open', () => {
    const open = parseCsvChunked(`h1,h2\n1,"${'x\n'.repeat(5000)}`, ',', '\n', 1000, () => undefined, { maxRecordChars: 4000 });
    expect(open.stopped).toMatchObject({ reason: 'record-too-long', row: 1, openQuote: true });
    const line = parseCsvChunked(`h1,h2\n${'x,'.repeat(5000)}\n`, ',', '\n', 1000, () => undefined, { maxRecordChars: 4000 });
    expect(line.stopped).toMatchObject({ reason: 'record-too-long', row: 1, openQuote: false });
  });

  it('onRows returning false stops after that batch', () => {
    let batches = 0;
    const summary = parseCsvChunked('a\nb\nc\nd\n', ',', '\n', 2, () => {
      batches++;
      return false;
    });
    expect([batches, summary.rows, summary.stopped]).toEqual([1, 1, { reason: 'callback' }]);
  });

  it('refuses a chunk size that is not a positive integer', () => {
    expect(() => parseCsvChunked('a', ',', '\n', 0, () => undefined)).toThrow(RangeError);
  });
});
