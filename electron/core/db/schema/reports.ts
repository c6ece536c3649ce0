import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The denominators of intensity ratios for one reporting year (named by the calendar year it starts
 * in). Floor area defaults to the sum of the sites' areas when left empty.
 */
export const reportingYearMetrics = sqliteTable('reporting_year_metrics', {
  year: integer('year').primaryKey(),
  turnoverGbp: real('turnover_gbp'),
  employeesFte: real('employees_fte'),
  floorAreaM2: real('floor_area_m2'),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The log of energy-efficiency actions (SECR) and emission-reduction projects (Carbon Reduction
 * Plan): one list, because a new boiler is both.
 */
export const reductionActions = sqliteTable(
  'reduction_actions',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['planned', 'in-progress', 'completed'] }).notNull(),
    /** ISO dates; completed actions carry the date they finished. */
    startedOn: text('started_on'),
    completedOn: text('completed_on'),
    siteId: text('site_id'),
    estimatedSavingKwh: real('estimated_saving_kwh'),
    estimatedSavingCo2eKg: real('estimated_saving_co2e_kg'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('reduction_actions_status_idx').on(t.status)],
);

/**
 * Free-standing report inputs the user maintains (net-zero commitment, targets, environmental
 * management measures, board sign-off, Scope 3 exclusion reasons…), one JSON value per key, each
 * validated by its own schema on read.
 */
export const reportInputs = sqliteTable('report_inputs', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A published report is frozen: the whole document (every number, table and text) as it was
 * published, the calculation run it was built from and the hash of its inputs. Reopening it shows
 * these numbers even after factors or data change; exports are rendered from this document.
 */
export const publishedReports = sqliteTable(
  'published_reports',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['secr', 'crp', 'ghg'] }).notNull(),
    reportingYear: integer('reporting_year').notNull(),
    title: text('title').notNull(),
    runId: text('run_id').notNull(),
    inputsSha256: text('inputs_sha256').notNull(),
    documentJson: text('document_json').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: text('published_by').notNull(),
  },
  (t) => [index('published_reports_kind_year_idx').on(t.kind, t.reportingYear)],
);
