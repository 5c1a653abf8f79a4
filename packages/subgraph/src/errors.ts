import { GraphQLError } from 'graphql';
import { isDomainErrorCode, type DomainErrorCode } from '@cort/common';

// The codes a subgraph raises are the domain codes of @cort/common's one list; anything else is masked
// as INTERNAL_SERVER_ERROR (format-error.ts).
function domainError(code: DomainErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Input a coordinator can correct: names the field so the form can point at it. */
export const badUserInput = (message: string, field?: string, extensions: Record<string, unknown> = {}) =>
  domainError('BAD_USER_INPUT', message, field ? { field, ...extensions } : extensions);
export const unauthenticated = (message = 'Sign in to see this.') => domainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You do not have access to this.') => domainError('FORBIDDEN', message);
export const notFound = (what: string, id: string) => domainError('NOT_FOUND', `${what} ${id} does not exist.`, { id });
export const conflict = (message: string, extensions: Record<string, unknown> = {}) => domainError('CONFLICT', message, extensions);

export function isClientError(error: unknown): error is GraphQLError {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return isDomainErrorCode(code);
}

export interface InputProblem {
  field: string;
  message: string;
}

/** Turns a rule's findings into one BAD_USER_INPUT naming the first field and listing all; nothing when none. */
export function refuseProblems(problems: InputProblem[]): void {
  if (problems.length) throw badUserInput(problems.map((p) => p.message).join(' '), problems[0].field, { problems });
}
