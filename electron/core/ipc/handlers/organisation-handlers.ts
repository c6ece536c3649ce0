import { listAudit } from '../../audit/audit-repository';
import { getOrganisation, listSites } from '../../workspaces/organisation-repository';
import { createSite, deleteSite, updateOrganisation, updateSite } from '../../workspaces/organisation-service';
import type { HandlerGroup } from '../types';

export const organisationHandlers: HandlerGroup<
  'organisation.get' | 'organisation.update' | 'sites.list' | 'sites.create' | 'sites.update' | 'sites.delete' | 'audit.list'
> = {
  'organisation.get': (_input, ctx) => getOrganisation(ctx.workspaces.require().db),
  'organisation.update': (input, ctx) =>
    ctx.write(['organisation', 'workspace'], (db, audit, now) => updateOrganisation(db, input, now, audit)),
  'sites.list': (_input, ctx) => listSites(ctx.workspaces.require().db),
  'sites.create': (input, ctx) => ctx.write(['sites', 'workspace'], (db, audit, now) => createSite(db, input, now, audit)),
  'sites.update': (input, ctx) =>
    ctx.write(['sites', 'workspace'], (db, audit, now) => updateSite(db, input.id, input.site, now, audit)),
  'sites.delete': (input, ctx) =>
    ctx.write(['sites', 'workspace'], (db, audit) => {
      deleteSite(db, input.id, audit);
      return null;
    }),
  'audit.list': (input, ctx) => listAudit(ctx.workspaces.require().db, input),
};
