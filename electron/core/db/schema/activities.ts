import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sites } from './workspace';

/**
 * Vendor-neutral activity data: what was consumed or done, where, when and how much. Imports,
 * connectors and manual entry all produce these; emission figures are derived from them.
 */
export const activityRecords = sqliteTable(
  'activity_records',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id')
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    /** An id from the activity catalogue (electron/core/emissions/catalogue). */
    activityId: text('activity_id').notNull(),
    /** ISO dates (YYYY-MM-DD), both inclusive: a bill for April is 2025-04-01 … 2025-04-30. */
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    quantity: real('quantity').notNull(),
    unit: text('unit').notNull(),
    /** Activity-specific options (e.g. calorific value for m³ gas), JSON. */
    optionsJson: text('options_json'),
    source: text('source', { enum: ['manual', 'import', 'connector', 'sample'] }).notNull(),
    sourceRef: text('source_ref'),
    description: text('description'),
    /** metered > invoice > estimate > spend > proxy (data-quality tier). */
    dataQuality: text('data_quality', { enum: ['metered', 'invoice', 'estimate', 'spend', 'proxy'] }).notNull(),
    meter: text('meter'),
    /** The import that produced this record (null for manual entry); undoing the import deletes exactly these. */
    importId: text('import_id'),
    /** An estimated bill, which an actual-read bill for the same period may supersede. */
    estimated: integer('estimated', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('activity_records_site_period_idx').on(t.siteId, t.periodStart),
    index('activity_records_activity_idx').on(t.activityId),
    index('activity_records_import_idx').on(t.importId),
  ],
);
