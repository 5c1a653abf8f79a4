import { Field, ObjectType } from 'type-graphql';
import { PolicyTeamRole } from '../../shared/enums';
import { Cort } from '../cort/cort.type';

/** One seat of a prison's policy team. */
@ObjectType({
  description:
    "A member of a prison's policy team: the direction and the policy coordinator by name, and each organisation's responsible person.",
})
export class PolicyTeamMember {
  @Field(() => PolicyTeamRole, { description: 'Why they sit on the policy team.' })
  role!: PolicyTeamRole;

  name!: string | null;
  personId!: string | null;
  organisationId!: string | null;
}

@ObjectType({ description: 'What setting a policy team returns: the CORT with its policy team as it is now.' })
export class PolicyTeamPayload {
  @Field(() => Cort, { description: "The prison's CORT, whose policyTeam is the one just set." })
  cort!: Cort;
}
