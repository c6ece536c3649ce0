import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-policy';

const packaged = { devServerUrl: null };
const ours = { webContentsId: 7, frameUrl: 'app://renderer/index.html', isTopFrame: true };

describe('IPC sender check', () => {
  it("accepts the main window's top frame on our origin", () => {
    expect(isTrustedSender(ours, 7, packaged)).toBe(true);
  });

  it.each([
    ['another webContents', { ...ours, webContentsId: 8 }, 7],
    ['no main window', ours, null],
    ['a destroyed or navigated frame (senderFrame null)', { ...ours, frameUrl: null }, 7],
    ['an iframe', { ...ours, isTopFrame: false }, 7],
    ['a page that navigated elsewhere', { ...ours, frameUrl: 'https://evil.example/' }, 7],
    ['a lookalike origin', { ...ours, frameUrl: 'app://renderer.evil/index.html' }, 7],
    ['file://', { ...ours, frameUrl: 'file:///app/out/renderer/index.html' }, 7],
  ] as const)('refuses %s', (_label, facts, mainId) => {
    expect(isTrustedSender(facts, mainId, packaged)).toBe(false);
  });

  it('accepts the dev server only in development', () => {
    const devFrame = { ...ours, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(devFrame, 7, { devServerUrl: 'http://localhost:5173/' })).toBe(true);
    expect(isTrustedSender(devFrame, 7, packaged)).toBe(false);
  });
});
