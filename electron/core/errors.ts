import type { AppError, ErrorCode } from '../../shared/ipc/contract';

/** A failure the user can act on; its message is shown as-is, so it must never carry secrets. */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.fields = fields;
  }

  toAppError(): AppError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
