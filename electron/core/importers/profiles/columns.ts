import type { TableRow } from '../csv-table';
import { detectDateOrder, parseDateCell, type DateFormat, type DateOrderVerdict, type ParsedDate } from '../dates';
import { parseNumber, plainNumber, type DecimalMark } from '../numbers';
import type { ImportContext, RowReject } from './types';

/** Header names compared without case, spaces, underscores or punctuation: "Period Start" = "period_start". */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, '');
}

/** The index of the first column whose name is one of the aliases, or -1. */
export function findColumn(header: readonly string[], aliases: readonly string[]): number {
  const wanted = aliases.map(normaliseHeader);
  return header.findIndex((h) => wanted.includes(normaliseHeader(h)));
}

export function hasColumns(header: readonly string[], ...aliasSets: readonly (readonly string[])[]): boolean {
  return aliasSets.every((aliases) => findColumn(header, aliases) >= 0);
}

/** What the user is told about a date column whose order had to be assumed or was contradicted. */
export function dateOrderWarning(columnName: string, verdict: DateOrderVerdict): string | null {
  if (verdict.conflict) return `${columnName}: ${verdict.conflict}. Day-first (UK) was used; rows that are not valid that way are rejected.`;
  if (verdict.ambiguous) return `${columnName}: every date could be day-first or month-first; read as UK day/month/year. Choose the date format if that is wrong.`;
  return null;
}

/** Reads cells of one row, turning every problem into a reject with the column's name. */
export class RowReader {
  private readonly dateFormats: Map<number, DateFormat>;

  /**
   * `dateFormats`: each date column's order when already decided (a file read in batches decides
   * from all its values first); otherwise a column's order is decided from the table's rows.
   */
  constructor(
    private readonly table: { header: readonly string[]; rows: readonly TableRow[] },
    private readonly context: ImportContext,
    private readonly rejects: RowReject[],
    private readonly warnings: string[],
    dateFormats: ReadonlyMap<number, DateFormat> = new Map(),
  ) {
    this.dateFormats = new Map(dateFormats);
  }

  /** Decides each date column's order once, from all its values; ambiguity is said, not hidden. */
  dateFormatOf(column: number): DateFormat {
    if (this.context.dateFormat) return this.context.dateFormat;
    const known = this.dateFormats.get(column);
    if (known) return known;
    const verdict = detectDateOrder(this.table.rows.map((r) => r.cells[column] ?? ''));
    const warning = dateOrderWarning(this.table.header[column] ?? `column ${column + 1}`, verdict);
    if (warning) this.warnings.push(warning);
    this.dateFormats.set(column, verdict.format);
    return verdict.format;
  }

  text(row: TableRow, column: number): string {
    return column >= 0 ? (row.cells[column] ?? '').trim() : '';
  }

  private reject(row: TableRow, column: number, reason: string): null {
    this.rejects.push({ rowNumber: row.rowNumber, column: column >= 0 ? (this.table.header[column] ?? null) : null, reason });
    return null;
  }

  number(row: TableRow, column: number, label: string, decimalMark: DecimalMark = this.context.decimalMark): number | null {
    const text = this.text(row, column);
    // Meter exports are a million plain numbers: read without a result object each.
    const plain = plainNumber(text, decimalMark);
    if (plain !== null) return plain;
    const parsed = parseNumber(text, decimalMark);
    return parsed.ok ? parsed.value : this.reject(row, column, `${label} ${parsed.reason}`);
  }

  date(row: TableRow, column: number, label: string): ParsedDate | null {
    const parsed = parseDateCell(this.text(row, column), this.dateFormatOf(column));
    return parsed.ok ? parsed.value : this.reject(row, column, `${label} ${parsed.reason}`);
  }

  /** The site of a row: its site column by name, else the site chosen for the file. */
  site(row: TableRow, column: number): string | null {
    const name = this.text(row, column);
    if (column >= 0 && name !== '') {
      const site = this.context.sites.find((s) => s.name.toLowerCase() === name.toLowerCase());
      return site ? site.id : this.reject(row, column, `there is no site called "${name}" in this workspace (sites: ${this.context.sites.map((s) => s.name).join(', ')})`);
    }
    if (this.context.siteId) return this.context.siteId;
    if (this.context.sites.length === 1) return this.context.sites[0]?.id ?? null;
    return this.reject(row, column, 'no site: choose the site this file belongs to, or add a site column');
  }

  fail(row: TableRow, column: number, reason: string): null {
    return this.reject(row, column, reason);
  }
}
