import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  allowedExternalUrl,
  decideNavigation,
  devServerUrlFrom,
  isAllowedExternalUrl,
  isAppUrl,
  rendererEntryUrl,
} from './url-policy';

const packaged = { devServerUrl: null };
const dev = { devServerUrl: 'http://localhost:5173/' };

describe('external links', () => {
  it.each([
    'https://www.gov.uk/government/collections/government-conversion-factors-for-company-reporting',
    'https://gov.uk/',
    'https://find-and-update.company-information.service.gov.uk/company/00000006',
    'https://ghgprotocol.org/corporate-standard',
    'https://WWW.GOV.UK/guidance',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['a lookalike host', 'https://gov.uk.evil.com/'],
    ['a lookalike suffix', 'https://evilgov.uk/'],
    ['an unlisted subdomain', 'https://phishing.gov.uk/'],
    ['plain http', 'http://gov.uk/'],
    ['plain http on an allowed host', 'http://www.gov.uk/'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with a host-like body', 'javascript://www.gov.uk/%0aalert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: with an allowed host', 'file://gov.uk/etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials that hide the real host', 'https://gov.uk@evil.com/'],
    ['credentials on an allowed host', 'https://user:pass@gov.uk/'],
    ['a non-default port', 'https://gov.uk:8443/'],
    ['a trailing-dot host', 'https://gov.uk./'],
    ['our own scheme', 'app://renderer/index.html'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
    expect(decideNavigation(url, packaged)).not.toBe('open-external');
  });

  it('hands the browser the normalised URL, not the raw string', () => {
    expect(allowedExternalUrl('https://WWW.GOV.UK/a b')).toBe('https://www.gov.uk/a%20b');
  });
});

describe('our own origin', () => {
  it('recognises app://renderer pages', () => {
    expect(isAppUrl(APP_ENTRY_URL, packaged)).toBe(true);
    expect(isAppUrl('app://renderer/assets/index.js?x=1#top', packaged)).toBe(true);
  });

  it.each([
    'app://renderer.evil.com/index.html',
    'app://evil/index.html',
    'app://renderer@evil/index.html',
    'app://renderer:1234/index.html',
    'apps://renderer/index.html',
    'file:///app/out/renderer/index.html',
    'http://localhost:5173/',
    'https://www.gov.uk/',
    'javascript:alert(1)',
  ])('does not trust %s when packaged', (url) => {
    expect(isAppUrl(url, packaged)).toBe(false);
  });

  it('trusts the dev server origin only in development, and only that origin', () => {
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', dev)).toBe(false);
  });
});

describe('navigation', () => {
  it('allows same-origin moves, sends allowlisted links out, denies the rest', () => {
    expect(decideNavigation('app://renderer/index.html#/reports', packaged)).toBe('allow');
    expect(decideNavigation('https://www.gov.uk/', packaged)).toBe('open-external');
    expect(decideNavigation('https://evil.example/', packaged)).toBe('deny');
    expect(decideNavigation('file:///etc/passwd', packaged)).toBe('deny');
    expect(decideNavigation('http://localhost:5173/', packaged)).toBe('deny');
  });
});

describe('dev server URL', () => {
  it('is used when running from source on loopback', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://[::1]:5173/' }, false)).toBe('http://[::1]:5173/');
  });

  it('is ignored in a packaged app, off loopback, or when it is not http(s)', () => {
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://localhost.evil.com/' }, false)).toBeNull();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeNull();
    expect(devServerUrlFrom({ ELECTRON_RENDERER_URL: 'http://user@localhost:5173' }, false)).toBeNull();
    expect(devServerUrlFrom({}, false)).toBeNull();
  });

  it('decides what the window loads first', () => {
    expect(rendererEntryUrl(packaged)).toBe('app://renderer/index.html');
    expect(rendererEntryUrl(dev)).toBe('http://localhost:5173/');
  });
});
