import { describe, expect, it } from 'vitest';
import { WORKSPACE_FILE_FILTERS, suggestedWorkspaceName, withWorkspaceExtension } from './dialog-paths';

describe('workspace dialog helpers', () => {
  it('keeps an ordinary organisation name', () => {
    expect(suggestedWorkspaceName('  Acme Widgets   Ltd ')).toBe('Acme Widgets Ltd');
  });

  it.each([
    ['a path', '../../etc/passwd', '.. .. etc passwd'],
    ['a Windows path', 'C:\\Windows\\System32', 'C: Windows System32'],
    ['control characters', 'Acme\u0000\nLtd', 'Acme Ltd'],
    ['dots only', '..', 'workspace'],
    ['nothing', '   ', 'workspace'],
    ['not a string', 42, 'workspace'],
  ])('neutralises %s', (_label, input, expected) => {
    expect(suggestedWorkspaceName(input)).toBe(expected);
  });

  it('caps the length', () => {
    expect(suggestedWorkspaceName('x'.repeat(500))).toHaveLength(120);
  });

  it('adds .sqlite when the save dialog did not', () => {
    expect(withWorkspaceExtension('/home/a/acme')).toBe('/home/a/acme.sqlite');
    expect(withWorkspaceExtension('/home/a/acme.sqlite')).toBe('/home/a/acme.sqlite');
    expect(withWorkspaceExtension('/home/a/ACME.SQLITE')).toBe('/home/a/ACME.SQLITE');
  });

  it('filters the dialogs to workspace files', () => {
    expect(WORKSPACE_FILE_FILTERS).toEqual([{ name: 'CarbonRecycling workspace', extensions: ['sqlite'] }]);
  });
});
