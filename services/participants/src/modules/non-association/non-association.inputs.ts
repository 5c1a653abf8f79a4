import { Field, ID, InputType } from 'type-graphql';
import { NonAssociationReason } from '../../shared/non-association-enums';

@InputType({ description: 'Two participants of one prison who must be kept apart.' })
export class RecordNonAssociationInput {
  @Field(() => ID, { description: 'The prison both participants are registered in (one of yours).' })
  prisonId!: string;

  @Field(() => [ID], { description: 'Exactly two different participants of that prison, in any order.' })
  participantIds!: string[];

  @Field(() => NonAssociationReason, { description: 'Why they must be kept apart.' })
  reason!: NonAssociationReason;

  @Field(() => String, { nullable: true, description: 'A note for those who place them (at most 1000 characters).' })
  note?: string | null;
}
