import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormulaText, FORMULA_START } from './formula-safety';

describe('formula safety', () => {
  it('escapes text starting with = + - @ tab or carriage return, and nothing else', () => {
    expect(['=SUM(A1)', '+44', '-1', '@x', '\tx', '\rx'].map(escapeFormulaText)).toEqual(["'=SUM(A1)", "'+44", "'-1", "'@x", "'\tx", "'\rx"]);
    expect(['Leeds', ' =x', "'=x", '', '£5'].map(escapeFormulaText)).toEqual(['Leeds', ' =x', "'=x", '', '£5']);
  });

  it('catches a formula followed by a line break, which papaparse’s own escapeFormulae: true lets through', () => {
    const hostile = [['=1+1\nsecond line']];
    expect(Papa.unparse(hostile, { escapeFormulae: true })).toBe('"=1+1\nsecond line"');
    expect(Papa.unparse(hostile, { escapeFormulae: FORMULA_START })).toBe(`"'=1+1\nsecond line"`);
  });
});
