import { Supergraph } from '@apollo/federation-internals';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  type GraphQLNamedType,
  type GraphQLSchema,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

/**
 * The schema clients see: the supergraph without its federation machinery (join directives, `_Service`,
 * inaccessible elements), printed in name order so that a recorded copy changes only where the graph does.
 * The gate and the contract's codegen both read the graph through it.
 */
export function apiSdlOf(supergraphSdl: string): string {
  return printSchema(lexicographicSortSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
}

/** What changed between the baseline's API schema and the current one, sorted by what it means for clients. */
export interface SchemaVerdict {
  /** Breaking for a client of the baseline, of a coordinate that was not deprecated there: these fail. */
  breaking: Change[];
  /** Breaking, but of a coordinate the baseline already deprecated: clients were told, so it passes. */
  afterDeprecation: Change[];
  /** May change what a client gets (a new enum value, a new interface of a type): printed, never failed. */
  dangerous: Change[];
  safe: Change[];
}

/**
 * Compares two API schemas with GraphQL Inspector. No rule is passed on purpose: the inspector's CLI
 * applies `simplifyChanges` unless told `verboseChanges`, and that rule drops a field's type change when
 * the same diff gives the field a description or a directive: of the ten output fields made nullable in
 * commit a0c9f13, it would have shown six. Each breaking change is then checked against the baseline's
 * deprecations.
 */
export async function judgeSchemaChange(baselineSdl: string, currentSdl: string): Promise<SchemaVerdict> {
  const baseline = buildSchema(baselineSdl);
  const changes = await diff(baseline, buildSchema(currentSdl));
  const verdict: SchemaVerdict = { breaking: [], afterDeprecation: [], dangerous: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      (deprecatedInBaseline(baseline, change.path) ? verdict.afterDeprecation : verdict.breaking).push(change);
    } else (change.criticality.level === CriticalityLevel.Dangerous ? verdict.dangerous : verdict.safe).push(change);
  }
  return verdict;
}

/**
 * Whether the baseline deprecated the schema coordinate a change touches, or the field it belongs to:
 * `Type.field`, `Type.field.argument`, `Input.field`, `Enum.VALUE`. A type cannot carry @deprecated: it
 * counts as deprecated when every field (or value) of it is.
 */
export function deprecatedInBaseline(baseline: GraphQLSchema, path: string | undefined): boolean {
  if (!path) return false;
  // A directive usage's path goes on past its coordinate: `Type.field.@directive.argument`.
  const parts = path.split('.');
  const directiveAt = parts.findIndex((part) => part.startsWith('@'));
  const [typeName, memberName, argumentName] = directiveAt === -1 ? parts : parts.slice(0, directiveAt);
  const type = baseline.getType(typeName);
  if (!type) return false;
  if (memberName === undefined) return members(type).length > 0 && members(type).every((member) => member.deprecationReason != null);
  const member = members(type).find((candidate) => candidate.name === memberName);
  if (!member) return false;
  if (member.deprecationReason != null) return true;
  if (argumentName === undefined) return false;
  return (member.args ?? []).some((argument) => argument.name === argumentName && argument.deprecationReason != null);
}

interface Member {
  name: string;
  deprecationReason?: string | null;
  args?: readonly Member[];
}

function members(type: GraphQLNamedType): readonly Member[] {
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) return Object.values(type.getFields());
  if (isEnumType(type)) return type.getValues();
  return [];
}

/** What to do about one breaking change, in the words of the change. */
function advice(change: Change): string {
  switch (change.type) {
    case 'FIELD_ARGUMENT_ADDED':
    case 'INPUT_FIELD_ADDED':
      return 'make it optional (nullable, or with a default value), so that what clients send today stays valid.';
    case 'FIELD_TYPE_CHANGED':
      return 'keep the type; add a field with the new type and deprecate this one, then change or remove it once clients have moved.';
    default:
      return 'deprecate it first (@deprecated(reason: "…"), `deprecationReason` in type-graphql), record the deprecation in the baseline, and remove or change it in a later change.';
  }
}

const line = (change: Change) => `${change.path ?? '(schema)'}: ${change.message}`;

/** The gate's report: every change with its class, and for a failure, which coordinate broke and what to do. */
export function reportVerdict(verdict: SchemaVerdict, baselineName: string): { ok: boolean; lines: string[]; changes: number } {
  const lines: string[] = [];
  for (const change of verdict.breaking) lines.push(`BREAKING  ${line(change)}`, `          → ${advice(change)}`);
  for (const change of verdict.afterDeprecation) lines.push(`allowed   ${line(change)} (deprecated in the baseline)`);
  for (const change of verdict.dangerous) lines.push(`dangerous ${line(change)}`);
  const total = verdict.breaking.length + verdict.afterDeprecation.length + verdict.dangerous.length + verdict.safe.length;
  if (verdict.breaking.length)
    lines.push(
      `${verdict.breaking.length} breaking change(s) against ${baselineName} of coordinates that were never deprecated: clients of the`,
      'published schema would fail. Deprecate first; see "Changing the schema" in README.md.',
    );
  else if (total) lines.push(`No breaking change against ${baselineName} (${total} change(s), ${verdict.safe.length} of them safe).`);
  else lines.push(`The API schema is the same as ${baselineName}.`);
  return { ok: verdict.breaking.length === 0, lines, changes: total };
}
