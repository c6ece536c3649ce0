import type { z } from 'zod';
import { factorSearchSchema } from '../../../shared/domain/factors';
import { searchFactorLookup, type FactorSearchPage } from '../../core/emissions/library/factor-search';
import type { FactorHit } from '../../core/emissions/library/factor-repository';
import { createMemoryLookup, factorsDirOf, loadShippedFactorSets } from '../../core/emissions/library/shipped-sets';
import type { FactorLookup, FactorSetInfo } from '../../core/emissions/library/types';
import { validationError } from '../../core/ipc/router';
import { findAppRoot } from '../../core/paths';
import type { ParsedArgs } from '../args';
import type { CliContext } from '../context';
import { CliError } from '../output';
import { formatTable } from '../table';

const SEARCH_USAGE = 'Usage: carbonrecycling factors search <words> [--year <YYYY>] [--dataset uk-desnz|us-egrid|ember|uk-eeio-sic] [--limit <n>] [--workspace <path>] [--json]';

type SetSummary = FactorSetInfo & { rowCount: number; loadedAt: string | null };
type SearchQuery = z.output<typeof factorSearchSchema>;

/** Where the factors come from: the workspace's own library, or the shipped files when no workspace is named. */
interface FactorSource {
  label: string;
  sets(): Promise<SetSummary[]>;
  search(query: SearchQuery): Promise<FactorSearchPage<FactorHit>>;
}

function workspaceSource(ctx: CliContext, path: string): FactorSource {
  return {
    label: `workspace ${path}`,
    sets: async () => (await ctx.invoke('factors.sets', {})).sets,
    search: (query) => ctx.invoke('factors.search', query),
  };
}

function shippedSource(): FactorSource {
  const dir = factorsDirOf(findAppRoot());
  let lookup: FactorLookup | null = null;
  const memory = () => (lookup ??= createMemoryLookup(loadShippedFactorSets(dir)));
  return {
    label: `the shipped factor files in ${dir} (no --workspace given, read into memory)`,
    sets: async () => memory().sets().map((s) => ({ ...s, rowCount: memory().rows(s.id).length, loadedAt: null })),
    search: async (query) => searchFactorLookup(memory(), query),
  };
}

async function sourceFor(ctx: CliContext, args: ParsedArgs): Promise<FactorSource> {
  const path = args.string('workspace');
  if (!path) return shippedSource();
  await ctx.openWorkspace(path);
  return workspaceSource(ctx, ctx.backend.workspaces.require().path);
}

function levelsOf(row: FactorHit): string {
  return [row.level1, row.level2, row.level3, row.level4].filter((l) => l !== '').join(' > ');
}

/** Notes for the sets shown that need a warning (unverified, outside the UK, no manifest). */
function caveatLines(sets: readonly SetSummary[], setIds: ReadonlySet<string>): string[] {
  return sets
    .filter((s) => setIds.has(s.id) && (!s.verified || s.caveat))
    .map((s) => {
      const flag = s.verified || /^unverified/i.test(s.caveat ?? '') ? '' : 'UNVERIFIED. ';
      return `  ${s.id}: ${flag}${s.caveat ?? ''}`.trimEnd();
    });
}

async function searchCommand(ctx: CliContext, args: ParsedArgs, words: string[]): Promise<void> {
  const text = words.join(' ').trim();
  if (!text) throw new CliError('VALIDATION', SEARCH_USAGE);
  // Checked here with the contract's schema, so both sources refuse the same input the same way.
  const parsed = factorSearchSchema.safeParse({ text, limit: args.integer('limit') ?? 20, offset: 0, year: args.integer('year'), dataset: args.string('dataset') });
  if (!parsed.success) throw CliError.from(validationError(parsed.error));
  const source = await sourceFor(ctx, args);
  const page = await source.search(parsed.data);
  const sets = await source.sets();
  ctx.out.result({ source: source.label, ...page }, () => {
    const shown = page.rows.length;
    const header = [`Factors from ${source.label}.`, `${page.total} matching ${page.total === 1 ? 'factor' : 'factors'}${page.total > shown ? `; showing the first ${shown} (use --limit)` : ''}.`];
    if (shown === 0) return [...header, 'Try fewer or shorter words, or another --year.'].join('\n');
    const table = formatTable(
      ['Set', 'Row', 'Scope', 'Levels', 'Column text', 'UOM', 'GHG/Unit', 'Value'],
      page.rows.map((r) => [r.setId, String(r.rowNumber), r.scope, levelsOf(r), r.columnText, r.uom, r.ghgUnit, r.rawValue === '' ? '(blank)' : r.rawValue]),
      { rightAligned: [1, 7], maxWidths: { 3: 70 } },
    );
    const notes = caveatLines(sets, new Set(page.rows.map((r) => r.setId)));
    return [...header, '', table, ...(notes.length ? ['', 'Caveats:', ...notes] : [])].join('\n');
  });
}

async function setsCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const source = await sourceFor(ctx, args);
  const sets = await source.sets();
  ctx.out.result({ source: source.label, sets }, () => {
    const table = formatTable(
      ['Set', 'Publisher', 'Year', 'Version', 'Updated', 'Rows', 'Verified'],
      sets.map((s) => [s.id, s.publisher, String(s.year), s.version, s.updatedOn ?? '', String(s.rowCount), s.verified ? 'yes' : 'NO']),
      { rightAligned: [2, 5], maxWidths: { 1: 45, 3: 40 } },
    );
    const notes = caveatLines(sets, new Set(sets.map((s) => s.id)));
    return [`Factor sets in ${source.label}:`, '', table, ...(notes.length ? ['', 'Caveats:', ...notes] : [])].join('\n');
  });
}

export async function factorsCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [sub, ...rest] = args.positionals;
  if (sub === 'search') return searchCommand(ctx, args, rest);
  if (sub === 'sets') return setsCommand(ctx, args);
  throw new CliError('VALIDATION', `Unknown factors command "${sub ?? ''}". Use: factors search <words> | factors sets`);
}
