import type { z } from 'zod';
import type { IntensityMetrics, intensityMetricsInputSchema } from '../../../shared/domain/dashboard';
import type { AuditRecord } from '../audit/audit-repository';
import type { WorkspaceDb } from '../db/connection';

type MetricsInput = z.output<typeof intensityMetricsInputSchema>;

/** Floor area of every site that has one; null when no site has an area. */
export function sitesFloorAreaM2(db: WorkspaceDb): number | null {
  const row = db.$client.prepare('SELECT sum(floor_area_m2) AS area FROM sites WHERE floor_area_m2 IS NOT NULL').get() as { area: number | null };
  return row.area;
}

/** The intensity denominators of a reporting year, as entered (nulls where nothing was entered). */
export function getIntensityMetrics(db: WorkspaceDb, year: number): IntensityMetrics {
  const row = db.$client
    .prepare('SELECT turnover_gbp AS turnoverGbp, employees_fte AS employeesFte, floor_area_m2 AS floorAreaM2, updated_at AS updatedAt FROM reporting_year_metrics WHERE year = ?')
    .get(year) as Omit<IntensityMetrics, 'year' | 'sitesFloorAreaM2'> | undefined;
  return {
    year,
    turnoverGbp: row?.turnoverGbp ?? null,
    employeesFte: row?.employeesFte ?? null,
    floorAreaM2: row?.floorAreaM2 ?? null,
    sitesFloorAreaM2: sitesFloorAreaM2(db),
    updatedAt: row?.updatedAt ?? null,
  };
}

export function updateIntensityMetrics(db: WorkspaceDb, input: MetricsInput, now: Date, audit: (record: AuditRecord) => void): IntensityMetrics {
  const before = getIntensityMetrics(db, input.year);
  db.$client
    .prepare(
      `INSERT INTO reporting_year_metrics (year, turnover_gbp, employees_fte, floor_area_m2, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (year) DO UPDATE SET turnover_gbp = excluded.turnover_gbp, employees_fte = excluded.employees_fte,
         floor_area_m2 = excluded.floor_area_m2, updated_at = excluded.updated_at`,
    )
    .run(input.year, input.turnoverGbp, input.employeesFte, input.floorAreaM2, now.toISOString());
  const after = getIntensityMetrics(db, input.year);
  audit({
    action: before.updatedAt ? 'update' : 'create',
    entity: 'reporting-year-metrics',
    entityId: String(input.year),
    summary: `Updated turnover, employees and floor area for reporting year ${input.year}`,
    before: { turnoverGbp: before.turnoverGbp, employeesFte: before.employeesFte, floorAreaM2: before.floorAreaM2 },
    after: { turnoverGbp: after.turnoverGbp, employeesFte: after.employeesFte, floorAreaM2: after.floorAreaM2 },
  });
  return after;
}
