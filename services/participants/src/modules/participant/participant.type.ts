import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantView } from '../../domain/participant-access';
import { Connection } from '@cort/subgraph';
import { CustodyStatus, Gender, LegalStatus } from '../../shared/enums';

/**
 * A detainee registered in one prison as a participant in the offer. Personal data: the policy
 * (src/policy.ts) gives each field its category and the view it needs: id and display name to every
 * view, the detainee number from the STAFF view on, everything else to the FULL view only.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Participant {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique within the prison.' })
  detaineeNumber!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => Gender)
  gender!: Gender;

  @Field(() => LegalStatus)
  legalStatus!: LegalStatus;

  @Field(() => [String], { description: 'BCP 47 codes of the languages they speak.' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'The section (wing) of the prison they live in.' })
  section!: string | null;

  @Field(() => CustodyStatus)
  status!: CustodyStatus;

  @Field(() => DateTimeResolver)
  registeredAt!: Date;

  prisonId!: string;
  transferredTo!: string | null;
  /** How much of the participant the caller sees (participant.view.ts). */
  view!: ParticipantView;
}

@ObjectType()
export class ParticipantPayload {
  @Field(() => Participant)
  participant!: Participant;
}

export const ParticipantConnection = Connection('Participant', Participant);
