import fc from 'fast-check';
import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';

// The generic part of the services' access property tests (fast-check): the check that a call to a root
// field is refused exactly when the policy's oracle says so, and what a refusal must leave unsaid.

/** The codes that mean "you may not": a call admitted by the policy never answers with one of them. */
export const ACCESS_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const CLIENT_CODES = [...ACCESS_CODES, 'BAD_USER_INPUT', 'CONFLICT'];

export const numRuns = 1000;
/** 1 000 runs of a mutation on a busy PostgreSQL can outlast jest's 60 s: the runs are the point, not the clock. */
export const PROPERTY_TIMEOUT_MS = 600_000;

/** An id nothing in the world has. */
export const missingIds = fc.uuid({ version: 4 });

const codeOf = (error: { extensions?: Record<string, unknown> }) => error.extensions?.code as string | undefined;

/** The access code an answer was refused with, or null when it was admitted (other errors included). */
export const refusalOf = (result: ExecutionResult): string | null =>
  (result.errors ?? []).map(codeOf).find((code) => code !== undefined && ACCESS_CODES.includes(code)) ?? null;

/** Errors that are no client's answer (a crash): never expected, admitted or not. */
export const crashesOf = (result: ExecutionResult) =>
  (result.errors ?? []).filter((error) => !CLIENT_CODES.includes(codeOf(error) ?? '')).map((error) => error.message);

/** The answer as a client sees it, with the asked-for id written as <id>: comparable across ids. */
export function answerAbout(result: ExecutionResult, id: string) {
  const seen = {
    data: result.data ?? null,
    errors: (result.errors ?? []).map(({ message, path, extensions }) => ({ message, path, extensions })),
  };
  return JSON.parse(JSON.stringify(seen).replaceAll(id, '<id>'));
}

/** One root field under test: how to draw its object, send it, and what the policy says of it. */
export interface AccessCase<Target> {
  callers: fc.Arbitrary<Caller>;
  /** Objects of the world and ones that do not exist. */
  targets: fc.Arbitrary<Target>;
  /** Whether the target exists (only then is a refusal compared with that for a non-existent id). */
  exists(target: Target): boolean;
  /**
   * Whether the caller may not even see the object (default: yes). A refusal is compared with that for
   * a non-existent id only then: an object the caller may read (a published activity, an organisation)
   * is no secret, and a refused change of it may say FORBIDDEN rather than NOT_FOUND.
   */
  hiddenFrom?(caller: Caller, target: Target): boolean;
  /** The non-existent id to compare with, when not a drawn uuid (a prison code). */
  missingId?: string;
  /** The id to send for the target; a mutation makes its object here (see the test file). */
  idOf(target: Target): string | Promise<string>;
  send(caller: Caller, id: string, target: Target): Promise<ExecutionResult>;
  /** The oracle: the policy's rule and the object-level function the resolver uses. */
  allowed(caller: Caller, target: Target): boolean;
  /** Whether admitted calls must also succeed outright (no error at all), not only pass the access checks (default: yes). */
  succeedsWhenAllowed?: boolean;
  /** What an admitted call must answer, beyond no access error (the data the caller's scope covers). */
  checkAnswer?(result: ExecutionResult, caller: Caller, target: Target): void;
  /** What a refused call must leave as it was (a mutation's object), read before and after. */
  stateOf?(id: string, target: Target): Promise<unknown>;
}

/**
 * For `numRuns` drawn callers and objects: the call is refused with an access code exactly when the
 * oracle denies it, nothing crashes, a refusal changes nothing, and a refusal of an existing object the
 * caller may not see reads the same as that of an id that does not exist, so ids cannot be probed.
 */
export async function assertAccess<Target>(accessCase: AccessCase<Target>) {
  const seen = { allowed: 0, denied: 0 };
  await fc.assert(
    fc.asyncProperty(accessCase.callers, accessCase.targets, missingIds, async (caller, target, missingId) => {
      const id = await accessCase.idOf(target);
      const allowed = accessCase.allowed(caller, target);
      seen[allowed ? 'allowed' : 'denied']++;
      const before = allowed ? undefined : await accessCase.stateOf?.(id, target);
      const result = await accessCase.send(caller, id, target);
      expect(crashesOf(result)).toEqual([]);
      expect({ refusal: refusalOf(result), allowed }).toEqual({ refusal: allowed ? null : expect.any(String), allowed });
      if (allowed && (accessCase.succeedsWhenAllowed ?? true)) expect(result.errors).toBeUndefined();
      if (allowed) return accessCase.checkAnswer?.(result, caller, target);
      // Nothing answered: no data, or null roots (a nullable root field refused).
      expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
      if (accessCase.stateOf) expect(await accessCase.stateOf(id, target)).toEqual(before);
      if (!accessCase.exists(target) || !(accessCase.hiddenFrom?.(caller, target) ?? true)) return;
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
