import type { HandlerGroup } from '../types';

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, ctx) => ctx.settings.get('preferences'),
  'settings.update': (input, ctx) => {
    const next = { ...ctx.settings.get('preferences'), ...input };
    ctx.settings.set('preferences', next);
    ctx.emit('data.changed', { topics: ['settings'] });
    return next;
  },
};
