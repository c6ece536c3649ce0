import type { ReportBlock, ReportColumn, ReportSection, ReportTable } from '../../../shared/domain/report-document';
import { formatReportDate } from '../../../shared/domain/report-format';
import type { ReportData, ReportFigure } from './report-data';
import { factorKeyOf, type FigureGroup } from './report-sql';

// Blocks every report shares: the methodology text generated from the factor sets the run used,
// the provenance appendix (one row per factor) and the data table (one row per figure, or per
// site, activity, factor and month in a large year).

export const KG_PER_TONNE = 1000;
/** Above this many figure rows the data table is grouped by month (same factor per row), keeping exports bounded. */
export const MAX_DATA_ROWS = 20_000;

export function col(key: string, label: string, format: ReportColumn['format'] = 'text', unit: string | null = null, decimals = 0): ReportColumn {
  return { key, label, unit, format, decimals };
}

export function table(id: string, title: string, columns: ReportColumn[], rows: ReportTable['rows'], extra: Partial<Pick<ReportTable, 'totals' | 'footnote' | 'recompute'>> = {}): ReportTable {
  return { kind: 'table', id, title, columns, rows, totals: extra.totals ?? null, footnote: extra.footnote ?? null, recompute: extra.recompute ?? null };
}

export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

export const tonnes = (kg: number): number => kg / KG_PER_TONNE;

export function methodLabel(f: Pick<ReportFigure, 'method' | 'marketStep'>): string {
  if (f.method === 'market-based') return `market-based (${f.marketStep ?? 'grid average'})`;
  return f.method;
}

/** The methodology, written from what the run actually used: set titles, years, versions. */
export function methodologyBlocks(data: ReportData): ReportBlock[] {
  const sets = data.factorSets.map((s) => `${s.title} ${s.year}, version ${s.version} (${s.publisher}${s.verified ? '' : '; not independently verified'})`);
  const methods = [...new Set(data.current.groups.map((f) => f.method))].sort();
  const blocks: ReportBlock[] = [
    paragraph(
      `Emissions were calculated following the GHG Protocol Corporate Standard and the UK Government Environmental Reporting Guidelines (March 2019), multiplying each activity (energy, fuel, distance, weight or spend) by a published conversion factor. All seven Kyoto gases are included, expressed as carbon dioxide equivalent (CO2e), as published in the factor sets. Figures come from calculation run ${data.run.number} (${data.run.createdAt.slice(0, 10)}: ${data.run.reason}).`,
    ),
    paragraph(`Conversion factors used: ${sets.length ? sets.join('; ') : 'none'}.`),
    paragraph(
      data.run.pinnedFactorYear !== null
        ? `All activity was calculated with the ${data.run.pinnedFactorYear} factor set, pinned for this workspace.`
        : 'Each activity was calculated with the factor set for the calendar year holding most of its period, as the DESNZ guidance recommends.',
    ),
    paragraph(
      `Calculation methods used this year: ${methods.join(', ')}. Scope 2 electricity is reported location-based (grid-average factor) and, beside it, market-based (contractual instruments, supplier fuel mix, residual mix, then grid average, in that order). Bills that straddle the reporting year are counted for the days that fall inside it.`,
    ),
  ];
  return blocks;
}

/** The fields of a figure, or of a group of figures, that the appendix tables read. */
type AppendixItem = Pick<
  ReportFigure,
  | 'siteId' | 'siteName' | 'activityId' | 'activityLabel' | 'role' | 'scope' | 'scope3Category' | 'method' | 'marketStep' | 'marketSourceId' | 'quantity' | 'quantityUnit'
  | 'factorValue' | 'factorUnit' | 'co2eKg' | 'factorSetId' | 'factorRowNumber' | 'factorExternalId' | 'factorYear'
>;

/** One factor of the provenance appendix: where it is published, its value and how much activity it was applied to. */
export interface FactorUse {
  factorSetId: string;
  year: number | null;
  row: number | null;
  externalId: string | null;
  value: number;
  unit: string;
  quantity: number;
  quantityUnit: string;
  co2eKg: number;
  records: number;
}

/** Sums figures (or groups of them) per factor, keyed as factorKeyOf; `records` is left at 0 for the caller. */
export function sumByFactor(items: Iterable<AppendixItem>): Map<string, FactorUse> {
  const byFactor = new Map<string, FactorUse>();
  for (const f of items) {
    const key = factorKeyOf(f);
    let use = byFactor.get(key);
    if (!use) {
      const setId = f.factorSetId ?? `${f.marketStep ?? 'contract'}:${f.marketSourceId ?? ''}`;
      use = { factorSetId: setId, year: f.factorYear, row: f.factorRowNumber, externalId: f.factorExternalId, value: f.factorValue, unit: f.factorUnit, quantity: 0, quantityUnit: f.quantityUnit, co2eKg: 0, records: 0 };
      byFactor.set(key, use);
    }
    use.quantity += f.quantity;
    use.co2eKg += f.co2eKg;
  }
  return byFactor;
}

/** One row per factor used, with the number of activity records it was applied to. */
export function provenanceTable(figures: readonly ReportFigure[]): ReportTable {
  const uses = sumByFactor(figures);
  const records = new Map<string, Set<string>>();
  for (const f of figures) {
    const key = factorKeyOf(f);
    const set = records.get(key) ?? new Set<string>();
    set.add(f.activityRecordId);
    records.set(key, set);
  }
  for (const [key, use] of uses) use.records = records.get(key)?.size ?? 0;
  return provenanceTableOf(uses.values());
}

