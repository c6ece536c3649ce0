import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Instrument, instrumentInputSchema, ResidualMixFactor, residualMixInputSchema } from '../../../../shared/domain/scope2';
import type { AuditRecord } from '../../audit/audit-repository';
import type { WorkspaceDb } from '../../db/connection';
import { residualMixFactors, scope2Instruments } from '../../db/schema';
import { AppFailure } from '../../errors';
import { getSite } from '../../workspaces/organisation-repository';
import { marketOfPostcode } from './market-based';

type InstrumentFields = z.output<typeof instrumentInputSchema>;
type ResidualFields = z.output<typeof residualMixInputSchema>;
type Audit = (record: AuditRecord) => void;

function toInstrument(row: typeof scope2Instruments.$inferSelect): Instrument {
  const { evidenceSha256: _hash, ...rest } = row;
  return rest;
}

export function listInstruments(db: WorkspaceDb): Instrument[] {
  return db.select().from(scope2Instruments).orderBy(asc(scope2Instruments.periodStart), asc(scope2Instruments.supplier)).all().map(toInstrument);
}

function getInstrument(db: WorkspaceDb, id: string): Instrument {
  const row = db.select().from(scope2Instruments).where(eq(scope2Instruments.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That instrument no longer exists.');
  return toInstrument(row);
}

// A certificate only counts in its own market: a GB REGO cannot cover a Northern Ireland site.
function assertSiteMarket(db: WorkspaceDb, input: InstrumentFields): void {
  if (!input.siteId) return;
  const site = getSite(db, input.siteId);
  const market = marketOfPostcode(site.country, site.postcode);
  if (market === null) {
    throw new AppFailure('VALIDATION', `${site.name} is outside the UK: UK certificates cannot cover it.`, { siteId: 'Choose a UK site, or all sites' });
  }
  if (market !== input.market) {
    throw new AppFailure('VALIDATION', `${site.name} is in the ${market === 'NI' ? 'Northern Ireland' : 'GB'} market, but this instrument is for ${input.market}.`, {
      market: `Use ${market} for ${site.name}`,
    });
  }
}

function instrumentSummary(i: Pick<Instrument, 'supplier' | 'periodStart' | 'periodEnd'>): string {
  return `${i.supplier} ${i.periodStart} to ${i.periodEnd}`;
}

export function createInstrument(db: WorkspaceDb, input: InstrumentFields, now: Date, audit: Audit): Instrument {
  assertSiteMarket(db, input);
  const at = now.toISOString();
  const row = db.insert(scope2Instruments).values({ id: randomUUID(), ...input, createdAt: at, updatedAt: at }).returning().get();
  const created = toInstrument(row);
  audit({ action: 'create', entity: 'instrument', entityId: created.id, summary: `Added electricity instrument ${instrumentSummary(created)}`, before: null, after: created });
  return created;
}

export function updateInstrument(db: WorkspaceDb, id: string, input: InstrumentFields, now: Date, audit: Audit): Instrument {
  const before = getInstrument(db, id);
  assertSiteMarket(db, input);
  const row = db.update(scope2Instruments).set({ ...input, updatedAt: now.toISOString() }).where(eq(scope2Instruments.id, id)).returning().get();
  const after = toInstrument(row);
  audit({ action: 'update', entity: 'instrument', entityId: id, summary: `Updated electricity instrument ${instrumentSummary(after)}`, before, after });
  return after;
}

export function deleteInstrument(db: WorkspaceDb, id: string, audit: Audit): void {
  const before = getInstrument(db, id);
  db.delete(scope2Instruments).where(eq(scope2Instruments.id, id)).run();
  audit({ action: 'delete', entity: 'instrument', entityId: id, summary: `Deleted electricity instrument ${instrumentSummary(before)}`, before, after: null });
}

export function listResidualMixes(db: WorkspaceDb): ResidualMixFactor[] {
  return db.select().from(residualMixFactors).orderBy(asc(residualMixFactors.market), asc(residualMixFactors.year)).all();
}

export function createResidualMix(db: WorkspaceDb, input: ResidualFields, now: Date, audit: Audit): ResidualMixFactor {
  const clash = listResidualMixes(db).find((r) => r.market === input.market && r.year === input.year);
  if (clash) {
    throw new AppFailure('CONFLICT', `There is already a ${input.market} residual mix for ${input.year}. Delete it first to enter a corrected value.`);
  }
  const row = db.insert(residualMixFactors).values({ id: randomUUID(), ...input, createdAt: now.toISOString() }).returning().get();
  audit({ action: 'create', entity: 'residual-mix', entityId: row.id, summary: `Entered ${row.market} residual mix ${row.year}: ${row.factorKgCo2ePerKwh} kg CO2e/kWh`, before: null, after: row });
  return row;
}

export function deleteResidualMix(db: WorkspaceDb, id: string, audit: Audit): void {
  const before = db.select().from(residualMixFactors).where(eq(residualMixFactors.id, id)).get();
  if (!before) throw new AppFailure('NOT_FOUND', 'That residual mix value no longer exists.');
  db.delete(residualMixFactors).where(eq(residualMixFactors.id, id)).run();
  audit({ action: 'delete', entity: 'residual-mix', entityId: id, summary: `Deleted ${before.market} residual mix ${before.year}`, before, after: null });
}
