import { eq } from 'drizzle-orm';
import type { Organisation, Site } from '../../../shared/domain/organisation';
import { organisations, sites, workspaceMeta } from '../db/schema';
import type { WorkspaceDb } from '../db/connection';
import { AppFailure } from '../errors';

type OrganisationRow = typeof organisations.$inferSelect;
type SiteRow = typeof sites.$inferSelect;

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    companiesHouseNumber: row.companiesHouseNumber,
    reportingYearStartMonth: row.reportingYearStartMonth,
    baseYear: row.baseYear,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    country: row.country,
    postcode: row.postcode,
    floorAreaM2: row.floorAreaM2,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A workspace holds exactly one organisation, created with it. */
export function getOrganisation(db: WorkspaceDb): Organisation {
  const row = db.select().from(organisations).limit(1).get();
  if (!row) throw new AppFailure('WORKSPACE_CORRUPT', 'This workspace has no organisation record.');
  return toOrganisation(row);
}

export function listSites(db: WorkspaceDb): Site[] {
  return db.select().from(sites).orderBy(sites.name).all().map(toSite);
}

export function getSite(db: WorkspaceDb, id: string): Site {
  const row = db.select().from(sites).where(eq(sites.id, id)).get();
  if (!row) throw new AppFailure('NOT_FOUND', 'That site no longer exists. It may have been deleted.');
  return toSite(row);
}

/** The flag seedWorkspace writes ('true' only for the sample company's workspace). */
export function isSampleWorkspace(db: WorkspaceDb): boolean {
  return db.select().from(workspaceMeta).where(eq(workspaceMeta.key, 'is_sample')).get()?.value === 'true';
}
