import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantView } from '../../policy';
import { Connection, Node } from '@cort/subgraph';
import { CustodyStatus, Gender, LegalStatus } from '../../shared/enums';

/** The reporting service points at it with the same description (composition keeps one, so they must agree). */
const PARTICIPANT_DESCRIPTION =
  "A detainee registered in one prison as a participant in the offer. Personal data: coordinators and prison staff of their prison see them in full; partner staff see the display name and detainee number of those in their organisation's activities, volunteers the display name of those expected at their sessions. Every read is audited.";

/**
 * A detainee registered in one prison as a participant in the offer. Personal data: the policy
 * (src/policy.ts) gives each field its category and the view it needs: id and display name to every
 * view, the detainee number from the STAFF view on, everything else to the FULL view only.
 */
@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: PARTICIPANT_DESCRIPTION })
export class Participant {
  @Field(() => ID, { description: "The participant's id (a UUID), not their detainee number." })
  id!: string;

  @Field(() => String, { description: "The prison's number for the detainee, unique within the prison." })
  detaineeNumber!: string;

  @Field(() => String, { description: 'Their first name.' })
  firstName!: string;

  @Field(() => String, { description: 'Their last name (family name).' })
  lastName!: string;

  @Field(() => Gender, { description: 'Their gender as the prison registers it: which audiences they belong to.' })
  gender!: Gender;

  @Field(() => LegalStatus, {
    description: 'Their legal status: criminal-offence data, for the coordinators and prison staff of their prison.',
  })
  legalStatus!: LegalStatus;

  @Field(() => [String], { description: 'BCP 47 codes of the languages they speak.' })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'The section (wing) of the prison they live in.' })
  section!: string | null;

  @Field(() => CustodyStatus, { description: 'Whether they are still in custody in this prison.' })
  status!: CustodyStatus;

  @Field(() => DateTimeResolver, { description: 'When they were registered as a participant.' })
  registeredAt!: Date;

  prisonId!: string;
  transferredTo!: string | null;
  /** How much of the participant the caller sees (src/policy.ts). */
  view!: ParticipantView;
}

@ObjectType({ description: 'What a change of a participant returns: the participant as they are now.' })
export class ParticipantPayload {
  @Field(() => Participant, { description: 'The participant, after the change.' })
  participant!: Participant;
}

export const ParticipantConnection = Connection('Participant', Participant, 'participants');
