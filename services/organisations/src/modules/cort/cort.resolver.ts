import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { CortFunction } from '../../shared/enums';
import { Person } from '../person/person.type';
import { PolicyTeamMember } from '../policy-team/policy-team.type';
import { Prison } from '../prison/prison.type';
import { AppointCortMemberInput, EndCortMembershipInput } from './cort.inputs';
import { appointCortMember, endCortMembership, membersToday, vacanciesToday } from './cort.service';
import { Cort, CortMember, CortMemberPayload } from './cort.type';

@Resolver(() => Cort)
export class CortResolver {
  @Query(() => Cort, { description: 'The coordination team (CORT) and policy team of one of your prisons, as they are today.' })
  cort(@Arg('prisonId', () => ID, { description: 'The code of the prison, one of yours.' }) prisonId: string): Cort {
    return { prisonId };
  }

  @Mutation(() => CortMemberPayload, {
    description: "The prison's policy coordinator appoints a person to a coordination function of its CORT.",
  })
  async appointCortMember(
    @Arg('input', () => AppointCortMemberInput, { description: 'The prison, the function, the person and the first day.' })
    input: AppointCortMemberInput,
    @Ctx() ctx: Context,
  ): Promise<CortMemberPayload> {
    const member = await appointCortMember(ctx, input);
    return { member, cort: { prisonId: member.prisonId } };
  }

  @Mutation(() => CortMemberPayload, { description: "The prison's policy coordinator ends a CORT membership on a day." })
  async endCortMembership(
    @Arg('input', () => EndCortMembershipInput, { description: 'The membership and its last day.' }) input: EndCortMembershipInput,
    @Ctx() ctx: Context,
  ): Promise<CortMemberPayload> {
    const member = await endCortMembership(ctx, input);
    return { member, cort: { prisonId: member.prisonId } };
  }

  @FieldResolver(() => Prison, { description: 'The prison.' })
  prison(@Root() cort: Cort): Prison {
    return { id: cort.prisonId };
  }

  @FieldResolver(() => [CortMember], {
    description: 'Who holds a coordination function today (Brussels time), in the order of the functions.',
  })
  members(@Root() cort: Cort, @Ctx() ctx: Context) {
    return membersToday(ctx, cort.prisonId);
  }

  @FieldResolver(() => [CortFunction], {
    description:
      "The coordination functions the prison's CORT has (COMMUNITY_COORDINATOR in Brussels only) that nobody holds today: the vacancies.",
  })
  vacancies(@Root() cort: Cort, @Ctx() ctx: Context) {
    return vacanciesToday(ctx, cort.prisonId);
  }

  @FieldResolver(() => [PolicyTeamMember], {
    description: 'The policy team that sets the CORT’s work, in the order the policy coordinator listed it.',
  })
  policyTeam(@Root() cort: Cort, @Ctx() { loaders }: Context) {
    return loaders.policyTeamOfPrison.load(cort.prisonId);
  }
}

@Resolver(() => CortMember)
export class CortMemberResolver {
  @FieldResolver(() => Person, {
    description: 'The person holding the function: their name and organisation are seen by whoever reads the CORT.',
  })
  async person(@Root() member: CortMember, @Ctx() { loaders }: Context) {
    const person = await loaders.person.load(member.personId);
    return person && { ...person, seenAsCortMemberOf: member.prisonId };
  }
}
