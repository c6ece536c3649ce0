import { tmpdir } from 'node:os';
import type { ProcedureName } from '../../shared/ipc/channels';
import type { ProcedureInput, ProcedureOutput } from '../../shared/ipc/contract';
import { createBackend, type Backend } from '../core/backend';
import { createStderrLogger } from '../core/logger';
import { createMemorySettings } from '../core/settings/settings-store';
import { CliError, type Output } from './output';

export interface CliContext {
  backend: Backend;
  out: Output;
  /** Calls a procedure through the same router as the app; a failed Result becomes a CliError. */
  invoke<N extends ProcedureName>(name: N, input: ProcedureInput<N>): Promise<ProcedureOutput<N>>;
  /** Opens --workspace, or explains how to name one. */
  openWorkspace(path: string | undefined): Promise<void>;
}

export function createCliContext(out: Output): CliContext {
  // One-shot runs must not rewrite the desktop app's recent list, so settings live in memory.
  const backend = createBackend({
    mode: 'cli',
    dataDir: tmpdir(),
    settings: createMemorySettings(),
    logger: createStderrLogger('carbonrecycling'),
  });
  const invoke: CliContext['invoke'] = async (name, input) => {
    const result = await backend.invoke(name, input);
    if (!result.ok) throw CliError.from(result.error);
    return result.value;
  };
  return {
    backend,
    out,
    invoke,
    async openWorkspace(path) {
      if (!path) throw new CliError('VALIDATION', 'Say which workspace to use: --workspace <path to .sqlite file>');
      await invoke('workspaces.open', { path });
    },
  };
}
