import type { Caller } from '@cort/auth';
import { findVisible, inPrisonAs, loadForChange, loadVisible, type ScopeRule } from './scope';

const coordinator: Caller = { kind: 'user', sub: 'c', roles: ['COORDINATOR'], prisons: ['HAREN'] };
const analyst: Caller = { kind: 'user', sub: 'a', roles: ['ANALYST'], prisons: ['HAREN'] };
const elsewhere: Caller = { kind: 'user', sub: 'g', roles: ['COORDINATOR'], prisons: ['GENT'] };

interface Thing {
  id: string;
  prisonId: string;
}
const things: Record<string, Thing> = { t1: { id: 't1', prisonId: 'HAREN' } };
const load = async (id: string) => things[id] ?? null;
const rule: ScopeRule<Thing> = {
  what: 'Thing',
  sees: (caller, thing) => caller.kind === 'user' && caller.prisons.includes(thing.prisonId),
  changes: (caller, thing) => inPrisonAs(caller, thing.prisonId, ['COORDINATOR']),
};

describe('inPrisonAs', () => {
  it('says which of role and prison is missing', () => {
    expect(inPrisonAs(coordinator, 'HAREN', ['COORDINATOR'])).toBe(true);
    expect(inPrisonAs(elsewhere, 'HAREN', ['COORDINATOR'])).toBe('You are not assigned to prison HAREN.');
    expect(inPrisonAs(analyst, 'HAREN', ['COORDINATOR', 'POLICY_COORDINATOR'])).toBe(
      'This needs one of the roles COORDINATOR, POLICY_COORDINATOR.',
    );
    expect(inPrisonAs({ kind: 'anonymous' }, 'HAREN', ['COORDINATOR'])).toBe('This needs one of the roles COORDINATOR.');
  });
});

describe('loading in scope', () => {
  it('hands out what the caller may change', async () => {
    await expect(loadForChange(coordinator, rule, 't1', load)).resolves.toEqual(things.t1);
  });

  it('answers an unseen object exactly like an unknown id', async () => {
    const unseen = await loadForChange(elsewhere, rule, 't1', load).catch((error) => error);
    const unknown = await loadForChange(elsewhere, rule, 't9', load).catch((error) => error);
    expect(unseen.extensions).toEqual({ code: 'NOT_FOUND', id: 't1' });
    expect(unknown.extensions).toEqual({ code: 'NOT_FOUND', id: 't9' });
    expect(unseen.message).toBe('Thing t1 does not exist.');
  });

  it('refuses a change of a seen object with the reason', async () => {
    const error = await loadForChange(analyst, rule, 't1', load).catch((e) => e);
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).toBe('This needs one of the roles COORDINATOR.');
  });

  it('reads without the change rule, and finds null for references', async () => {
    await expect(loadVisible(analyst, rule, 't1', load)).resolves.toEqual(things.t1);
    await expect(findVisible(elsewhere, rule, 't1', load)).resolves.toBeNull();
    await expect(findVisible(analyst, rule, 't1', load)).resolves.toEqual(things.t1);
  });
});
