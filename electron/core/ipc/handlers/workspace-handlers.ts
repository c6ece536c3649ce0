import type { HandlerGroup } from '../types';

export const workspaceHandlers: HandlerGroup<
  | 'app.info'
  | 'workspaces.current'
  | 'workspaces.listRecent'
  | 'workspaces.create'
  | 'workspaces.open'
  | 'workspaces.close'
  | 'workspaces.forget'
> = {
  'app.info': (_input, ctx) => ({ appVersion: ctx.appVersion, mode: ctx.mode, dataDir: ctx.dataDir, userName: ctx.userName }),
  'workspaces.current': (_input, ctx) => ctx.workspaces.summary(),
  'workspaces.listRecent': (_input, ctx) => ctx.workspaces.listRecent(),
  'workspaces.create': (input, ctx) => {
    const summary = ctx.workspaces.create(input);
    ctx.emit('workspace.changed', { path: summary.path });
    return summary;
  },
  'workspaces.open': (input, ctx) => {
    const summary = ctx.workspaces.open(input.path);
    ctx.emit('workspace.changed', { path: summary.path });
    return summary;
  },
  'workspaces.close': (_input, ctx) => {
    ctx.workspaces.close();
    ctx.emit('workspace.changed', { path: null });
    return null;
  },
  'workspaces.forget': (input, ctx) => {
    ctx.workspaces.forget(input.path);
    ctx.emit('data.changed', { topics: ['workspace'] });
    return null;
  },
};
