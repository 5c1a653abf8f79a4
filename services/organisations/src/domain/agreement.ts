import type { InputProblem } from '@cort/subgraph';
import { calendarDate } from '@cort/common';
import { daysAfter, periodProblem, type Validity } from './expiry';

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

/**
 * Whether the organisation's agreements for the prison, together, hold on every day from `from` to `until`
 * (YYYY-MM-DD, both included): one after another without a gap counts, so a renewal does not warn.
 */
export function coveredOver(
  agreements: readonly (Validity & { prisonIds: string[] })[],
  prisonId: string,
  organisationPrisonIds: readonly string[],
  from: string,
  until: string,
): boolean {
  const spans = agreements
    .filter((agreement) => covers(agreement, prisonId, organisationPrisonIds))
    .map((agreement) => ({ first: calendarDate(agreement.validFrom), last: agreement.validUntil && calendarDate(agreement.validUntil) }))
    .sort((a, b) => a.first.localeCompare(b.first));
  let uncovered = from; // the first day no agreement seen so far holds on
  for (const span of spans) {
    if (uncovered > until) break;
    if (span.first > uncovered) return false; // sorted by start: no later one closes the gap
    if (span.last === null) return true;
    if (span.last >= uncovered) uncovered = daysAfter(span.last, 1);
  }
  return uncovered > until;
}
