import type { InputProblem } from '@cort/subgraph';
import { periodProblem, type Validity } from './expiry';

export interface AgreementFacts extends Validity {
  /** The prisons it covers; empty: every prison the organisation serves. */
  prisonIds: string[];
  documentReference?: string | null;
}

/** Whether the agreement covers the prison, for an organisation serving the given prisons. */
export const covers = (agreement: { prisonIds: string[] }, prisonId: string, organisationPrisonIds: readonly string[]) =>
  agreement.prisonIds.length ? agreement.prisonIds.includes(prisonId) : organisationPrisonIds.includes(prisonId);

/** What is wrong with an agreement as given for an organisation serving the given prisons, each with its field. */
export function agreementProblems(input: AgreementFacts, organisationPrisonIds: readonly string[]): InputProblem[] {
  const problems: InputProblem[] = [];
  const notServed = input.prisonIds.filter((prisonId) => !organisationPrisonIds.includes(prisonId));
  if (notServed.length) problems.push({ field: 'prisonIds', message: `The organisation does not serve ${notServed.join(', ')}.` });
  const period = periodProblem(input);
  if (period) problems.push(period);
  if ((input.documentReference?.length ?? 0) > 300)
    problems.push({ field: 'documentReference', message: 'A document reference has at most 300 characters.' });
  return problems;
}
