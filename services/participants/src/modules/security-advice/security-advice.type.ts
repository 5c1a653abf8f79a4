import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '@cort/subgraph';
import { SecurityAdvice, SecurityAdviceStatus } from '../../shared/security-advice-enums';

/**
 * A request for the prison's security advice in a screening. For the coordinators and prison staff of the
 * prison only; every read is audited under the participant.
 */
@ObjectType({
  description:
    "A request for the prison's security advice in a screening, opened when the activity requires it; the advice, its conditions and reason. For the coordinators and prison staff of the prison only; every read is audited.",
})
export class SecurityAdviceRequest {
  @Field(() => ID, { description: 'The id of the request (a UUID): what giveSecurityAdvice takes.' })
  id!: string;

  @Field(() => SecurityAdviceStatus, { description: 'Pending, given or withdrawn.' })
  status!: SecurityAdviceStatus;

  @Field(() => DateTimeResolver, { description: 'When it was asked for (when the screening began).' })
  requestedAt!: Date;

  @Field(() => DateResolver, { description: 'The day the answer is due (10 days after the request unless changed).' })
  dueOn!: Date;

  @Field(() => SecurityAdvice, { nullable: true, description: 'The advice; null until given.' })
  advice!: SecurityAdvice | null;

  @Field(() => String, { nullable: true, description: 'The conditions of a favourable advice with conditions.' })
  conditions!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason of the advice (required when unfavourable).' })
  reason!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was given; null until then.' })
  givenAt!: Date | null;

  prisonId!: string;
  participantId!: string;
  enrolmentId!: string;
  activityId!: string;
}

@ObjectType({ description: 'What answering or changing a request for security advice returns: the request as it is now.' })
export class SecurityAdvicePayload {
  @Field(() => SecurityAdviceRequest, { description: 'The request, after the change.' })
  securityAdvice!: SecurityAdviceRequest;
}

export const SecurityAdviceRequestConnection = Connection('SecurityAdviceRequest', SecurityAdviceRequest, 'requests for security advice');
