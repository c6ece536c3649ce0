import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * An immutable calculation run: which factor sets it used and why it was made. Recalculating with
 * new factors makes a new run; figures of earlier runs (and reports published from them) never change.
 */
export const calculationRuns = sqliteTable('calculation_runs', {
  id: text('id').primaryKey(),
  number: integer('number').notNull().unique(),
  createdAt: text('created_at').notNull(),
  reason: text('reason').notNull(),
  /** JSON array of the factor set ids the run used. */
  factorSetIdsJson: text('factor_set_ids_json').notNull(),
  pinnedFactorYear: integer('pinned_factor_year'),
  previousRunId: text('previous_run_id'),
});

/**
 * A figure's provenance snapshot and notes, stored once and shared: a year of daily meter records
 * makes a hundred thousand figures from a handful of factor rows, and repeating ~600 bytes of JSON
 * on each made figures most of a workspace's size and of an import's writing time.
 */
export const figureDetails = sqliteTable(
  'figure_details',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    provenanceJson: text('provenance_json').notNull(),
    /** JSON array of notes; '[]' when there are none. */
    notesJson: text('notes_json').notNull(),
  },
  (t) => [uniqueIndex('figure_details_content_idx').on(t.provenanceJson, t.notesJson)],
);

/** One emission figure: a component of one activity record's emissions, with its factor snapshot. */
export const emissionFigures = sqliteTable(
  'emission_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: text('run_id')
      .notNull()
      .references(() => calculationRuns.id, { onDelete: 'restrict' }),
    // No foreign key: old runs keep describing records that were later deleted.
    activityRecordId: text('activity_record_id').notNull(),
    siteId: text('site_id').notNull(),
    activityId: text('activity_id').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    role: text('role').notNull(),
    scope: integer('scope').notNull(),
    scope3Category: integer('scope3_category'),
    method: text('method').notNull(),
    co2eKg: real('co2e_kg').notNull(),
    co2Kg: real('co2_kg'),
    ch4Kg: real('ch4_kg'),
    n2oKg: real('n2o_kg'),
    quantity: real('quantity').notNull(),
    quantityUnit: text('quantity_unit').notNull(),
    factorSetId: text('factor_set_id'),
    factorId: integer('factor_id'),
    factorRowNumber: integer('factor_row_number'),
    factorValue: real('factor_value').notNull(),
    factorUnit: text('factor_unit').notNull(),
    factorYear: integer('factor_year'),
    /** Market-based only: which step of the hierarchy gave the factor (instrument, supplier mix, residual, grid). */
    marketStep: text('market_step'),
    marketSourceId: text('market_source_id'),
    /** The provenance snapshot and notes (figure_details), immutable like the figure. */
    detailId: integer('detail_id')
      .notNull()
      .references(() => figureDetails.id, { onDelete: 'restrict' }),
  },
  (t) => [
    index('emission_figures_run_idx').on(t.runId, t.scope, t.scope3Category),
    index('emission_figures_record_idx').on(t.activityRecordId),
    // The dashboard's drill-down pages through a run's figures by period.
    index('emission_figures_run_period_idx').on(t.runId, t.periodStart),
  ],
);

/** An explained change between two runs. */
export const restatements = sqliteTable('restatements', {
  id: text('id').primaryKey(),
  fromRunId: text('from_run_id').notNull(),
  toRunId: text('to_run_id').notNull(),
  reason: text('reason').notNull(),
  createdAt: text('created_at').notNull(),
  baseYearChangePct: real('base_year_change_pct'),
  thresholdPct: real('threshold_pct').notNull(),
  baseYearRecalculationRequired: integer('base_year_recalculation_required', { mode: 'boolean' }).notNull(),
});
