export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** Logs to stderr so the CLI's stdout stays machine-readable. */
export function createStderrLogger(prefix = 'carbonrecycling'): Logger {
  const write = (level: string, message: string, details?: Record<string, unknown>) => {
    const suffix = details ? ` ${JSON.stringify(details)}` : '';
    process.stderr.write(`[${prefix}] ${level} ${message}${suffix}\n`);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
