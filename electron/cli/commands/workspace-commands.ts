import { z } from 'zod';
import { organisationInputSchema, siteInputSchema } from '../../../shared/domain/organisation';
import type { WorkspaceSummary } from '../../../shared/domain/workspace';
import { validationError } from '../../core/ipc/router';
import { AppFailure } from '../../core/errors';
import { workspaceExportCommand } from './backup-commands';
import type { CliContext } from '../context';
import { CliError } from '../output';
import type { ParsedArgs } from '../args';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// The CLI may create a workspace before its sites are known (scripts add them with `site add`);
// the onboarding wizard asks for one up front.
const cliCreateSchema = z.object({ organisation: organisationInputSchema, sites: z.array(siteInputSchema) });

export function describeSummary(summary: WorkspaceSummary): string {
  const org = summary.organisation;
  const lines = [
    `Workspace:        ${summary.path}${summary.isSample ? ' (SAMPLE DATA)' : ''}`,
    `Organisation:     ${org.name}`,
    `Companies House:  ${org.companiesHouseNumber ?? 'not given'}`,
    `Reporting year:   starts in ${MONTHS[org.reportingYearStartMonth - 1] ?? '?'}`,
    `Base year:        ${org.baseYear}`,
    `Schema:           ${summary.schemaVersion} (created by app ${summary.createdByAppVersion})`,
    `Sites (${summary.sites.length}):`,
    ...summary.sites.map((s) => `  - ${s.name}, ${s.postcode || '(no postcode)'}, ${s.country}${s.floorAreaM2 ? `, ${s.floorAreaM2} m²` : ''}`),
  ];
  if (summary.sites.length === 0) lines.push('  none yet: add one with `carbonrecycling site add --workspace <path> --name <site> --postcode <postcode>`');
  return lines.join('\n');
}

export async function workspaceCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [sub, positionalPath] = args.positionals;
  const path = positionalPath ?? args.string('workspace');
  if (sub === 'create') {
    if (!path) throw new CliError('VALIDATION', 'Usage: carbonrecycling workspace create <path> --name <organisation>');
    const lastYear = new Date().getFullYear() - 1;
    const raw = {
      organisation: {
        name: args.string('name') ?? '',
        companiesHouseNumber: args.string('companies-house') ?? null,
        reportingYearStartMonth: args.integer('year-start-month') ?? 4,
        baseYear: args.integer('base-year') ?? lastYear,
      },
      sites: args.string('site')
        ? [{ name: args.string('site'), postcode: args.string('postcode') ?? '', country: args.string('country') ?? 'GB', floorAreaM2: args.number('floor-area') ?? null }]
        : [],
    };
    const parsed = cliCreateSchema.safeParse(raw);
    if (!parsed.success) throw CliError.from(validationError(parsed.error));
    try {
      const summary = ctx.backend.workspaces.create({ ...parsed.data, path });
      ctx.out.result(summary, () => `Created workspace for ${summary.organisation.name}\n\n${describeSummary(summary)}`);
    } catch (error) {
      if (error instanceof AppFailure) throw CliError.from(error.toAppError());
      throw error;
    }
    return;
  }
  if (sub === 'export') return workspaceExportCommand(ctx, args);
  if (sub === 'info') {
    await ctx.openWorkspace(path);
    const summary = await ctx.invoke('workspaces.current', {});
    if (!summary) throw new CliError('NO_WORKSPACE', 'No workspace is open');
    ctx.out.result(summary, () => describeSummary(summary));
    return;
  }
  throw new CliError('VALIDATION', `Unknown workspace command "${sub ?? ''}". Use: workspace create <path> --name <organisation> | workspace info --workspace <path>`);
}
