import { JSONObjectResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The reporting service's part of a participant's data export (the entity is the participants
 * service's, and so are the type's descriptions: composition keeps one, so they must agree).
 */
@Directive('@key(fields: "participantId")')
@ObjectType({
  description:
    "Everything the graph holds about one participant, for their access request (GDPR Art. 15): one JSON part per service, each to be handed over as it is. For the coordinators of the participant's prison; generating it is audited.",
})
export class ParticipantDataExport {
  @Field(() => ID, { description: 'The participant it is about.' })
  participantId!: string;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description:
      'What the figures hold about them: the activities they were enrolled in, their attendance marks and follow-ups (ids, codes and dates only); null while the reporting service is unavailable.',
  })
  reporting!: Record<string, unknown>;
}
