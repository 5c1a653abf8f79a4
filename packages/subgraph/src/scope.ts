import type { Caller, Role } from '@cort/auth';
import { hasRole } from './access';
import { forbidden, notFound } from './errors';

/**
 * A decision about one caller: `true` when allowed, otherwise the reason in words the caller can act on
 * ("You are not assigned to prison GENT."). `false` is a refusal with the generic reason.
 */
export type Verdict = boolean | string;

/**
 * Whether the caller holds one of the roles in the given prison. The two ways to fail get their own
 * reason, as a coordinator would want to read it.
 */
export function inPrisonAs(caller: Caller, prisonId: string, roles: readonly Role[]): Verdict {
  if (caller.kind !== 'user' || !hasRole(caller, roles)) return `This needs one of the roles ${roles.join(', ')}.`;
  if (!caller.prisons.includes(prisonId)) return `You are not assigned to prison ${prisonId}.`;
  return true;
}

/**
 * The scope rule of one kind of object, written in the service's policy module: whom the object is shown
 * to at all, and, for a change, who may make it.
 */
export interface ScopeRule<T> {
  /** The type's name in messages ("Activity", "Participant"). */
  what: string;
  /** Whether the caller may know the object exists. When not, it answers exactly like an unknown id. */
  sees(caller: Caller, object: T): boolean;
  /** For changes: whether the caller, who sees the object, may change it. Absent: seeing is enough. */
  changes?(caller: Caller, object: T): Verdict;
}

/**
 * Loads one object for a mutation and applies its scope rule: NOT_FOUND when it does not exist or the
 * caller may not see it (the same answer, so that ids reveal nothing), FORBIDDEN with the reason when
 * the caller sees it but may not change it. The one way every mutation starts from an id.
 */
export async function loadForChange<T>(
  caller: Caller,
  rule: ScopeRule<T>,
  id: string,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<T> {
  const object = await loadVisible(caller, rule, id, load);
  const verdict = rule.changes ? rule.changes(caller, object) : true;
  if (verdict !== true) throw forbidden(typeof verdict === 'string' ? verdict : undefined);
  return object;
}

/** Loads one object for a read: NOT_FOUND when it does not exist or the caller may not see it. */
export async function loadVisible<T>(
  caller: Caller,
  rule: ScopeRule<T>,
  id: string,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<T> {
  const object = await load(id);
  if (!object || !rule.sees(caller, object)) throw notFound(rule.what, id);
  return object;
}

/** For a reference resolver or a nullable field: the object when the caller may see it, null otherwise. */
export async function findVisible<T>(
  caller: Caller,
  rule: ScopeRule<T>,
  id: string,
  load: (id: string) => Promise<T | null | undefined>,
): Promise<T | null> {
  const object = await load(id);
  return object && rule.sees(caller, object) ? object : null;
}
