import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { procedureNames } from '../../../shared/ipc/channels';
import { errorCodes, procedures } from '../../../shared/ipc/contract';
import { createTestBackend, sampleCreateInput, type TestBackend } from '../testing/fixtures';
import { handlers } from './handlers';

let t: TestBackend;
let workspacePath = '';
beforeAll(async () => {
  t = createTestBackend();
  workspacePath = (await t.ok('workspaces.create', sampleCreateInput)).path;
});
// Fuzzing workspaces.close may close it: every procedure gets fuzzed against an open workspace.
beforeEach(() => {
  if (!t.backend.workspaces.current) t.backend.workspaces.open(workspacePath);
});
afterAll(() => t.cleanup());

function isResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (r.ok === true) return 'value' in r;
  return r.ok === false && (errorCodes as readonly unknown[]).includes(r.error?.code) && typeof r.error?.message === 'string';
}

describe('contract', () => {
  it('has exactly one handler per procedure and one schema pair per name', () => {
    expect(Object.keys(handlers).sort()).toEqual([...procedureNames].sort());
    expect(Object.keys(procedures).sort()).toEqual([...procedureNames].sort());
  });

  it('refuses unknown procedure names', async () => {
    expect(await t.backend.call('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(await t.backend.call({ toString: () => 'x' }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
  });

  it.each(procedureNames)('%s refuses non-object input with VALIDATION', async (name) => {
    for (const bad of [42, 'text', null, [1, 2], true]) {
      const result = await t.backend.call(name, bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it.each(procedureNames)('%s never crashes on random payloads', async (name) => {
    const payload = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom('id', 'path', 'name', 'site', 'organisation', 'sites', 'limit', 'offset', 'entity', 'theme', 'postcode', 'country'), fc.anything({ maxDepth: 2 })),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const result = await t.backend.call(name, input);
        expect(isResult(result)).toBe(true);
        // A crash inside a handler surfaces as INTERNAL: random input must be refused, not crash.
        if (!result.ok) expect(result.error.code).not.toBe('INTERNAL');
      }),
      { numRuns: 150 },
    );
    // Some procedures do seconds of real work on their first valid call (creating the sample workspace).
  }, 30_000);

  it('reports which fields are wrong', async () => {
    const result = await t.backend.call('sites.create', { name: '', country: 'GB', postcode: 'NOPE' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { name: 'Site name is required', postcode: '"NOPE" is not a valid UK postcode: use the form SW1A 1AA' } },
    });
  });
});
