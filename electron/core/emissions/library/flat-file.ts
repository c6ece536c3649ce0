import Papa from 'papaparse';
import type { FactorRow } from './types';

const HEADER = ['ID', 'Scope', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Column Text', 'UOM', 'GHG/Unit'];

export interface ParsedFlatFile {
  /** The year in the last header column, "GHG Conversion Factor <year>". */
  year: number;
  rows: FactorRow[];
}

/** A numeric cell as published, or null (blank, or text such as "< 1"). */
export function parseFactorValue(raw: string): number | null {
  const trimmed = raw.trim();
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * Parses a DESNZ flat file (the "for automatic processing" format, one CSV per year). Any year
 * with this header loads, so next year's file needs no code change.
 */
export function parseDesnzFlatFile(csv: string, fileName: string): ParsedFlatFile {
  const parsed = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  const [header, ...data] = parsed.data;
  if (!header) throw new Error(`${fileName}: empty file`);
  const yearMatch = header[9]?.match(/^GHG Conversion Factor (\d{4})$/);
  if (HEADER.some((h, i) => header[i] !== h) || !yearMatch?.[1]) {
    throw new Error(`${fileName}: not a DESNZ flat file (header was: ${header.join(',').slice(0, 200)})`);
  }
  const rows = data.map((cells, index): FactorRow => {
    if (cells.length !== 10) throw new Error(`${fileName}: row ${index + 1} has ${cells.length} columns, expected 10`);
    const [externalId, scope, level1, level2, level3, level4, columnText, uom, ghgUnit, rawValue] = cells as [string, string, string, string, string, string, string, string, string, string];
    return {
      rowNumber: index + 1,
      externalId: externalId === '' ? null : externalId,
      scope,
      level1,
      level2,
      level3,
      level4,
      columnText,
      uom,
      ghgUnit,
      value: parseFactorValue(rawValue),
      rawValue,
    };
  });
  return { year: Number(yearMatch[1]), rows };
}
