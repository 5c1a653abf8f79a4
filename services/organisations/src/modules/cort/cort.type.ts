import { DateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { CortFunction } from '../../shared/enums';

/** One prison's coordination team today; its fields are resolved from the prison's code. */
@ObjectType({
  description:
    "A prison's coordination team (CORT), chaired by its policy coordinator: who holds each coordination function today, the functions nobody holds, and the policy team that sets its work.",
})
export class Cort {
  prisonId!: string;
}

/** A person holding one coordination function in one prison. */
@ObjectType({ description: 'A person holding one coordination function in the CORT of one prison, from a day (until a day).' })
export class CortMember {
  @Field(() => ID, { description: "The membership's id (a UUID): what endCortMembership takes." })
  id!: string;

  @Field(() => CortFunction, { description: 'The coordination function they hold.' })
  function!: CortFunction;

  @Field(() => DateResolver, { description: 'The first day they hold it.' })
  since!: Date;

  @Field(() => DateResolver, { nullable: true, description: 'The last day they hold it, included; null while it has no end.' })
  until!: Date | null;

  prisonId!: string;
  personId!: string;
}

@ObjectType({ description: 'What appointing a CORT member or ending a membership returns.' })
export class CortMemberPayload {
  @Field(() => CortMember, { description: 'The membership, after the change.' })
  member!: CortMember;

  @Field(() => Cort, { description: "The prison's CORT as it is today, after the change." })
  cort!: Cort;
}
