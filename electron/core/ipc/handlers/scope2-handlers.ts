import {
  createInstrument,
  createResidualMix,
  deleteInstrument,
  deleteResidualMix,
  listInstruments,
  listResidualMixes,
  updateInstrument,
} from '../../emissions/scope2/instrument-repository';
import type { HandlerGroup } from '../types';

// Instruments change market-based figures, so their changes also mark emissions as changed.
export const scope2Handlers: HandlerGroup<
  | 'instruments.list'
  | 'instruments.create'
  | 'instruments.update'
  | 'instruments.delete'
  | 'residualMix.list'
  | 'residualMix.create'
  | 'residualMix.delete'
> = {
  'instruments.list': (_input, ctx) => listInstruments(ctx.workspaces.require().db),
  'instruments.create': (input, ctx) => ctx.write(['instruments'], (db, audit, now) => createInstrument(db, input, now, audit)),
  'instruments.update': (input, ctx) =>
    ctx.write(['instruments'], (db, audit, now) => updateInstrument(db, input.id, input.instrument, now, audit)),
  'instruments.delete': (input, ctx) =>
    ctx.write(['instruments'], (db, audit) => {
      deleteInstrument(db, input.id, audit);
      return null;
    }),
  'residualMix.list': (_input, ctx) => listResidualMixes(ctx.workspaces.require().db),
  'residualMix.create': (input, ctx) => ctx.write(['instruments'], (db, audit, now) => createResidualMix(db, input, now, audit)),
  'residualMix.delete': (input, ctx) =>
    ctx.write(['instruments'], (db, audit) => {
      deleteResidualMix(db, input.id, audit);
      return null;
    }),
};
