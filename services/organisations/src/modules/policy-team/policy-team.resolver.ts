import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Organisation } from '../organisation/organisation.type';
import { SetPolicyTeamInput } from './policy-team.inputs';
import { seatName, setPolicyTeam } from './policy-team.service';
import { PolicyTeamMember, PolicyTeamPayload } from './policy-team.type';

@Resolver(() => PolicyTeamMember)
export class PolicyTeamResolver {
  @Mutation(() => PolicyTeamPayload, {
    description: "The prison's policy coordinator sets its whole policy team, replacing the one it had.",
  })
  async setPolicyTeam(
    @Arg('input', () => SetPolicyTeamInput, { description: 'The prison and the members of its policy team.' }) input: SetPolicyTeamInput,
    @Ctx() ctx: Context,
  ): Promise<PolicyTeamPayload> {
    return { cort: await setPolicyTeam(ctx, input) };
  }

  @FieldResolver(() => String, {
    description: "The member's name: as given for the direction and the policy coordinator, the display name of a responsible person.",
  })
  name(@Root() seat: PolicyTeamMember, @Ctx() ctx: Context) {
    return seatName(ctx, seat);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation a responsible person speaks for; null for the direction and the policy coordinator.',
  })
  organisation(@Root() seat: PolicyTeamMember, @Ctx() { loaders }: Context) {
    return seat.organisationId ? loaders.organisation.load(seat.organisationId) : null;
  }
}
