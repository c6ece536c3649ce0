import { parseArgs } from 'node:util';
import { CliError } from './output';

const OPTIONS = {
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  name: { type: 'string' },
  'companies-house': { type: 'string' },
  'year-start-month': { type: 'string' },
  'base-year': { type: 'string' },
  site: { type: 'string' },
  postcode: { type: 'string' },
  country: { type: 'string' },
  'floor-area': { type: 'string' },
  limit: { type: 'string' },
  year: { type: 'string' },
  dataset: { type: 'string' },
  activity: { type: 'string' },
  quantity: { type: 'string' },
  unit: { type: 'string' },
  date: { type: 'string' },
  'period-end': { type: 'string' },
  'calorific-value': { type: 'string' },
  profile: { type: 'string' },
  overlap: { type: 'string' },
  'date-format': { type: 'string' },
  'decimal-comma': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  json: boolean;
  help: boolean;
  version: boolean;
  string(name: OptionName): string | undefined;
  number(name: OptionName): number | undefined;
  integer(name: OptionName): number | undefined;
  flag(name: OptionName): boolean;
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError('VALIDATION', (error as Error).message);
  }
  const { values, positionals } = parsed;
  const string = (name: OptionName): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const number = (name: OptionName): number | undefined => {
    const raw = string(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) throw new CliError('VALIDATION', `--${name} must be a number, not "${raw}"`);
    return n;
  };
  return {
    command: positionals[0],
    positionals: positionals.slice(1),
    json: values.json === true,
    help: values.help === true,
    version: values.version === true,
    string,
    number,
    flag: (name) => values[name] === true,
    integer(name) {
      const n = number(name);
      if (n !== undefined && !Number.isInteger(n)) throw new CliError('VALIDATION', `--${name} must be a whole number`);
      return n;
    },
  };
}
