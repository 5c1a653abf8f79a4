import { handedOutOnce, madeOrMissing, worldId } from './access-targets';

describe('the targets of the access properties', () => {
  it('gives fixed ids by kind, prison and number', () => {
    expect(worldId(0xac, 2, 5)).toBe('ac000000-0000-4000-8000-000000000205');
  });

  it('makes a run its object in its place, or sends the missing id without one', () => {
    const target = madeOrMissing(
      (made: { prisonId: string | null; missingId: string }) => made.prisonId,
      (prisonId) => `made in ${prisonId}`,
    );
    expect([target.exists({ prisonId: 'GENT', missingId: 'm' }), target.idOf({ prisonId: 'GENT', missingId: 'm' })]).toEqual([
      true,
      'made in GENT',
    ]);
    expect([target.exists({ prisonId: null, missingId: 'm' }), target.idOf({ prisonId: null, missingId: 'm' })]).toEqual([false, 'm']);
  });

  it('hands each object made out once, making a batch per kind when its pool is empty', async () => {
    const take = handedOutOnce<string>();
    const batches: string[] = [];
    const batchOf = (kind: string) => async () => (batches.push(kind), [`${kind}-1`, `${kind}-2`]);
    const taken = [];
    for (const kind of ['a', 'a', 'b', 'a']) taken.push(await take(kind, batchOf(kind)));
    expect(taken).toEqual(['a-2', 'a-1', 'b-2', 'a-2']);
    expect(batches).toEqual(['a', 'b', 'a']);
  });
});
