import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sites } from './workspace';

/**
 * A contractual instrument for market-based Scope 2 (GHG Protocol hierarchy): REGO-backed tariff,
 * unbundled REGOs, PPA, on-site generation, or a supplier-specific fuel-mix factor.
 */
export const scope2Instruments = sqliteTable(
  'scope2_instruments',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['rego-tariff', 'unbundled-rego', 'ppa', 'onsite-generation', 'supplier-mix'] }).notNull(),
    supplier: text('supplier').notNull(),
    tariff: text('tariff'),
    /** Null: covers every site in the market. */
    siteId: text('site_id').references(() => sites.id, { onDelete: 'restrict' }),
    /** GB and Northern Ireland are separate certificate markets. */
    market: text('market', { enum: ['GB', 'NI'] }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** Certificates' volume; null for a tariff that covers all electricity supplied under it. */
    volumeMwh: real('volume_mwh'),
    /** The instrument's emission factor: 0 for renewable certificates, the supplier's disclosed rate for a fuel mix. */
    factorKgCo2ePerKwh: real('factor_kg_co2e_per_kwh').notNull(),
    evidenceName: text('evidence_name'),
    evidenceSha256: text('evidence_sha256'),
    additional: integer('additional', { mode: 'boolean' }).notNull(),
    subsidised: integer('subsidised', { mode: 'boolean' }).notNull(),
    directSupply: integer('direct_supply', { mode: 'boolean' }).notNull(),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('scope2_instruments_period_idx').on(t.market, t.periodStart)],
);

/** Residual-mix factors are entered by the user with their source: none is shipped until a verified one exists. */
export const residualMixFactors = sqliteTable('residual_mix_factors', {
  id: text('id').primaryKey(),
  market: text('market', { enum: ['GB', 'NI'] }).notNull(),
  year: integer('year').notNull(),
  factorKgCo2ePerKwh: real('factor_kg_co2e_per_kwh').notNull(),
  source: text('source').notNull(),
  createdAt: text('created_at').notNull(),
});
