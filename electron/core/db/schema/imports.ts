import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One imported file: what it was, how it was read, what it produced, and the file itself as evidence. */
export const importFiles = sqliteTable(
  'import_files',
  {
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    encoding: text('encoding').notNull(),
    delimiter: text('delimiter').notNull(),
    profileId: text('profile_id').notNull(),
    importedAt: text('imported_at').notNull(),
    status: text('status', { enum: ['imported', 'undone'] }).notNull(),
    undoneAt: text('undone_at'),
    rowsTotal: integer('rows_total').notNull(),
    rowsImported: integer('rows_imported').notNull(),
    rowsRejected: integer('rows_rejected').notNull(),
    rowsDuplicate: integer('rows_duplicate').notNull(),
    intervalsImported: integer('intervals_imported').notNull(),
    warningsJson: text('warnings_json').notNull(),
    /** The original bytes, gzip-compressed: the evidence every record of this import links to. */
    evidenceGzip: blob('evidence_gzip', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('import_files_sha_idx').on(t.sha256)],
);

/** Every row an import refused, with its row number, column and reason (downloadable as CSV). */
export const importRejects = sqliteTable(
  'import_rejects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: text('import_id')
      .notNull()
      .references(() => importFiles.id, { onDelete: 'restrict' }),
    rowNumber: integer('row_number').notNull(),
    columnName: text('column_name'),
    reason: text('reason').notNull(),
  },
  (t) => [index('import_rejects_import_idx').on(t.importId)],
);

/** Interval (e.g. half-hourly) consumption as UTC instants; clock-change days simply have 46 or 50. */
export const intervalReadings = sqliteTable(
  'interval_readings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: text('import_id').notNull(),
    siteId: text('site_id').notNull(),
    meter: text('meter').notNull(),
    startUtc: text('start_utc').notNull(),
    minutes: integer('minutes').notNull(),
    energyKwh: real('energy_kwh').notNull(),
  },
  (t) => [uniqueIndex('interval_readings_meter_start_idx').on(t.meter, t.startUtc), index('interval_readings_import_idx').on(t.importId)],
);

/** A column mapping a user saved from the mapping wizard, recognised again by its header. */
/**
 * Interval consumption packed one row per meter and UK day: the day's UTC start, the interval
 * length and a Float64 (little-endian) per interval, NaN where the file had no reading. A year of
 * half-hours for 57 meters is 20,805 rows instead of a million, so imports, undo and reads stay
 * fast; each slot is still a UTC interval (start + slot × minutes). Clock-change days have 46 or
 * 50 half-hour slots. Readings imported before this table existed stay in interval_readings.
 */
export const intervalDays = sqliteTable(
  'interval_days',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: text('import_id').notNull(),
    siteId: text('site_id').notNull(),
    meter: text('meter').notNull(),
    activityId: text('activity_id').notNull(),
    /** The UK calendar day (YYYY-MM-DD) the slots cover. */
    day: text('day').notNull(),
    /** ISO 8601 UTC instant of the first slot: UK midnight of `day`. */
    startUtc: text('start_utc').notNull(),
    intervalMinutes: integer('interval_minutes').notNull(),
    slots: integer('slots').notNull(),
    /** Slots holding a reading. */
    readings: integer('readings').notNull(),
    energyKwh: real('energy_kwh').notNull(),
    valuesKwh: blob('values_kwh', { mode: 'buffer' }).notNull(),
  },
  (t) => [uniqueIndex('interval_days_meter_day_idx').on(t.meter, t.day), index('interval_days_import_idx').on(t.importId)],
);

export const savedMappings = sqliteTable('saved_mappings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  headerSignature: text('header_signature').notNull().unique(),
  mappingJson: text('mapping_json').notNull(),
  createdAt: text('created_at').notNull(),
});
