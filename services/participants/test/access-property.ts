import type { Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import { assertAccess as assertAccessOf, type AccessCase as SharedAccessCase } from '@cort/testing';
import { participantsPolicy } from '../src/policy';
import { callers } from './access-harness';

/** What the participants policy decides for a coordinate, before any object is looked at. */
export const policyAdmits = (coordinate: string, caller: Caller, parent: unknown = null, args: unknown = {}) =>
  admits(participantsPolicy.rules[coordinate], caller, parent, args);

/** One root field under test; every participant is hidden from whoever may not read it. */
export type AccessCase<Target> = Omit<SharedAccessCase<Target>, 'callers' | 'hiddenFrom'>;

/**
 * For `numRuns` drawn callers and objects (packages/testing): refused with an access code exactly when
 * the oracle denies it, nothing crashes, a refusal changes nothing and reads like an unknown id's.
 */
export const assertAccess = <Target>(accessCase: AccessCase<Target>) => assertAccessOf({ callers, ...accessCase });

export { expectBothSides } from '@cort/testing';
