import type { ReportTable } from '../../../shared/domain/report-document';
import type { WorkspaceDb } from '../db/connection';
import { dataTable, groupedDataTable, MAX_DATA_ROWS, provenanceTable, provenanceTableOf, sumByFactor } from './blocks';
import type { ReportFigure, YearData } from './report-data';
import { factorKeyOf, loadFigureRows, withNames, type FigureGroup, type FigureWindow } from './report-sql';

/**
 * Activity records per factor, from the group counts. A record has one activity, starts in one
 * month and gives one figure per part and method, so per activity and (part, method) the counts
 * add up to distinct records; parts or methods of one activity that share a factor (location-based
 * and grid-average market-based electricity) are the same records, so the largest count is taken.
 */
export function recordsPerFactor(groups: readonly FigureGroup[]): Map<string, number> {
  const perPart = new Map<string, number>();
  for (const g of groups) {
    const key = `${factorKeyOf(g)}\u0001${g.activityId}\u0001${g.role}|${g.method}|${g.marketStep}|${g.marketSourceId}`;
    perPart.set(key, (perPart.get(key) ?? 0) + g.figureCount);
  }
  const perActivity = new Map<string, number>();
  for (const [key, count] of perPart) {
    const activityKey = key.slice(0, key.lastIndexOf('\u0001'));
    perActivity.set(activityKey, Math.max(perActivity.get(activityKey) ?? 0, count));
  }
  const perFactor = new Map<string, number>();
  for (const [key, count] of perActivity) {
    const factorKey = key.slice(0, key.indexOf('\u0001'));
    perFactor.set(factorKey, (perFactor.get(factorKey) ?? 0) + count);
  }
  return perFactor;
}

/**
 * Appendix A (one row per factor) and B (the figures) of the current year. A small year lists
 * every figure, read row by row; a large one (over MAX_DATA_ROWS figures, counted from the
 * rollups) is built from the year's figure groups summed in SQLite, so no figure is loaded one by one.
 */
export function loadAppendix(db: WorkspaceDb, window: FigureWindow, current: YearData, siteNames: ReadonlyMap<string, string>): { provenance: ReportTable; data: ReportTable } {
  if (current.figureCount <= MAX_DATA_ROWS) {
    const figures = loadFigureRows(db, window).map((row): ReportFigure => withNames(row, siteNames));
    return { provenance: provenanceTable(figures), data: dataTable(figures) };
  }
  const uses = sumByFactor(current.groups);
  const records = recordsPerFactor(current.groups);
  for (const [key, use] of uses) use.records = records.get(key) ?? 0;
  return { provenance: provenanceTableOf(uses.values()), data: groupedDataTable(current.groups) };
}
