import { parse, type OperationDefinitionNode } from 'graphql';
import { rootFieldNames } from './auth';

const roots = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return [...rootFieldNames(operation, document)].sort();
};

describe('rootFieldNames', () => {
  it('names the root fields, not aliases or nested fields', () => {
    expect(roots('{ offer: publicOffer { id organisations { id } } prisons { id } }')).toEqual(['prisons', 'publicOffer']);
  });

  it('looks through fragments and inline fragments', () => {
    expect(roots('query { ... on Query { a } ...F } fragment F on Query { b ...G } fragment G on Query { c ...F }')).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