export function provenanceTableOf(uses: Iterable<FactorUse>): ReportTable {
  const rows = [...uses]
    .sort((a, b) => a.factorSetId.localeCompare(b.factorSetId) || (a.row ?? 0) - (b.row ?? 0))
    .map((a) => ({
      factorSet: a.factorSetId,
      year: a.year,
      row: a.row,
      factorId: a.externalId,
      factorValue: a.value,
      factorUnit: a.unit,
      quantity: a.quantity,
      quantityUnit: a.quantityUnit,
      co2eKg: a.co2eKg,
      records: a.records,
    }));
  return table(
    'provenance',
    'Conversion factors used',
    [
      col('factorSet', 'Factor set'),
      col('year', 'Year', 'number', null, 0),
      col('row', 'Row', 'number', null, 0),
      col('factorId', 'Factor ID'),
      col('factorValue', 'Factor', 'number', null, 5),
      col('factorUnit', 'Factor unit'),
      col('quantity', 'Total quantity', 'number', null, 2),
      col('quantityUnit', 'Quantity unit'),
      col('co2eKg', 'Emissions', 'number', 'kg CO2e', 2),
      col('records', 'Records', 'number', null, 0),
    ],
    rows,
    { footnote: 'Row is the data row in the published factor file (header excluded). Market-based rows without a factor set come from contractual instruments, supplier fuel mixes or residual mixes entered in Settings.', recompute: { quantityKey: 'quantity', factorKey: 'factorValue', resultKey: 'co2eKg', divisor: 1 } },
  );
}

type DataRow = Record<string, string | number | null>;

function dataRowOf(f: AppendixItem, record: string, period: string): DataRow {
  return {
    record,
    period,
    site: f.siteName,
    activity: f.activityLabel,
    part: f.role,
    scope: f.scope,
    category: f.scope3Category,
    method: methodLabel(f),
    quantity: f.quantity,
    unit: f.quantityUnit,
    factorValue: f.factorValue,
    factorUnit: f.factorUnit,
    factorSet: f.factorSetId,
    factorRow: f.factorRowNumber,
    co2eKg: f.co2eKg,
  };
}

/** Rows per site, activity, part, method, factor and month (the month the figures start in). */
function groupedRows<T extends AppendixItem>(items: Iterable<T>, monthOf: (item: T) => string): DataRow[] {
  const rows = new Map<string, DataRow>();
  for (const f of items) {
    const period = monthOf(f);
    const key = `${f.siteId}|${f.activityId}|${f.role}|${f.method}|${f.marketStep}|${f.factorSetId}|${f.factorRowNumber}|${f.factorValue}|${period}`;
    const row = rows.get(key);
    if (row) {
      row.quantity = (row.quantity as number) + f.quantity;
      row.co2eKg = (row.co2eKg as number) + f.co2eKg;
    } else rows.set(key, dataRowOf(f, 'several', period));
  }
  return [...rows.values()];
}

/** One row per figure (or per record, factor and month for very large years), recomputable in the XLSX. */
export function dataTable(figures: readonly ReportFigure[]): ReportTable {
  if (figures.length > MAX_DATA_ROWS) return dataTableOf(groupedRows(figures, (f) => f.periodStart.slice(0, 7)), true);
  return dataTableOf(figures.map((f) => dataRowOf(f, f.activityRecordId, `${f.periodStart} to ${f.periodEnd}`)), false);
}

/** The grouped data table of a large year, from figures already summed by SQLite (see report-sql.ts). */
export function groupedDataTable(groups: readonly FigureGroup[]): ReportTable {
  // In the order the figures run, as the per-figure table is.
  const ordered = [...groups].sort((a, b) => (a.firstPeriodStart < b.firstPeriodStart ? -1 : a.firstPeriodStart > b.firstPeriodStart ? 1 : 0));
  return dataTableOf(groupedRows(ordered, (g) => g.month), true);
}

function dataTableOf(rows: DataRow[], grouped: boolean): ReportTable {
  return table(
    'data',
    'Every figure in this report',
    [
      col('record', 'Activity record'),
      col('period', 'Period'),
      col('site', 'Site'),
      col('activity', 'Activity'),
      col('part', 'Part'),
      col('scope', 'Scope', 'number', null, 0),
      col('category', 'Scope 3 category', 'number', null, 0),
      col('method', 'Method'),
      col('quantity', 'Quantity', 'number', null, 3),
      col('unit', 'Unit'),
      col('factorValue', 'Factor', 'number', null, 5),
      col('factorUnit', 'Factor unit'),
      col('factorSet', 'Factor set'),
      col('factorRow', 'Row', 'number', null, 0),
      col('co2eKg', 'Emissions', 'number', 'kg CO2e', 3),
    ],
    rows,
    {
      footnote: grouped
        ? `More than ${MAX_DATA_ROWS.toLocaleString('en-GB')} figures: rows are grouped by site, activity, factor and month. Each row still recomputes as quantity × factor.`
        : 'Quantities of bills that straddle the reporting year are the share of days inside it. Emissions = quantity × factor.',
      recompute: { quantityKey: 'quantity', factorKey: 'factorValue', resultKey: 'co2eKg', divisor: 1 },
    },
  );
}

export function appendixSections(data: ReportData): ReportSection[] {
  return [
    { id: 'provenance', title: 'Appendix A: conversion factors', blocks: [data.appendix.provenance] },
    { id: 'data', title: 'Appendix B: every figure', blocks: [data.appendix.data] },
  ];
}

export function periodLabel(start: string, end: string): string {
  return `${formatReportDate(start)} to ${formatReportDate(end)}`;
}
