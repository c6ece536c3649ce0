import { isEventName, type EventName, type ProcedureName } from '../../../shared/ipc/channels';
import type { AppError, ProcedureInput, ProcedureOutput, Result } from '../../../shared/ipc/contract';
import type { WindowApi } from '../../../shared/ipc/window-api';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

/** A failed procedure, thrown so TanStack Query treats it as an error; keeps code and field messages. */
export class BridgeError extends Error {
  readonly code: AppError['code'];
  readonly fields: Record<string, string>;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'BridgeError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

/**
 * The browser build talks to electron/server: POST /rpc/:name and server-sent events on /events.
 * Authentication is the HttpOnly cookie the server set when the printed URL was opened; the JSON
 * content type makes any cross-site request need a CORS preflight, which the server never grants.
 */
export function createHttpBridge(base = ''): WindowApi {
  return {
    async invoke(name, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/rpc/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          credentials: 'same-origin',
        });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'Cannot reach the CarbonRecycling server. Is `npm run serve` still running?' } };
      }
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page is not authorised. Open the address printed by `npm run serve` again.' } };
      }
      return (await response.json()) as Result<unknown>;
    },
    on(listener) {
      const source = new EventSource(`${base}/events`, { withCredentials: true });
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as { name: unknown; payload: unknown };
        if (isEventName(event.name)) listener(event.name, event.payload);
      };
      return () => source.close();
    },
  };
}

let api: WindowApi | null = null;

export function getApi(): WindowApi {
  api ??= window.api ?? createHttpBridge();
  return api;
}

/** For renderer tests: swap in a typed fake bridge. */
export function setApi(next: WindowApi | null): void {
  api = next;
}

export async function call<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>> {
  const result = await getApi().invoke(name, input);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value as ProcedureOutput<N>;
}

export function onEvent(listener: (name: EventName, payload: unknown) => void): () => void {
  return getApi().on(listener);
}
