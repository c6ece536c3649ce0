import type { AppError } from '../../shared/ipc/contract';

/** A failure the CLI reports and exits non-zero for. */
export class CliError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  /** The command already printed its result (e.g. the rejected rows); only the exit code is left to give. */
  readonly resultPrinted: boolean;

  constructor(code: string, message: string, fields?: Record<string, string>, resultPrinted = false) {
    super(message);
    this.code = code;
    this.fields = fields;
    this.resultPrinted = resultPrinted;
  }

  static from(error: AppError): CliError {
    return new CliError(error.code, error.message, error.fields);
  }
}

export interface Output {
  json: boolean;
  /** Human text to stdout, or the value as JSON when --json was given. */
  result(value: unknown, human: () => string): void;
}

export function createOutput(json: boolean, write: (text: string) => void): Output {
  return {
    json,
    result(value, human) {
      write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
  };
}

export function formatError(error: CliError): string {
  const fieldLines = Object.entries(error.fields ?? {}).map(([field, message]) => `  ${field}: ${message}`);
  return [`Error: ${error.message}`, ...fieldLines].join('\n');
}
