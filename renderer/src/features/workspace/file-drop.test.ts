import { describe, expect, it } from 'vitest';
import { judgeDroppedFile } from './file-drop';

describe('dropped files', () => {
  it('opens a workspace file when the desktop app can say where it lives', () => {
    expect(judgeDroppedFile('Acme.SQLITE', () => '/home/a/Acme.sqlite')).toEqual({ kind: 'open-workspace', path: '/home/a/Acme.sqlite' });
  });
  it('explains why other files are refused', () => {
    const verdict = judgeDroppedFile('bill.csv', () => '/x/bill.csv');
    expect(verdict).toMatchObject({ kind: 'refused', message: expect.stringContaining('"bill.csv" is not a workspace file') });
  });
  it('points a .crworkspace file someone sent to where it is copied in', () => {
    expect(judgeDroppedFile('Acme for accountant.crworkspace', () => '/x/a.crworkspace')).toMatchObject({ kind: 'refused', message: expect.stringContaining('Settings › Backups') });
  });
  it('explains that the browser cannot open dropped workspaces', () => {
    expect(judgeDroppedFile('acme.sqlite', null)).toMatchObject({ kind: 'refused', message: expect.stringContaining('use the desktop app') });
  });
});
