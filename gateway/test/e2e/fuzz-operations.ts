import fc from 'fast-check';
import {
  coerceInputValue,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { findLeaks } from '../leaks';

/** One request of the fuzz run: an operation on one root field with its variables. */
export interface FuzzOperation {
  field: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  /** True when a variable was given a value of the wrong JSON type or a required one was left out. */
  malformed: boolean;
}

/**
 * Text a client may send that the leak scanner would not mistake for one of ours when an error echoes it
 * back ("Variable $a0 got invalid value …"): no paths, hosts, SQL or stack-like text.
 */
const text = (maxLength: number) =>
  fc
    .string({ maxLength, unit: fc.oneof(fc.constantFrom(...'abcdefghij éèçü\'"<>{}%&;-_'.split('')), fc.constant('x')) })
    .filter((value) => findLeaks({ text: JSON.stringify({ value }) }).length === 0);

// Mostly well-formed values, so that most requests get past validation into the resolvers and rules;
// the malformed ones are a minority of each kind.
const dates = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2026-13-45', '2026-02-30', '', 'yesterday', '99999-01-01') },
);
const dateTimes = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.integer({ min: -400 * 24, max: 400 * 24 }).map((hours) => new Date(Date.now() + hours * 3_600_000).toISOString()),
  },
  { weight: 1, arbitrary: fc.constantFrom('2026-12-06T25:61:00Z', '2026-12-06', '', 'now') },
);

function scalarValue(name: string, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof({ weight: 6, arbitrary: ids }, { weight: 2, arbitrary: fc.uuid() }, { weight: 1, arbitrary: text(40) });
    case 'String':
      return fc.oneof(
        { weight: 6, arbitrary: text(30) },
        { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
        { weight: 3, arbitrary: fc.constantFrom('nl', 'fr', 'en', 'HAREN', 'GENT') },
      );
    case 'Int':
      return fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) },
        { weight: 2, arbitrary: fc.constantFrom(2_147_483_647, -2_147_483_648, -1) },
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return dates;
    case 'DateTime':
      return dateTimes;
    default:
      return fc.oneof(text(20), fc.integer(), fc.boolean());
  }
}

/** Whether a variable's value (undefined: left out) is one its type takes, as the gateway would coerce it. */
function acceptable(type: GraphQLInputType, value: unknown): boolean {
  if (value === undefined) return !isNonNullType(type);
  try {
    coerceInputValue(value, type);
    return true;
  } catch {
    return false;
  }
}

/** A wrong JSON type for most variables: what a broken client or a probe sends. */
const wrongType = fc.oneof(fc.constant({ nested: { deeper: [1, 2] } }), fc.constant([[]]), fc.integer(), fc.boolean(), fc.constant('x'));

/** A value for an input type, mostly well-typed, sometimes null, sometimes an unknown enum value. */
export function inputValue(type: GraphQLInputType, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputValue(type.ofType, ids, depth);
  if (isListType(type)) return fc.array(inputValue(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type))
    return fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
    );
  if (isScalarType(type)) return scalarValue(type.name, ids);
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, inputValue(field.type, ids, depth + 1)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  return fc.constant(null);
}

/** Every leaf of the returned type two levels deep, so that resolvers of nested fields run too. */
export function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || depth > 2) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((field) => !field.args.some((arg) => isNonNullType(arg.type)));
  const parts = fields.map((field) => {
    const inner = selectionOf(field.type, depth + 1);
    const leaf = isLeafType(getNamedType(field.type));
    return leaf ? field.name : depth < 2 ? `${field.name} ${inner}` : '';
  });
  return `{ __typename ${parts.filter(Boolean).join(' ')} }`;
}

function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  ids: fc.Arbitrary<string>,
): fc.Arbitrary<FuzzOperation> {
  const declarations = field.args.map((arg, index) => `$a${index}: ${arg.type}`).join(', ');
  const argumentsText = field.args.map((arg, index) => `${arg.name}: $a${index}`).join(', ');
  const query = `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${argumentsText ? `(${argumentsText})` : ''} ${selectionOf(field.type)} }`;
  const values = fc.tuple(...field.args.map((arg) => inputValue(arg.type, ids)));
  // One request in five breaks one variable: a wrong JSON type, or a required one left out.
  const breakage = fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(Math.max(0, field.args.length - 1)), fc.oneof(wrongType, fc.constant(undefined))) },
  );
  return fc.tuple(values, breakage).map(([given, broken]) => {
    const variables: Record<string, unknown> = Object.fromEntries(given.map((value, index) => [`a${index}`, value]));
    // Broken only when the value really is wrong for its argument: 'x' is a fine String or ID, an integer
    // a fine ID or Float, and leaving out an optional one is allowed; such a request is well-formed.
    const malformed = broken !== null && field.args.length > 0 && !acceptable(field.args[broken[0]].type, broken[1]);
    if (malformed) {
      const [index, replacement] = broken!;
      if (replacement === undefined) delete variables[`a${index}`];
      else variables[`a${index}`] = replacement;
    }
    return { field: field.name, kind, query, variables, malformed };
  });
}

/** An arbitrary operation on any root field of the API schema. */
export function operations(schema: GraphQLSchema, ids: fc.Arbitrary<string>, kinds: ('query' | 'mutation')[] = ['query', 'mutation']) {
  const roots = kinds.flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {})
      .filter((field) => !field.name.startsWith('_'))
      .map((field) => operationOf(kind, field, ids));
  });
  return fc.oneof(...roots);
}
