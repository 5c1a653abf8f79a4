import { Field, ID, InputType } from 'type-graphql';
import { PolicyTeamRole } from '../../shared/enums';

@InputType({ description: 'One seat of the policy team.' })
export class PolicyTeamMemberInput {
  @Field(() => PolicyTeamRole, { description: 'Why they sit on it.' })
  role!: PolicyTeamRole;

  @Field(() => String, {
    nullable: true,
    description: 'The name of the direction or policy coordinator; left out for a responsible person.',
  })
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For ORGANISATION_RESPONSIBLE: the person, of an organisation serving the prison; left out for the others.',
  })
  personId?: string | null;
}

@InputType({ description: "A prison's whole policy team, replacing the one it had." })
export class SetPolicyTeamInput {
  @Field(() => ID, { description: 'The code of the prison, one of yours as its policy coordinator.' })
  prisonId!: string;

  @Field(() => [PolicyTeamMemberInput], { description: 'Its members, in the order they are listed.' })
  members!: PolicyTeamMemberInput[];
}
