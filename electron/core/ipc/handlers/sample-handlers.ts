import { openSampleWorkspace } from '../../sample/sample-workspace';
import type { HandlerGroup } from '../types';

export const sampleHandlers: HandlerGroup<'workspaces.openSample'> = {
  // Synchronous (a few seconds the first time): the whole sample is written in one transaction.
  'workspaces.openSample': (_input, ctx) => {
    const summary = openSampleWorkspace(ctx.workspaces, {
      locations: ctx.workspaces.locations,
      appVersion: ctx.appVersion,
      userName: ctx.userName,
      now: ctx.now(),
    });
    ctx.emit('workspace.changed', { path: summary.path });
    return summary;
  },
};
