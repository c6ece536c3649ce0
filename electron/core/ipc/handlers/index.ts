import type { Handlers } from '../types';
import { organisationHandlers } from './organisation-handlers';
import { settingsHandlers } from './settings-handlers';
import { workspaceHandlers } from './workspace-handlers';

export const handlers: Handlers = {
  ...workspaceHandlers,
  ...organisationHandlers,
  ...settingsHandlers,
};
