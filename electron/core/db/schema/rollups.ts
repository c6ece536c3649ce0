import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Emission figures summed per calculation run and calendar month, maintained on every write of
 * figures (electron/core/dashboard/rollups.ts), so the dashboard aggregates thousands of rows
 * instead of millions. A figure spanning several months (a quarterly bill) is apportioned by days,
 * and its monthly parts sum exactly to it. Text keys use '' and scope3_category 0 for "none", so the
 * primary key (the upsert target) never holds a NULL, which SQLite treats as always distinct.
 */
export const figureRollups = sqliteTable(
  'figure_rollups',
  {
    runId: text('run_id').notNull(),
    /** Calendar month, 'YYYY-MM'. */
    month: text('month').notNull(),
    siteId: text('site_id').notNull(),
    activityId: text('activity_id').notNull(),
    scope: integer('scope').notNull(),
    scope3Category: integer('scope3_category').notNull(),
    method: text('method').notNull(),
    dataQuality: text('data_quality').notNull(),
    estimated: integer('estimated').notNull(),
    source: text('source').notNull(),
    importId: text('import_id').notNull(),
    factorSetId: text('factor_set_id').notNull(),
    quantityUnit: text('quantity_unit').notNull(),
    co2eKg: real('co2e_kg').notNull(),
    quantity: real('quantity').notNull(),
    /** Figure parts in this month; the row is removed when it reaches 0. */
    figureCount: integer('figure_count').notNull(),
    /** Parts that are their figure's first month: with figure_count, gives distinct figures over a window. */
    startingCount: integer('starting_count').notNull(),
    /** Earliest period start of any figure that contributed: a lower bound for finding the rows behind it. */
    minPeriodStart: text('min_period_start').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.runId, t.month, t.siteId, t.activityId, t.scope, t.scope3Category, t.method, t.dataQuality, t.estimated, t.source, t.importId, t.factorSetId, t.quantityUnit],
    }),
  ],
);

/**
 * Which months each meter (or, without one, each site's activity) has figures in, per run and
 * source: kept apart from figure_rollups so the dashboard's sums never scan one row per meter.
 * Maintained with figure_rollups; meter '' means the records named none.
 */
export const meterMonths = sqliteTable(
  'meter_months',
  {
    runId: text('run_id').notNull(),
    month: text('month').notNull(),
    siteId: text('site_id').notNull(),
    activityId: text('activity_id').notNull(),
    meter: text('meter').notNull(),
    source: text('source').notNull(),
    figureCount: integer('figure_count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.month, t.siteId, t.activityId, t.meter, t.source] })],
);

/**
 * Emission figures summed per run, calendar month and everything a report separates them by (part,
 * method, market step and source, factor row), maintained with figure_rollups so annual reports read
 * a few thousand rows instead of grouping millions of figures. Apportioned to months by days as
 * figure_rollups is. Sentinels instead of NULL in the key: '' for text, 0 for scope3_category, -1
 * for factor ids, row numbers and years.
 */
export const factorRollups = sqliteTable(
  'factor_rollups',
  {
    runId: text('run_id').notNull(),
    month: text('month').notNull(),
    siteId: text('site_id').notNull(),
    activityId: text('activity_id').notNull(),
    scope: integer('scope').notNull(),
    scope3Category: integer('scope3_category').notNull(),
    role: text('role').notNull(),
    method: text('method').notNull(),
    marketStep: text('market_step').notNull(),
    marketSourceId: text('market_source_id').notNull(),
    factorSetId: text('factor_set_id').notNull(),
    factorId: integer('factor_id').notNull(),
    factorRowNumber: integer('factor_row_number').notNull(),
    factorValue: real('factor_value').notNull(),
    factorUnit: text('factor_unit').notNull(),
    factorYear: integer('factor_year').notNull(),
    quantityUnit: text('quantity_unit').notNull(),
    co2eKg: real('co2e_kg').notNull(),
    quantity: real('quantity').notNull(),
    figureCount: integer('figure_count').notNull(),
    startingCount: integer('starting_count').notNull(),
    minPeriodStart: text('min_period_start').notNull(),
    /**
     * Largest figure id ever added to the cell (never lowered on removal). Figure ids are never
     * reused, so (figure_count, max_figure_id) over a year's cells changes whenever its figures do.
     */
    maxFigureId: integer('max_figure_id').notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.runId, t.month, t.siteId, t.activityId, t.scope, t.scope3Category, t.role, t.method, t.marketStep, t.marketSourceId,
        t.factorSetId, t.factorId, t.factorRowNumber, t.factorValue, t.factorUnit, t.factorYear, t.quantityUnit,
      ],
    }),
  ],
);
