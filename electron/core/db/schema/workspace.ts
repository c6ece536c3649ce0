import { integer, real, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

export const workspaceMeta = sqliteTable('workspace_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const organisations = sqliteTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  companiesHouseNumber: text('companies_house_number'),
  reportingYearStartMonth: integer('reporting_year_start_month').notNull(),
  baseYear: integer('base_year').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const sites = sqliteTable(
  'sites',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    country: text('country').notNull(),
    postcode: text('postcode').notNull(),
    floorAreaM2: real('floor_area_m2'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('sites_organisation_idx').on(t.organisationId)],
);
