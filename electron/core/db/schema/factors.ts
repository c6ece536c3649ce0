import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * One published factor file (a DESNZ year, eGRID, Ember, the SIC spend factors), loaded whole.
 * Never edited after loading: a corrected publication is a new set with a new version.
 */
export const factorSets = sqliteTable(
  'factor_sets',
  {
    id: text('id').primaryKey(), // e.g. "uk-desnz-2025-v1.0"
    dataset: text('dataset').notNull(), // uk-desnz | us-egrid | ember | uk-eeio-sic
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    year: integer('year').notNull(),
    version: text('version').notNull(),
    updatedOn: text('updated_on'),
    sourceFile: text('source_file').notNull(),
    sourceSha256: text('source_sha256'),
    fileSha256: text('file_sha256').notNull(),
    licence: text('licence'),
    verified: integer('verified', { mode: 'boolean' }).notNull(),
    caveat: text('caveat'),
    rowCount: integer('row_count').notNull(),
    loadedAt: text('loaded_at').notNull(),
  },
  (t) => [uniqueIndex('factor_sets_file_sha_idx').on(t.dataset, t.fileSha256), index('factor_sets_dataset_year_idx').on(t.dataset, t.year)],
);

/** Every row of a factor file, kept verbatim (labels, blanks and text values included). */
export const factors = sqliteTable(
  'factors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    setId: text('set_id')
      .notNull()
      .references(() => factorSets.id, { onDelete: 'restrict' }),
    /** 1-based data row in the source file (header excluded), so anyone can find it again; wide files (eGRID, SIC) give several factors per row, told apart by column text and GHG unit. */
    rowNumber: integer('row_number').notNull(),
    externalId: text('external_id'), // DESNZ factor ID (2023 on)
    scope: text('scope').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    level3: text('level3').notNull(),
    level4: text('level4').notNull(),
    columnText: text('column_text').notNull(),
    uom: text('uom').notNull(),
    ghgUnit: text('ghg_unit').notNull(),
    /** Null where the published cell is blank or text (then rawValue holds it, e.g. "< 1"). */
    value: real('value'),
    rawValue: text('raw_value').notNull(),
  },
  (t) => [
    uniqueIndex('factors_set_row_idx').on(t.setId, t.rowNumber, t.columnText, t.ghgUnit),
    index('factors_lookup_idx').on(t.setId, t.level1, t.level2, t.level3),
  ],
);
