import { displayName } from '@cort/common';
import { actorOf, findVisible, refuseProblems, type InputProblem } from '@cort/subgraph';
import type { Context } from '../../context';
import { policyTeamProblems } from '../../domain/policy-team';
import { PERSON } from '../../policy';
import { lockCort } from '../cort/cort.repository';
import { personOfOrganisation } from '../person/person.service';
import type { SetPolicyTeamInput } from './policy-team.inputs';
import { replaceSeats } from './policy-team.repository';
import type { PolicyTeamMember } from './policy-team.type';

/**
 * The prison's policy coordinator sets its whole policy team: the direction and the policy coordinator by
 * name, each organisation's responsible person as one of the people of an organisation serving the prison.
 * Bad input writes nothing; the CORT's lock keeps two settings at once from mixing their seats.
 */
export async function setPolicyTeam(ctx: Context, input: SetPolicyTeamInput) {
  refuseProblems(policyTeamProblems(input.members));
  const people = await Promise.all(
    input.members.map((seat) => (seat.personId ? findVisible(ctx.caller, PERSON, seat.personId, personOfOrganisation(ctx.loaders)) : null)),
  );
  const problems: InputProblem[] = [];
  input.members.forEach((seat, index) => {
    const found = people[index];
    if (!seat.personId) return;
    if (!found) problems.push({ field: `members.${index}.personId`, message: `There is no person ${seat.personId} you may seat.` });
    else if (!found.organisation.prisonIds.includes(input.prisonId))
      problems.push({ field: `members.${index}.personId`, message: `${found.organisation.name} does not serve prison ${input.prisonId}.` });
  });
  refuseProblems(problems);
  const setBy = actorOf(ctx.caller);
  await ctx.prisma.$transaction(async (tx) => {
    await lockCort(tx, input.prisonId);
    await replaceSeats(
      tx,
      input.prisonId,
      input.members.map((seat, index) => ({
        role: seat.role,
        name: seat.personId ? null : seat.name!.trim(),
        personId: seat.personId ?? null,
        organisationId: people[index]?.organisation.id ?? null,
        setBy,
      })),
    );
  });
  return { prisonId: input.prisonId };
}

/** A seat's name: the one given, or the responsible person's display name from their record. */
export async function seatName({ loaders }: Context, seat: PolicyTeamMember) {
  if (seat.name) return seat.name;
  const person = seat.personId ? await loaders.person.load(seat.personId) : null;
  return person ? displayName(person.firstName, person.lastName) : '';
}
