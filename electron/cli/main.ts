import { AppFailure } from '../core/errors';
import { parseCliArgs } from './args';
import { factorsCommand } from './commands/factor-commands';
import { activitiesCommand, calcCommand } from './commands/calc-commands';
import { auditCommand, siteCommand } from './commands/site-commands';
import { importCommand } from './commands/import-commands';
import { backupCommand } from './commands/backup-commands';
import { reportCommand } from './commands/report-commands';
import { workspaceCommand } from './commands/workspace-commands';
import { createCliContext, type CliContext } from './context';
import { CliError, createOutput, formatError } from './output';
import type { ParsedArgs } from './args';

export const USAGE = `carbonrecycling — CarbonRecycling Desktop from the command line

Usage:
  carbonrecycling workspace create <path> --name <organisation> [--companies-house <number>]
                  [--year-start-month <1-12>] [--base-year <YYYY>] [--site <name> --postcode <postcode> [--country GB] [--floor-area <m²>]]
  carbonrecycling workspace info --workspace <path>
  carbonrecycling site add --workspace <path> --name <site> --postcode <postcode> [--country GB] [--floor-area <m²>]
  carbonrecycling site list --workspace <path>
  carbonrecycling audit --workspace <path> [--limit <n>]
  carbonrecycling factors search <words> [--year <YYYY>] [--dataset uk-desnz|us-egrid|ember|uk-eeio-sic] [--limit <n>] [--workspace <path>]
  carbonrecycling factors sets [--workspace <path>]
                  (without --workspace, the factor commands read the shipped factor files)
  carbonrecycling calc --activity <id> --quantity <n> --unit <unit> --date <YYYY-MM-DD> [--period-end <YYYY-MM-DD>]
                  [--calorific-value <MJ/m³>] [--workspace <path>]
  carbonrecycling activities [<words>] [--workspace <path>]
  carbonrecycling backup [create|list|restore <backup file>] --workspace <path>
  carbonrecycling workspace export <out file> --workspace <path>
  carbonrecycling import <file> --workspace <path> [--profile <id>] [--site <name>] [--date-format dmy|mdy|ymd]
                  [--decimal-comma] [--overlap replace|keep-both|skip]
  carbonrecycling report <secr|crp|ghg> --year <YYYY> --format <pdf|xlsx|csv|json> --workspace <path> [--out <file>]

Every command accepts --json for machine-readable output and --workspace <path> for the workspace file.`;

const COMMANDS: Record<string, (ctx: CliContext, args: ParsedArgs) => Promise<void>> = {
  workspace: workspaceCommand,
  import: importCommand,
  backup: backupCommand,
  report: reportCommand,
  site: siteCommand,
  audit: auditCommand,
  factors: factorsCommand,
  calc: calcCommand,
  activities: activitiesCommand,
};

/** Runs one CLI invocation; returns the exit code. Exported for tests. */
export async function runCli(argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }): Promise<number> {
  let json = argv.includes('--json');
  let ctx: CliContext | null = null;
  try {
    const args = parseCliArgs(argv);
    json = args.json;
    const out = createOutput(json, io.stdout);
    if (args.help || !args.command) {
      io.stdout(`${USAGE}\n`);
      return args.command || args.help ? 0 : 2;
    }
    ctx = createCliContext(out);
    if (args.version) {
      out.result({ version: ctx.backend.appVersion }, () => ctx?.backend.appVersion ?? '');
      return 0;
    }
    const command = COMMANDS[args.command];
    if (!command) throw new CliError('VALIDATION', `Unknown command "${args.command}".\n\n${USAGE}`);
    await command(ctx, args);
    return 0;
  } catch (error) {
    const failure =
      error instanceof CliError
        ? error
        : error instanceof AppFailure
          ? CliError.from(error.toAppError())
          : new CliError('INTERNAL', error instanceof Error ? error.message : String(error));
    if (json && !failure.resultPrinted) io.stdout(`${JSON.stringify({ ok: false, error: { code: failure.code, message: failure.message, fields: failure.fields } }, null, 2)}\n`);
    else if (!json) io.stderr(`${formatError(failure)}\n`);
    return 1;
  } finally {
    ctx?.backend.close();
  }
}

// Runs itself when started directly (tsx electron/cli/main.ts, node out/node/cli.mjs); bin/ imports and calls runCli.
const isEntry = process.argv[1] !== undefined && /(^|[/\\])(main\.ts|cli\.mjs)$/.test(process.argv[1]);
if (isEntry) {
  // `carbonrecycling activities | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  void runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}
