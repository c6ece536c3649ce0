import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportFormats, reportKinds, type ReportFormat, type ReportKind } from '../../../shared/domain/report-document';
import type { ParsedArgs } from '../args';
import type { CliContext } from '../context';
import { CliError } from '../output';

const REPORT_USAGE = 'Usage: carbonrecycling report <secr|crp|ghg> --year <YYYY> --format <pdf|xlsx|csv|json> --workspace <path> [--out <file>] [--json]';

/**
 * Builds a report from the workspace's current calculation run (a draft, not published) and
 * writes it in the chosen format, through the same export procedure as the app (audited).
 */
export async function reportCommand(ctx: CliContext, args: ParsedArgs): Promise<void> {
  const [kind] = args.positionals;
  if (!kind || !reportKinds.includes(kind as ReportKind)) throw new CliError('VALIDATION', `Say which report: secr, crp or ghg.\n${REPORT_USAGE}`);
  const year = args.integer('year');
  if (year === undefined) throw new CliError('VALIDATION', `Say which reporting year: --year <YYYY>.\n${REPORT_USAGE}`);
  const format = args.string('format') ?? 'pdf';
  if (!reportFormats.includes(format as ReportFormat)) throw new CliError('VALIDATION', `--format must be one of ${reportFormats.join(', ')}`);
  await ctx.openWorkspace(args.string('workspace'));
  const file = await ctx.invoke('reports.export', { kind: kind as ReportKind, year, format: format as ReportFormat });
  const target = resolve(args.string('out') ?? file.fileName);
  const bytes = Buffer.from(file.base64, 'base64');
  try {
    writeFileSync(target, bytes);
  } catch (error) {
    throw new CliError('WRITE_FAILED', `Cannot write ${target}: ${(error as Error).message}`);
  }
  ctx.out.result({ path: target, fileName: file.fileName, mimeType: file.mimeType, bytes: bytes.length }, () => `Wrote ${kind.toUpperCase()} report ${year} (${format.toUpperCase()}, ${bytes.length.toLocaleString('en-GB')} bytes) to ${target}`);
}
