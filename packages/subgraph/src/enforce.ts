import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Caller } from '@cort/auth';
import type { ReadAudit } from './audit';
import type { ReferenceResolvers } from './federation';
import { admits, guardedFields, refusal, type Policy } from './policy';

interface PolicyContext {
  caller: Caller;
  audit?: ReadAudit;
}

/**
 * Whose data a personal type's object is, for the audit trail (Participant → its id); an object about
 * several people (a pair kept apart) names each of them, and the read is recorded under every one.
 */
export type AuditSubjects = Record<string, (parent: any) => string | readonly string[]>;

function guardField(policy: Policy, coordinate: string, subjects: AuditSubjects, resolve: GraphQLFieldResolver<unknown, PolicyContext>) {
  const rule = policy.rules[coordinate];
  const [typeName] = coordinate.split('.');
  const personal = rule ? policy.categories[rule.data]?.personal === true : false;
  const subjectOf = subjects[typeName];
  return ((parent, args, context, info) => {
    if (!admits(rule, context.caller, parent, args)) throw refusal(rule, context.caller, parent, args);
    if (personal && subjectOf) {
      if (!context.audit) throw new Error(`${policy.service} audits ${typeName} but the request has no audit trail.`);
      const subject = subjectOf(parent);
      for (const one of typeof subject === 'string' ? [subject] : subject) context.audit.record(one, rule!.data);
    }
    return resolve(parent, args, context, info);
  }) satisfies GraphQLFieldResolver<unknown, PolicyContext>;
}

/**
 * Puts the policy in front of every root field, every field of a personal type or leading to one, and
 * every other field the policy has a rule for: no rule, or a rule
 * that does not admit the caller, is a refusal before the resolver runs (deny by default). Admitted
 * reads of personal data of an audited type are recorded in the request's audit trail.
 */
export function enforceFieldPolicy(schema: GraphQLSchema, policy: Policy, subjects: AuditSubjects = {}): void {
  for (const coordinate of guardedFields(schema, policy)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[fieldName];
    field.resolve = guardField(
      policy,
      coordinate,
      subjects,
      (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, PolicyContext>,
    );
  }
}

/** The same policy inside every reference resolver: a reference the caller may not follow resolves to null. */
export function guardReferences(references: ReferenceResolvers, policy: Policy): ReferenceResolvers {
  return Object.fromEntries(
    Object.entries(references).map(([typeName, { __resolveReference }]) => {
      const rule = policy.rules[`${typeName}.__resolveReference`];
      return [
        typeName,
        {
          __resolveReference: (reference: unknown, context: PolicyContext, info: unknown) =>
            admits(rule, context.caller, reference) ? __resolveReference(reference, context, info) : null,
        },
      ];
    }),
  );
}
