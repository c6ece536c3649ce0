import type { Handlers } from '../types';
import { organisationHandlers } from './organisation-handlers';
import { scope2Handlers } from './scope2-handlers';
import { settingsHandlers } from './settings-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...organisationHandlers,
  ...settingsHandlers,
  ...scope2Handlers,
};
