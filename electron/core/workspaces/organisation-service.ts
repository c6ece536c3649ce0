import { randomUUID } from 'node:crypto';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  organisationInputSchema,
  Organisation,
  Site,
  siteInputSchema,
} from '../../../shared/domain/organisation';
import { activityRecords, organisations, scope2Instruments, sites, workspaceMeta } from '../db/schema';
import { marketOfPostcode } from '../emissions/scope2/market-based';
import type { WorkspaceDb } from '../db/connection';
import type { AuditRecord } from '../audit/audit-repository';
import { AppFailure } from '../errors';
import { getOrganisation, getSite, toOrganisation, toSite } from './organisation-repository';

type OrganisationFields = z.output<typeof organisationInputSchema>;
type SiteFields = z.output<typeof siteInputSchema>;
type Audit = (record: AuditRecord) => void;

/** Writes the first rows of a new workspace. Call inside the creating transaction. */
export function seedWorkspace(
  db: WorkspaceDb,
  input: { organisation: OrganisationFields; sites: SiteFields[] },
  meta: { appVersion: string; isSample: boolean },
  now: Date,
  audit: Audit,
): Organisation {
  const at = now.toISOString();
  db.insert(workspaceMeta)
    .values([
      { key: 'created_by_app_version', value: meta.appVersion },
      { key: 'created_at', value: at },
      { key: 'is_sample', value: String(meta.isSample) },
    ])
    .run();
  const org = db
    .insert(organisations)
    .values({ id: randomUUID(), ...input.organisation, createdAt: at, updatedAt: at })
    .returning()
    .get();
  const organisation = toOrganisation(org);
  audit({ action: 'create', entity: 'organisation', entityId: org.id, summary: `Created organisation ${org.name}`, before: null, after: organisation });
  for (const site of input.sites) createSite(db, site, now, audit);
  return organisation;
}

export function updateOrganisation(db: WorkspaceDb, input: OrganisationFields, now: Date, audit: Audit): Organisation {
  const before = getOrganisation(db);
  const row = db
    .update(organisations)
    .set({ ...input, updatedAt: now.toISOString() })
    .where(eq(organisations.id, before.id))
    .returning()
    .get();
  const after = toOrganisation(row);
  audit({ action: 'update', entity: 'organisation', entityId: after.id, summary: `Updated organisation ${after.name}`, before, after });
  return after;
}

export function createSite(db: WorkspaceDb, input: SiteFields, now: Date, audit: Audit): Site {
  const organisation = getOrganisation(db);
  assertUniqueSiteName(db, input.name, null);
  const at = now.toISOString();
  const row = db
    .insert(sites)
    .values({ id: randomUUID(), organisationId: organisation.id, ...input, createdAt: at, updatedAt: at })
    .returning()
    .get();
  const site = toSite(row);
  audit({ action: 'create', entity: 'site', entityId: site.id, summary: `Added site ${site.name}`, before: null, after: site });
  return site;
}

export function updateSite(db: WorkspaceDb, id: string, input: SiteFields, now: Date, audit: Audit): Site {
  const before = getSite(db, id);
  assertUniqueSiteName(db, input.name, id);
  assertMarketKept(db, before, input);
  const row = db.update(sites).set({ ...input, updatedAt: now.toISOString() }).where(eq(sites.id, id)).returning().get();
  const after = toSite(row);
  audit({ action: 'update', entity: 'site', entityId: id, summary: `Updated site ${after.name}`, before, after });
  return after;
}

export function deleteSite(db: WorkspaceDb, id: string, audit: Audit): void {
  const before = getSite(db, id);
  const remaining = db.select({ n: count() }).from(sites).get()?.n ?? 0;
  if (remaining <= 1) {
    throw new AppFailure('CONFLICT', 'A workspace needs at least one site. Add another site before deleting this one.');
  }
  assertSiteUnused(db, before);
  db.delete(sites).where(eq(sites.id, id)).run();
  audit({ action: 'delete', entity: 'site', entityId: id, summary: `Deleted site ${before.name}`, before, after: null });
}

// Site names identify sites in imports and reports, so two sites with one name would be ambiguous.
function assertUniqueSiteName(db: WorkspaceDb, name: string, exceptId: string | null): void {
  const clash = db
    .select({ id: sites.id, name: sites.name })
    .from(sites)
    .where(exceptId ? and(sql`lower(${sites.name}) = lower(${name})`, ne(sites.id, exceptId)) : sql`lower(${sites.name}) = lower(${name})`)
    .get();
  if (clash) {
    throw new AppFailure('CONFLICT', `There is already a site called "${clash.name}". Give each site its own name.`, {
      name: 'A site with this name already exists',
    });
  }
}

// Activity records and electricity contracts point at their site: deleting it would orphan them.
function assertSiteUnused(db: WorkspaceDb, site: Site): void {
  const records = db.select({ n: count() }).from(activityRecords).where(eq(activityRecords.siteId, site.id)).get()?.n ?? 0;
  const contracts = db.select({ n: count() }).from(scope2Instruments).where(eq(scope2Instruments.siteId, site.id)).get()?.n ?? 0;
  if (records + contracts === 0) return;
  const parts = [records ? `${records} activity record${records === 1 ? '' : 's'}` : null, contracts ? `${contracts} electricity contract${contracts === 1 ? '' : 's'}` : null].filter(Boolean);
  throw new AppFailure('CONFLICT', `${site.name} still has ${parts.join(' and ')}. Delete or move them first, so no figures lose their site.`);
}

// A certificate counts only in its own market (GB or Northern Ireland): moving a site across the
// boundary would leave its contracts claiming electricity they cannot cover.
function assertMarketKept(db: WorkspaceDb, before: Site, after: SiteFields): void {
  const was = marketOfPostcode(before.country, before.postcode);
  const will = marketOfPostcode(after.country, after.postcode);
  if (was === will) return;
  const contracts = db.select({ n: count() }).from(scope2Instruments).where(eq(scope2Instruments.siteId, before.id)).get()?.n ?? 0;
  if (contracts > 0) {
    throw new AppFailure('CONFLICT', `${before.name} has electricity contracts for the ${was ?? 'non-UK'} market; this change would move it to ${will ?? 'outside the UK'}. Update or delete its contracts first.`, {
      postcode: 'This site has contracts for its current electricity market',
    });
  }
}
