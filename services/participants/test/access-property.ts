import fc from 'fast-check';
import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import { participantsPolicy } from '../src/policy';
import { answerAbout, callers, crashesOf, missingIds, numRuns, refusalOf } from './access-harness';

/** What the participants policy decides for a coordinate, before any object is looked at. */
export const policyAdmits = (coordinate: string, caller: Caller, parent: unknown = null, args: unknown = {}) =>
  admits(participantsPolicy.rules[coordinate], caller, parent, args);

/** One root field under test: how to draw its object, send it, and what the policy says of it. */
export interface AccessCase<Target> {
  /** Objects of the world and ones that do not exist. */
  targets: fc.Arbitrary<Target>;
  /** Whether the target exists (only then is a refusal compared with that for a non-existent id). */
  exists(target: Target): boolean;
  /** The non-existent id to compare with, when not a drawn uuid (a prison code). */
  missingId?: string;
  /** The id to send for the target; a mutation makes its object here (see the test file). */
  idOf(target: Target): string | Promise<string>;
  send(caller: Caller, id: string, target: Target): Promise<ExecutionResult>;
  /** The oracle: the policy's rule and the object-level function the resolver uses. */
  allowed(caller: Caller, target: Target): boolean;
  /** Admitted calls must also succeed outright (no error at all), not only pass the access checks. */
  succeedsWhenAllowed?: boolean;
  /** What a refused call must leave as it was (a mutation's object), read before and after. */
  stateOf?(id: string): Promise<unknown>;
}

/**
 * For `numRuns` drawn callers and objects: the call is refused with an access code exactly when the
 * oracle denies it, nothing crashes, and a refusal of an existing object reads the same as the refusal
 * of an id that does not exist (with the id written as <id>), so ids cannot be probed.
 */
export async function assertAccess<Target>(accessCase: AccessCase<Target>) {
  const seen = { allowed: 0, denied: 0 };
  await fc.assert(
    fc.asyncProperty(callers, accessCase.targets, missingIds, async (caller, target, missingId) => {
      const id = await accessCase.idOf(target);
      const allowed = accessCase.allowed(caller, target);
      seen[allowed ? 'allowed' : 'denied']++;
      const before = allowed ? undefined : await accessCase.stateOf?.(id);
      const result = await accessCase.send(caller, id, target);
      expect(crashesOf(result)).toEqual([]);
      expect({ refusal: refusalOf(result), allowed }).toEqual({ refusal: allowed ? null : expect.any(String), allowed });
      if (allowed && accessCase.succeedsWhenAllowed) expect(result.errors).toBeUndefined();
      if (allowed) return;
      expect(result.data ?? null).toBeNull();
      if (accessCase.stateOf) expect(await accessCase.stateOf(id)).toEqual(before);
      if (!accessCase.exists(target)) return;
      const unknownId = accessCase.missingId ?? missingId;
      const unknown = await accessCase.send(caller, unknownId, target);
      expect(answerAbout(result, id)).toEqual(answerAbout(unknown, unknownId));
    }),
    { numRuns },
  );
  expectBothSides(seen);
}

/** A property that never met an admitted (or a refused) call would prove nothing about it. */
export function expectBothSides(seen: { allowed: number; denied: number }) {
  expect(seen.allowed).toBeGreaterThanOrEqual(numRuns / 20);
  expect(seen.denied).toBeGreaterThanOrEqual(numRuns / 20);
}
