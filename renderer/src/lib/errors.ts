import type { ErrorCode } from '../../../shared/ipc/contract';
import { BridgeError } from './bridge';

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

export function isErrorCode(error: unknown, code: ErrorCode): error is BridgeError {
  return error instanceof BridgeError && error.code === code;
}

/** The field messages of a VALIDATION (or CONFLICT) answer, or none. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof BridgeError ? error.fields : {};
}
