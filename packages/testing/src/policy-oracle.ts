import type { ExecutionResult } from 'graphql';
import type { Caller } from '@cort/auth';
import { admits, refusal, type Policy } from '@cort/subgraph';

/**
 * A policy read as the property tests' oracles read it: what it decides for a coordinate before any
 * object is looked at, and where a refusal of it answers, in the words `refusalsIn` reads an answer with.
 */
export function policyOracle(policy: Policy) {
  return {
    admits: (coordinate: string, caller: Caller, parent: unknown = null, args: unknown = {}) =>
      admits(policy.rules[coordinate], caller, parent, args),
    /** '<code> at <path>': the code the coordinate's rule refuses this caller with, at the path it answers at. */
    refusedAt: (coordinate: string, caller: Caller, path: string, parent: unknown = null) =>
      `${String(refusal(policy.rules[coordinate], caller, parent).extensions.code)} at ${path}`,
  };
}

/**
 * Where an answer was refused: '<code> at <path>' (the field names of the error's path) for each of its
 * errors, each said once and joined by ' and ' (one per object refused alike), or null without errors.
 */
export function refusalsIn(result: ExecutionResult): string | null {
  if (!result.errors?.length) return null;
  const where = result.errors.map(
    (error) => `${String(error.extensions?.code)} at ${(error.path ?? []).filter((part) => typeof part === 'string').join('.')}`,
  );
  return [...new Set(where)].join(' and ');
}
