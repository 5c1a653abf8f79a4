import { calendarDate, belgianDate } from '@cort/common';
import { actorOf, badUserInput, conflict, findVisible, loadForChange, refuseProblems } from '@cort/subgraph';
import { regionOfPrison } from '@cort/vocabulary';
import type { Context } from '../../context';
import { appointmentConflict, endProblem, expectedFunctions, functionProblem, membersOn, vacanciesOn } from '../../domain/cort';
import { CORT_MEMBERSHIP, PERSON } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import type { AppointCortMemberInput, EndCortMembershipInput } from './cort.inputs';
import { endMembershipRow, findMembership, insertMembership, lockCort, membershipsOfPrison } from './cort.repository';

// The CORT's use cases: today's members and vacancies of a prison, appointing a member and ending a
// membership (the policy admitted only the prison's policy coordinator to those two).

/** Today's members of a prison's CORT (Brussels time), in the order of the functions. */
export const membersToday = async ({ loaders }: Context, prisonId: string, today = belgianDate(new Date())) =>
  membersOn(await loaders.cortMembershipsOfPrison.load(prisonId), today);

/** The functions the prison's CORT expects (by its region) that nobody holds today. */
export const vacanciesToday = async ({ loaders }: Context, prisonId: string, today = belgianDate(new Date())) =>
  vacanciesOn(await loaders.cortMembershipsOfPrison.load(prisonId), today, expectedFunctions(regionOfPrison(prisonId)));

/**
 * Appoints a person to a function of the prison's CORT from a day: a function that CORT has (the community
 * coordinator only in Brussels), a person working for an organisation serving the prison who holds no
 * other function there over that time (CONFLICT otherwise). The prison's CORT lock makes two appointments
 * of one person at once write one.
 */
export async function appointCortMember(ctx: Context, input: AppointCortMemberInput) {
  const problem = functionProblem(input.function, input.prisonId, regionOfPrison(input.prisonId));
  refuseProblems(problem ? [problem] : []);
  const found = await findVisible(ctx.caller, PERSON, input.personId, personOfOrganisation(ctx.loaders));
  if (!found) throw badUserInput(`There is no person ${input.personId} you may appoint.`, 'personId');
  if (!found.organisation.prisonIds.includes(input.prisonId)) {
    throw badUserInput(
      `${found.organisation.name} does not serve prison ${input.prisonId}: appoint one of its partners' people.`,
      'personId',
    );
  }
  return ctx.prisma.$transaction(async (tx) => {
    await lockCort(tx, input.prisonId);
    const clash = appointmentConflict(await membershipsOfPrison(tx, input.prisonId), input.personId, input.since);
    if (clash) {
      throw conflict(
        `This person already holds ${clash.function} in prison ${input.prisonId} from ${calendarDate(clash.since)}: end that first.`,
        {
          field: 'personId',
        },
      );
    }
    return insertMembership(tx, { ...input, appointedBy: actorOf(ctx.caller) });
  });
}

/** Ends a membership on a day (its last, included); a membership that has ended already is a CONFLICT. */
export async function endCortMembership(ctx: Context, input: EndCortMembershipInput) {
  const membership = await loadForChange(ctx.caller, CORT_MEMBERSHIP, input.id, (id) => ctx.loaders.cortMembership.load(id));
  const problem = endProblem(membership, input.until);
  refuseProblems(problem ? [problem] : []);
  return ctx.prisma.$transaction(async (tx) => {
    await lockCort(tx, membership.prisonId);
    const current = await findMembership(tx, membership.id);
    if (current?.until) throw conflict(`This membership already ended on ${calendarDate(current.until)}.`);
    return endMembershipRow(tx, membership.id, input.until, actorOf(ctx.caller));
  });
}
