import { z } from 'zod';
import { organisationInputSchema, organisationSchema, siteInputSchema, siteSchema } from './organisation';

export const workspaceSummarySchema = z.object({
  path: z.string(),
  organisation: organisationSchema,
  sites: z.array(siteSchema),
  schemaVersion: z.string(),
  createdByAppVersion: z.string(),
  isSample: z.boolean(),
});
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const recentWorkspaceSchema = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
  exists: z.boolean(),
});
export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

export const workspaceCreateSchema = z.object({
  organisation: organisationInputSchema,
  sites: z.array(siteInputSchema).min(1, 'Add at least one site'),
  /** Absolute path of the new workspace file; defaults to the data folder. */
  path: z.string().min(1).optional(),
});
export type WorkspaceCreateInput = z.input<typeof workspaceCreateSchema>;
