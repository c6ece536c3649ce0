import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { workspaceCalculator } from '../../core/emissions/workspace-calculator';
import { AppFailure } from '../../core/errors';
import { runImport, type ImportOutcome, type OverlapChoice } from '../../core/importers/import-service';
import type { DateFormat } from '../../core/importers/dates';
import type { ParsedArgs } from '../args';
import type { CliContext } from '../context';
import { CliError } from '../output';

const IMPORT_USAGE =
  'Usage: carbonrecycling import <file> --workspace <path> [--profile <id>] [--site <name>] [--date-format dmy|mdy|ymd] [--decimal-comma] [--overlap replace|keep-both|skip] [--json]';

const OVERLAPS: readonly OverlapChoice[] = ['replace', 'keep-both', 'skip'];
const DATE_FORMATS: readonly DateFormat[] = ['dmy', 'mdy', 'ymd', 'excel-1900', 'excel-1904'];

function describe(outcome: ImportOutcome): string {
  const lines: string[] = [];
  if (outcome.status === 'already-imported') {
    lines.push(`${outcome.fileName} was already imported on ${outcome.previousImport?.importedAt ?? '?'} (as ${outcome.previousImport?.fileName ?? '?'}): nothing changed.`);
    return lines.join('\n');
  }
  lines.push(`${outcome.fileName}: layout ${outcome.profileId}, ${outcome.encoding}`);
  // Interval readings are written as a record per meter and month: say both, not "24 imported" for a year of readings.
  const written = outcome.intervalsImported ? `${outcome.intervalsImported} interval readings imported (${outcome.rowsImported} record${outcome.rowsImported === 1 ? '' : 's'}: one per meter and month)` : `${outcome.rowsImported} imported`;
  lines.push(`Rows: ${outcome.rowsTotal} read, ${written}, ${outcome.rowsRejected} rejected, ${outcome.rowsDuplicate} duplicates skipped`);
  for (const a of outcome.perActivity) lines.push(`  ${a.activityId}: ${a.quantity.toLocaleString('en-GB')} ${a.unit}, ${a.co2eKg.toLocaleString('en-GB', { maximumFractionDigits: 2 })} kg CO2e`);
  if (outcome.status === 'imported') lines.push(`Emissions added: ${outcome.co2eKgAdded.toLocaleString('en-GB', { maximumFractionDigits: 2 })} kg CO2e (location-based)`);
  for (const w of outcome.warnings) lines.push(`Note: ${w}`);
  for (const r of outcome.rejects.slice(0, 50)) lines.push(`Row ${r.rowNumber}${r.column ? ` (${r.column})` : ''}: ${r.reason}`);
  if (outcome.rejects.length > 50) lines.push(`…and ${outcome.rejects.length - 50} more rejected rows (use --json for all).`);
  if (outcome.status === 'needs-decision') {
    lines.push(`${outcome.conflicts.length} row(s) overlap records already in the workspace; nothing was imported. Run again with --overlap replace, keep-both or skip.`);
    for (const c of outcome.conflicts.slice(0, 20)) {
      lines.push(`  Row ${c.rowNumber} overlaps ${c.existing.periodStart}–${c.existing.periodEnd} (${c.existing.quantity} ${c.existing.unit}${c.existing.estimated ? ', estimated' : ''})${c.supersedesEstimate ? ': an actual read for an estimated period' : ''}`);
    }
  }
  return lines.join('\n');
}

export async function importCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [path] = args.positionals;
  if (!path) throw new CliError('VALIDATION', IMPORT_USAGE);
  await ctx.openWorkspace(args.string('workspace'));
  const overlap = args.string('overlap');
  if (overlap !== undefined && !OVERLAPS.includes(overlap as OverlapChoice)) throw new CliError('VALIDATION', `--overlap must be one of ${OVERLAPS.join(', ')}`);
  const dateFormat = args.string('date-format');
  if (dateFormat !== undefined && !DATE_FORMATS.includes(dateFormat as DateFormat)) throw new CliError('VALIDATION', `--date-format must be one of ${DATE_FORMATS.join(', ')}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError('NOT_FOUND', `Cannot read ${path}: ${(error as Error).message}`);
  }
  const siteName = args.string('site');
  const sites = await ctx.invoke('sites.list', {});
  const site = siteName ? sites.find((s) => s.name.toLowerCase() === siteName.toLowerCase()) : undefined;
  if (siteName && !site) throw new CliError('VALIDATION', `There is no site called "${siteName}" (sites: ${sites.map((s) => s.name).join(', ')})`);

  let outcome: ImportOutcome;
  try {
    // Direct, not through the contract: the command line has no 25 MB limit for big meter exports.
    outcome = ctx.backend.write(['emissions', 'imports'], (db, audit, now) =>
      runImport(db, { bytes, fileName: basename(path) }, {
        profileId: args.string('profile'),
        siteId: site?.id ?? null,
        dateFormat: (dateFormat as DateFormat | undefined) ?? null,
        decimalMark: args.flag('decimal-comma') ? ',' : '.',
        overlap: (overlap as OverlapChoice | undefined) ?? 'ask',
      }, { now, audit, makeCalculate: workspaceCalculator(db) }),
    );
  } catch (error) {
    if (error instanceof AppFailure) throw CliError.from(error.toAppError());
    throw error;
  }
  ctx.out.result(outcome, () => describe(outcome));
  if (outcome.status === 'nothing-imported' || outcome.status === 'needs-decision') {
    throw new CliError('NOTHING_IMPORTED', outcome.status === 'needs-decision' ? 'Overlapping records: choose --overlap' : 'Nothing could be imported: see the reasons above', undefined, true);
  }
}
