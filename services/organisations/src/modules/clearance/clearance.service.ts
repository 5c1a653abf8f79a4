import { belgianDate, calendarDate } from '@cort/common';
import { actorOf, badUserInput, conflict, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { clearanceProblem, withdrawal } from '../../domain/clearance';
import { lapsesWithin, withinDaysProblem } from '../../domain/expiry';
import type { Clearance } from '../../generated/prisma/client';
import { CLEARANCE_WITHDRAWAL, PERSON_CLEARANCES } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import type { RecordClearanceInput, WithdrawClearanceInput } from './clearance.type';
import { clearanceById, insertClearance, updateClearance } from './clearance.repository';

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

/**
 * A coordinator of the permit's prison withdraws a clearance from a day on. Nothing planned is changed:
 * the sessions the person facilitates from then on show in sessionsAtRisk for the coordinator to replace
 * them. Returns the person.
 */
export async function withdrawClearance(ctx: Context, input: WithdrawClearanceInput) {
  const { person, clearance } = await loadForChange(ctx.caller, CLEARANCE_WITHDRAWAL, input.id, async (id) => {
    const clearance = await clearanceById(ctx.prisma, id);
    const owner = clearance && (await personOfOrganisation(ctx.loaders)(clearance.personId));
    return clearance && owner ? { ...owner, clearance } : null;
  });
  const outcome = withdrawal(clearance, calendarDate(input.from));
  if ('message' in outcome) throw outcome.conflict ? conflict(outcome.message) : badUserInput(outcome.message, outcome.field);
  await updateClearance(ctx.prisma, clearance.id, {
    validUntil: outcome.validUntil,
    grantedUntil: clearance.validUntil,
    withdrawnFrom: input.from,
    withdrawnAt: new Date(),
    withdrawnBy: actorOf(ctx.caller),
  });
  ctx.loaders.clearancesOfPerson.clear(person.id);
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
