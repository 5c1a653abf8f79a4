import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Everything the graph holds about one participant (GDPR Art. 15), one part per service: this service
 * gives `participants`; other services (reporting, a partner's subgraph) add their own field to this
 * entity. Each part is a JSON object the person can be handed as it is. Not a Node: it is generated on
 * request (and audited), not an object to refetch; ask participantDataExport again.
 */
@Directive('@key(fields: "participantId")')
@ObjectType({
  description:
    "Everything the graph holds about one participant, for their access request (GDPR Art. 15): one JSON part per service, each to be handed over as it is. For the coordinators of the participant's prison; generating it is audited.",
})
export class ParticipantDataExport {
  @Field(() => ID, { description: 'The participant it is about.' })
  participantId!: string;

  @Field(() => DateTimeResolver, { description: 'When it was generated.' })
  generatedAt!: Date;

  @Field(() => JSONObjectResolver, {
    description:
      'The participant record, their enrolments with every change, their attendance marks with their history, their dropout follow-ups, and who read their data when (the audit trail).',
  })
  participants!: Record<string, unknown>;
}
