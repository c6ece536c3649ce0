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
export const savedMappings = sqliteTable('saved_mappings', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  headerSignature: text('header_signature').notNull().unique(),
  mappingJson: text('mapping_json').notNull(),
  createdAt: text('created_at').notNull(),
});
