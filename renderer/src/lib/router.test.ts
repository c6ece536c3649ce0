import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './router';

describe('hash router', () => {
  it('maps hashes to routes, with the dashboard as the default', () => {
    expect(parseHash('')).toBe('dashboard');
    expect(parseHash('#/')).toBe('dashboard');
    expect(parseHash('#/settings')).toBe('settings');
    expect(parseHash('#/data-sources/')).toBe('data-sources');
    expect(parseHash('#/audit')).toBe('audit');
    expect(parseHash('#/reports')).toBe('reports');
    expect(parseHash('#/no-such-page')).toBe('not-found');
  });

  it('builds links that parse back to the same route', () => {
    expect(parseHash(hrefFor('audit'))).toBe('audit');
  });
});
