import { belgianDate, calendarDate } from '@cort/common';
import { actorOf, badUserInput, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { clearanceProblem } from '../../domain/clearance';
import { lapsesWithin, withinDaysProblem } from '../../domain/expiry';
import type { Clearance } from '../../generated/prisma/client';
import { PERSON_CLEARANCES } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import type { RecordClearanceInput } from './clearance.type';
import { insertClearance } from './clearance.repository';

/**
 * A coordinator of a prison the person's organisation serves records a clearance of theirs (the policy
 * checked that a permit's prison is one of the coordinator's). Returns the person, whose clearances then
 * include it.
 */
export async function recordClearance(ctx: Context, input: RecordClearanceInput) {
  const { person, organisation } = await loadForChange(ctx.caller, PERSON_CLEARANCES, input.personId, personOfOrganisation(ctx.loaders));
  const facts = { kind: input.kind, prisonId: input.prisonId ?? null, validFrom: input.validFrom, validUntil: input.validUntil ?? null };
  const problem = clearanceProblem(facts);
  if (problem) throw badUserInput(problem.message, problem.field);
  if (facts.prisonId && !organisation.prisonIds.includes(facts.prisonId)) {
    throw badUserInput(`The organisation does not serve prison ${facts.prisonId}.`, 'prisonId');
  }
  await insertClearance(ctx.prisma, { personId: person.id, ...facts, recordedBy: actorOf(ctx.caller) });
  return person;
}

/** Of a person's clearances, those that hold today (Brussels) and lapse within the coming days, the soonest first. */
export function lapsingWithin(clearances: Clearance[], withinDays: number) {
  const problem = withinDaysProblem(withinDays);
  refuseProblems(problem ? [problem] : []);
  const today = belgianDate(new Date());
  return clearances
    .filter((clearance) => lapsesWithin(clearance, today, withinDays))
    .sort((a, b) => calendarDate(a.validUntil!).localeCompare(calendarDate(b.validUntil!)));
}
