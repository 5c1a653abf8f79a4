import {
  getNamedType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/**
 * A contract operation as a Relay client would write it: the operation named after its module
 * (`PublicOffer` → `PublicOfferQuery`), every connection field marked `@connection`, and the selection
 * of every object that implements Node moved into a fragment marked `@refetchable`. The contract file
 * itself is never changed; the result goes into a scratch folder for relay-compiler.
 */
export interface RelayModule {
  module: string;
  /** One GraphQL definition per entry: Relay wants one per tagged template. */
  definitions: string[];
  connections: string[];
  refetchableTypes: string[];
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const directive = (directiveName: string, argument: string, value: string): DirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: name(directiveName),
  arguments: [{ kind: Kind.ARGUMENT, name: name(argument), value: { kind: Kind.STRING, value } }],
});

const isConnection = (type: GraphQLNamedType | undefined) =>
  isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
const isNode = (type: GraphQLNamedType | undefined) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');

export function relayModule(schema: GraphQLSchema, module: string, source: string): RelayModule {
  const typeInfo = new TypeInfo(schema);
  const fragments: FragmentDefinitionNode[] = [];
  const connections: string[] = [];
  const refetchableTypes: string[] = [];
  const document = visit(
    parse(source),
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        leave: (operation) => ({ ...operation, name: name(`${module}${operation.operation === 'query' ? 'Query' : 'Mutation'}`) }),
      },
      Field: {
        // On leave the nested objects are already fragments, and typeInfo still knows this field's type.
        leave(field): FieldNode {
          const type = getNamedType(typeInfo.getType() ?? undefined);
          let result = field;
          if (isConnection(type)) {
            connections.push(field.name.value);
            result = {
              ...result,
              directives: [...(result.directives ?? []), directive('connection', 'key', `${module}_${field.name.value}`)],
            };
          }
          if (isNode(type) && result.selectionSet) {
            const fragmentName = `${module}_${type!.name}${fragments.length + 1}`;
            refetchableTypes.push(type!.name);
            fragments.push({
              kind: Kind.FRAGMENT_DEFINITION,
              name: name(fragmentName),
              typeCondition: { kind: Kind.NAMED_TYPE, name: name(type!.name) },
              directives: [directive('refetchable', 'queryName', `${fragmentName}RefetchQuery`)],
              selectionSet: result.selectionSet,
            });
            result = {
              ...result,
              selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FRAGMENT_SPREAD, name: name(fragmentName) }] },
            };
          }
          return result;
        },
      },
    }),
  );
  return {
    module,
    definitions: [...document.definitions, ...fragments].map((definition) => print(definition)),
    connections,
    refetchableTypes,
  };
}

/** A module of Relay sources: each definition in its own `graphql` tagged template. */
export const relaySource = ({ definitions }: RelayModule) =>
  [
    'declare function graphql(strings: TemplateStringsArray): unknown;',
    ...definitions.map((definition) => `graphql\`\n${definition}\n\`;`),
  ].join('\n\n');
