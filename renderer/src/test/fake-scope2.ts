import type { Instrument, ResidualMixFactor } from '../../../shared/domain/scope2';
import { Failure, type FakeKit, type Handlers } from './fake-api';

type Scope2Names = 'instruments.list' | 'instruments.create' | 'instruments.update' | 'instruments.delete' | 'residualMix.list' | 'residualMix.create' | 'residualMix.delete';

/** Instruments and residual mixes held on the fake workspace, audited like the backend. */
export function fakeScope2Handlers(kit: FakeKit): Pick<Handlers, Scope2Names> {
  const instrumentsOf = (ws: ReturnType<FakeKit['requireWorkspace']>) => (ws.instruments ??= []);
  const mixesOf = (ws: ReturnType<FakeKit['requireWorkspace']>) => (ws.residualMixes ??= []);
  return {
    'instruments.list': () => instrumentsOf(kit.requireWorkspace()),
    'instruments.create': (input) =>
      kit.write(['instruments'], (ws) => {
        const at = kit.tick();
        const created: Instrument = { id: kit.newId('instrument'), ...input, createdAt: at, updatedAt: at };
        instrumentsOf(ws).push(created);
        kit.audit(ws, { action: 'create', entity: 'instrument', entityId: created.id, summary: `Added electricity instrument ${created.supplier}`, before: null, after: created });
        return created;
      }),
    'instruments.update': ({ id, instrument }) =>
      kit.write(['instruments'], (ws) => {
        const before = instrumentsOf(ws).find((i) => i.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That instrument no longer exists.' });
        const after: Instrument = { ...before, ...instrument, updatedAt: kit.tick() };
        ws.instruments = instrumentsOf(ws).map((i) => (i.id === id ? after : i));
        kit.audit(ws, { action: 'update', entity: 'instrument', entityId: id, summary: `Updated electricity instrument ${after.supplier}`, before, after });
        return after;
      }),
    'instruments.delete': ({ id }) =>
      kit.write(['instruments'], (ws) => {
        const before = instrumentsOf(ws).find((i) => i.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That instrument no longer exists.' });
        ws.instruments = instrumentsOf(ws).filter((i) => i.id !== id);
        kit.audit(ws, { action: 'delete', entity: 'instrument', entityId: id, summary: `Deleted electricity instrument ${before.supplier}`, before, after: null });
        return null;
      }),
    'residualMix.list': () => mixesOf(kit.requireWorkspace()),
    'residualMix.create': (input) =>
      kit.write(['instruments'], (ws) => {
        if (mixesOf(ws).some((r) => r.market === input.market && r.year === input.year)) {
          throw new Failure({ code: 'CONFLICT', message: `There is already a ${input.market} residual mix for ${input.year}. Delete it first to enter a corrected value.` });
        }
        const created: ResidualMixFactor = { id: kit.newId('mix'), ...input, createdAt: kit.tick() };
        mixesOf(ws).push(created);
        kit.audit(ws, { action: 'create', entity: 'residual-mix', entityId: created.id, summary: `Entered ${created.market} residual mix ${created.year}`, before: null, after: created });
        return created;
      }),
    'residualMix.delete': ({ id }) =>
      kit.write(['instruments'], (ws) => {
        const before = mixesOf(ws).find((r) => r.id === id);
        if (!before) throw new Failure({ code: 'NOT_FOUND', message: 'That residual mix value no longer exists.' });
        ws.residualMixes = mixesOf(ws).filter((r) => r.id !== id);
        kit.audit(ws, { action: 'delete', entity: 'residual-mix', entityId: id, summary: `Deleted ${before.market} residual mix ${before.year}`, before, after: null });
        return null;
      }),
  };
}
