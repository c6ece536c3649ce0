import type { ZodError } from 'zod';
import { isProcedureName, type ProcedureName } from '../../../shared/ipc/channels';
import { procedures, type AppError, type Result } from '../../../shared/ipc/contract';
import { AppFailure } from '../errors';
import type { Logger } from '../logger';
import type { HandlerContext, Handlers } from './types';

export function validationError(error: ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const messages = [...new Set(error.issues.map((i) => i.message))];
  return { code: 'VALIDATION', message: messages.slice(0, 3).join('; '), fields };
}

export interface Router {
  call(name: unknown, input: unknown): Promise<Result<unknown>>;
}

/** name → zod-validate input → handler → zod-shape output → Result. Never throws. */
export function createRouter(handlers: Handlers, ctx: HandlerContext, logger: Logger): Router {
  return {
    async call(name, rawInput) {
      if (!isProcedureName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: `Unknown procedure: ${String(name).slice(0, 80)}` } };
      }
      const def = procedures[name as ProcedureName];
      const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      try {
        const handler = handlers[name] as (input: unknown, c: HandlerContext) => unknown;
        const value = await handler(parsed.data, ctx);
        // Shaping the output strips anything the contract does not promise (e.g. internal fields).
        const shaped = def.output.safeParse(value);
        if (!shaped.success) {
          logger.error('handler returned a value outside the contract', { procedure: name, issues: shaped.error.issues.length });
          return { ok: false, error: { code: 'INTERNAL', message: 'The app produced an unexpected answer. Please report this.' } };
        }
        return { ok: true, value: shaped.data };
      } catch (error) {
        if (error instanceof AppFailure) return { ok: false, error: error.toAppError() };
        logger.error('procedure failed', { procedure: name, error: error instanceof Error ? error.message : String(error) });
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside the app. Your data has not been changed.' } };
      }
    },
  };
}
