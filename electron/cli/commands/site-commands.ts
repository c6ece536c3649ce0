import type { CliContext } from '../context';
import { CliError } from '../output';
import type { ParsedArgs } from '../args';

export async function siteCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [sub] = args.positionals;
  await ctx.openWorkspace(args.string('workspace'));
  if (sub === 'add') {
    const site = await ctx.invoke('sites.create', {
      name: args.string('name') ?? '',
      postcode: args.string('postcode') ?? '',
      country: args.string('country') ?? 'GB',
      floorAreaM2: args.number('floor-area') ?? null,
    });
    ctx.out.result(site, () => `Added site ${site.name} (${site.postcode}, ${site.country})`);
    return;
  }
  if (sub === 'list') {
    const sites = await ctx.invoke('sites.list', {});
    ctx.out.result(sites, () =>
      sites.length ? sites.map((s) => `${s.name}\t${s.postcode}\t${s.country}\t${s.floorAreaM2 ?? ''}`).join('\n') : 'No sites yet.',
    );
    return;
  }
  throw new CliError('VALIDATION', `Unknown site command "${sub ?? ''}". Use: site add | site list`);
}

export async function auditCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  await ctx.openWorkspace(args.string('workspace'));
  const page = await ctx.invoke('audit.list', { limit: args.integer('limit') ?? 50, offset: 0 });
  ctx.out.result(page, () =>
    page.entries.length
      ? page.entries.map((e) => `${e.at}\t${e.actor}\t${e.action}\t${e.summary}`).join('\n')
      : 'The audit log is empty.',
  );
}
