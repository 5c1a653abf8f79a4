import { JSONObjectResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The reporting service's part of a participant's data export (the entity is the participants service's). */
@Directive('@key(fields: "participantId")')
@ObjectType()
export class ParticipantDataExport {
  @Field(() => ID)
  participantId!: string;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description:
      'What the annual figures hold about them: the activities they were enrolled in (ids and dates only); null while the reporting service is unavailable.',
  })
  reporting!: Record<string, unknown>;
}
