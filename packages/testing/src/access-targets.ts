import fc from 'fast-check';
import { missingIds } from './access-properties';

// What the services' access properties draw and act on, beside the callers: ids of their small worlds
// (fixed, so a counterexample fast-check prints can be replayed), ids nothing has, objects made for runs.

/** A fixed uuid of a world's object: its kind (a byte, as hex), the prison it belongs to and its number there. */
export const worldId = (kind: number, prison: number, n: number) =>
  `${kind.toString(16).padStart(2, '0')}000000-0000-4000-8000-${String(prison * 100 + n).padStart(12, '0')}`;

/** An id of the world mostly (`weight` to 1), sometimes one nothing has. */
export const seededOrMissing = (ids: readonly string[], weight = 4) =>
  fc.oneof({ weight, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: missingIds });

/**
 * The target of a root field that takes a prison code: the world's prisons and one nothing lives in,
 * which is also the unknown code a refusal is compared with.
 */
export const prisonTargets = (prisons: readonly string[], noPrison: string) => ({
  targets: fc.constantFrom<string>(...prisons, noPrison),
  exists: (prisonId: string) => prisonId !== noPrison,
  missingId: noPrison,
  idOf: (prisonId: string) => prisonId,
});

/** The target of a root field that takes an object's id: drawn ids, existing when the world has them. */
export const idTargets = (ids: fc.Arbitrary<string>, world: { has(id: string): boolean }) => ({
  targets: ids,
  exists: (id: string) => world.has(id),
  idOf: (id: string) => id,
});

/** The target of a root field with no object to probe for (a list of everything, the caller's own day). */
export const noTarget = (label: string) => ({ targets: fc.constant(null), exists: () => false, idOf: () => label });

/** Where a mutation run makes its object: one of the places mostly (5 to 1), or null to act on an id nothing has. */
export const placeForTheRun = <Place>(places: readonly Place[]) => fc.option(fc.constantFrom(...places), { nil: null, freq: 5 });

/** The target of a mutation run: the object made for it in its drawn place, or without a place the drawn missing id. */
export function madeOrMissing<Made extends { missingId: string }, Place>(
  placeOf: (made: Made) => Place | null,
  make: (place: Place, made: Made) => string | Promise<string>,
) {
  return {
    exists: (made: Made) => placeOf(made) !== null,
    idOf: (made: Made) => {
      const place = placeOf(made);
      return place === null ? made.missingId : make(place, made);
    },
  };
}

/**
 * Objects made for mutation runs in batches, by the kind a run needs, each handed out once: an admitted
 * change always finds its object as it needs it, and one statement makes a batch, not one per run.
 */
export function handedOutOnce<T>() {
  const pools = new Map<string, T[]>();
  return async (kind: string, makeBatch: () => Promise<T[]>): Promise<T> => {
    if (!pools.get(kind)?.length) pools.set(kind, await makeBatch());
    return pools.get(kind)!.pop()!;
  };
}
