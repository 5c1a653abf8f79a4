import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { CortFunction } from '../../shared/enums';

@InputType({ description: 'A person appointed to a coordination function in the CORT of one of your prisons.' })
export class AppointCortMemberInput {
  @Field(() => ID, { description: 'The code of the prison, one of yours as its policy coordinator.' })
  prisonId!: string;

  @Field(() => CortFunction, {
    description: "The coordination function they take up, one the prison's CORT has: COMMUNITY_COORDINATOR in a prison of Brussels only.",
  })
  function!: CortFunction;

  @Field(() => ID, {
    description: 'The person, a staff member of an organisation serving the prison; they hold one function there at a time.',
  })
  personId!: string;

  @Field(() => DateResolver, { description: 'The first day they hold the function.' })
  since!: Date;
}

@InputType({ description: 'The end of a CORT membership.' })
export class EndCortMembershipInput {
  @Field(() => ID, { description: 'The id of the membership (CortMember.id).' })
  id!: string;

  @Field(() => DateResolver, { description: 'The last day they hold the function, included; not before they took it up.' })
  until!: Date;
}
