import { ROLES, type Caller, type Role } from '@cort/auth';
import { Kind, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from './errors';
import type { Verdict } from './scope';

/** Who a rule can admit: a role, or the anonymous public. */
export type Audience = Role | 'ANONYMOUS';

/**
 * One decision of a service's policy: for a root field (`Query.x`, `Mutation.x`), a field carrying
 * personal data (`Participant.firstName`) or a reference resolver (`Participant.__resolveReference`).
 */
export interface Rule<Parent = any, Args = any> {
  /** The data category it hands out or changes (a key of the policy's categories). */
  data: string;
  /** The audiences it admits, each with the scope in words, for the generated document. Others are denied. */
  who: Partial<Record<Audience, string>>;
  /**
   * The decision that needs the object or the arguments (their prison, their organisation, the view
   * a participant was handed out with); absent, the audiences above decide alone. A string refuses with
   * that reason (see `inPrisonAs`). Decisions that need data loaded first are the policy module's scope
   * rules (`ScopeRule`), applied by `loadForChange` / `loadVisible` where the object is loaded.
   */
  allows?: (caller: Caller, parent: Parent, args: Args) => Verdict;
}

export interface DataCategory {
  description: string;
  /** Personal data (GDPR): every read of it through this service is decided by a rule. */
  personal: boolean;
}

export interface Policy {
  service: string;
  categories: Record<string, DataCategory>;
  /** Object types whose every field carries personal data: each field needs a rule. */
  personalTypes: readonly string[];
  rules: Record<string, Rule>;
}

const audienceOf = (caller: Caller): Audience[] =>
  caller.kind === 'user' ? caller.roles : caller.kind === 'anonymous' ? ['ANONYMOUS'] : [];

const hasAudience = (rule: Rule, caller: Caller) => audienceOf(caller).some((audience) => rule.who[audience] !== undefined);

const verdictOf = (rule: Rule | undefined, caller: Caller, parent?: unknown, args?: unknown): Verdict => {
  if (!rule || !hasAudience(rule, caller)) return false;
  return rule.allows ? rule.allows(caller, parent, args ?? {}) : true;
};

/** Whether a rule admits the caller: one of its audiences, and its own decision when it has one. */
export const admits = (rule: Rule | undefined, caller: Caller, parent?: unknown, args?: unknown): boolean =>
  verdictOf(rule, caller, parent, args) === true;

/**
 * The refusal a denied caller gets: sign in first when anonymous, FORBIDDEN saying what is missing
 * otherwise — the rule's own reason when it gave one.
 */
export function refusal(rule: Rule | undefined, caller: Caller, parent?: unknown, args?: unknown) {
  if (caller.kind === 'anonymous') return unauthenticated();
  if (!rule) return forbidden('Nobody has been given access to this yet.');
  if (!hasAudience(rule, caller)) return forbidden(`This needs one of the roles ${Object.keys(rule.who).join(', ')}.`);
  const verdict = verdictOf(rule, caller, parent, args);
  return forbidden(typeof verdict === 'string' ? verdict : 'Your prisons or organisation do not cover this.');
}

/**
 * The entities a subgraph resolves references of, read from the schema itself: object types with a
 * `@key` that is not `resolvable: false` (stubs of other subgraphs' entities are not resolved here).
 */
export function resolvableEntities(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) =>
      (type.astNode?.directives ?? []).some(
        (directive) =>
          directive.name.value === 'key' &&
          !directive.arguments?.some(
            (argument) => argument.name.value === 'resolvable' && argument.value.kind === Kind.BOOLEAN && !argument.value.value,
          ),
      ),
    )
    .map((type) => type.name)
    .sort();
}

/**
 * Every coordinate of a schema that needs a rule: root fields, every field of a personal type, every
 * field anywhere that leads to a personal type (a list of enrolments, a payload's participant), and
 * every reference resolver of the entities it resolves (from the schema unless given).
 */
export function ruledCoordinates(
  schema: GraphQLSchema,
  policy: Pick<Policy, 'personalTypes'>,
  entities: readonly string[] = resolvableEntities(schema),
): string[] {
  const personal = new Set(policy.personalTypes);
  for (const typeName of personal) {
    if (!isObjectType(schema.getType(typeName)))
      throw new Error(`${typeName} is declared personal but is not an object type of this schema.`);
  }
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
  const coordinates: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      const leadsToPersonal = personal.has(getNamedType(field.type).name);
      if (roots.has(type.name) || personal.has(type.name) || leadsToPersonal) coordinates.push(`${type.name}.${field.name}`);
    }
  }
  for (const entity of entities) coordinates.push(`${entity}.__resolveReference`);
  return coordinates;
}

/** Coordinates that carry data but have no rule: a test keeps this empty, and at run time they are denied. */
export const unruledCoordinates = (schema: GraphQLSchema, policy: Policy, entities?: readonly string[]) =>
  ruledCoordinates(schema, policy, entities).filter((coordinate) => !policy.rules[coordinate]);

/**
 * The field coordinates the kit guards: those that need a rule, and every other field the policy gives a
 * rule to (a public type's field that is not for everyone, such as a prison's rooms).
 */
export function guardedFields(schema: GraphQLSchema, policy: Policy): string[] {
  const fields = ruledCoordinates(schema, policy, []);
  const extra = Object.keys(policy.rules).filter((coordinate) => !fields.includes(coordinate) && fieldExists(schema, coordinate));
  return [...fields, ...extra];
}

function fieldExists(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  return isObjectType(type) && fieldName in type.getFields();
}

/** Rules that name nothing in the schema (a renamed field, a reference this subgraph does not resolve): stale, so the document would lie. */
export const staleRules = (schema: GraphQLSchema, policy: Policy, entities: readonly string[] = resolvableEntities(schema)) => {
  const references = new Set(entities.map((entity) => `${entity}.__resolveReference`));
  return Object.keys(policy.rules).filter((coordinate) => !references.has(coordinate) && !fieldExists(schema, coordinate));
};

export const ALL_AUDIENCES: readonly Audience[] = [...ROLES, 'ANONYMOUS'];
