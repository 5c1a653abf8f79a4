import fc from 'fast-check';
import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';
import { admits, type Policy } from '@cort/subgraph';
import { expectBothSides, missingIds, numRuns } from './access-properties';

// The properties of the paths to personal data (a field reached through a root field, a list or a
// reference) and of references, shared by the services' access tests; each service brings its oracle.

/** One way to personal data under test: how to draw it, where the oracle says its answer stops, where it did. */
export interface OutcomeCase<Way> {
  callers: fc.Arbitrary<Caller>;
  ways: fc.Arbitrary<Way>;
  /** The oracle: '<code> at <path>', 'no reference', 'answered…' or what else the service's outcome says. */
  expected(caller: Caller, way: Way): string;
  /** Whether an expected outcome is an admitted answer (a property must meet both kinds). */
  answered(expected: string): boolean;
  /** Sends the way's document as the caller and says where its answer stopped. */
  outcome(caller: Caller, way: Way): Promise<string>;
}

/** For `numRuns` drawn callers and ways: every answer stops exactly where the oracle says. */
export async function assertOutcomes<Way>(outcomeCase: OutcomeCase<Way>) {
  const seen = { allowed: 0, denied: 0 };
  await fc.assert(
    fc.asyncProperty(outcomeCase.callers, outcomeCase.ways, async (caller, way) => {
      const expected = outcomeCase.expected(caller, way);
      seen[outcomeCase.answered(expected) ? 'allowed' : 'denied']++;
      expect(await outcomeCase.outcome(caller, way)).toBe(expected);
    }),
    { numRuns },
  );
  expectBothSides(seen);
}

/** The references of a subgraph's entities under test, as the gateway sends them (`_entities`). */
export interface ReferenceCase {
  callers: fc.Arbitrary<Caller>;
  policy: Policy;
  /** Per entity type, the ids drawn for it: the world's and ones nothing has. */
  ids: Record<string, fc.Arbitrary<string>>;
  /** The oracle beside the reference's rule: whether the caller may see the object (false when it does not exist). */
  visible(caller: Caller, type: string, id: string): boolean;
  /** The non-existent id of a type to compare with, when not a drawn uuid (a prison code). */
  missingIdOf?(type: string): string | undefined;
  send(caller: Caller, source: string, variables: Record<string, unknown>): Promise<ExecutionResult>;
}

/**
 * For `numRuns` drawn callers and references: a reference resolves (to its id) exactly when the
 * `<Type>.__resolveReference` rule admits the caller and the object is visible to them, as a direct read
 * would; otherwise to null, without an error, exactly as a reference to an id that does not exist.
 */
export async function assertReferences(referenceCase: ReferenceCase) {
  const types = Object.keys(referenceCase.ids);
  const references = fc.oneof(...types.map((type) => fc.record({ type: fc.constant(type), id: referenceCase.ids[type] })));
  const source = `query ($r: [_Any!]!) { _entities(representations: $r) { ${types.map((type) => `... on ${type} { id }`).join(' ')} } }`;
  const resolve = (caller: Caller, type: string, id: string) => referenceCase.send(caller, source, { r: [{ __typename: type, id }] });
  const seen = { allowed: 0, denied: 0 };
  await fc.assert(
    fc.asyncProperty(referenceCase.callers, references, missingIds, async (caller, { type, id }, missingId) => {
      const allowed =
        admits(referenceCase.policy.rules[`${type}.__resolveReference`], caller, { id }, {}) && referenceCase.visible(caller, type, id);
      seen[allowed ? 'allowed' : 'denied']++;
      expect(await resolve(caller, type, id)).toEqual({ data: { _entities: [allowed ? { id } : null] } });
      if (!allowed)
        expect(await resolve(caller, type, referenceCase.missingIdOf?.(type) ?? missingId)).toEqual({ data: { _entities: [null] } });
    }),
    { numRuns },
  );
  expectBothSides(seen);
}
