import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Everything the graph holds about one participant (GDPR Art. 15), one part per service: this service
 * gives `participants`; other services (reporting, a partner's subgraph) add their own field to this
 * entity. Each part is a JSON object the person can be handed as it is.
 */
@Directive('@key(fields: "participantId")')
@ObjectType()
export class ParticipantDataExport {
  @Field(() => ID)
  participantId!: string;

  @Field(() => DateTimeResolver)
  generatedAt!: Date;

  @Field(() => JSONObjectResolver, {
    description: 'The participant record, their enrolments with every change, and who read their data when (the audit trail).',
  })
  participants!: Record<string, unknown>;
}
