import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantView } from '../../domain/participant-access';
import { Connection } from '@cort/subgraph';
import { CustodyStatus, Gender, LegalStatus } from '../../shared/enums';
import { visibleFrom } from './participant.view';

/**
 * A detainee registered in one prison as a participant in the offer. Personal data: each field says which
 * view shows it (domain/participant-access.ts): id and display name to every view, the detainee number
 * from the STAFF view on, everything else to the FULL view only.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Participant {
  @visibleFrom('NAME')
  @Field(() => ID)
  id!: string;

  @visibleFrom('STAFF')
  @Field(() => String, { description: 'Unique within the prison.' })
  detaineeNumber!: string;

  @visibleFrom('FULL')
  @Field(() => String)
  firstName!: string;

  @visibleFrom('FULL')
  @Field(() => String)
  lastName!: string;

  @visibleFrom('FULL')
  @Field(() => Gender)
  gender!: Gender;

  @visibleFrom('FULL')
  @Field(() => LegalStatus)
  legalStatus!: LegalStatus;

  @visibleFrom('FULL')
  @Field(() => [String], { description: 'BCP 47 codes of the languages they speak.' })
  languages!: string[];

  @visibleFrom('FULL')
  @Field(() => String, { nullable: true, description: 'The section (wing) of the prison they live in.' })
  section!: string | null;

  @visibleFrom('FULL')
  @Field(() => CustodyStatus)
  status!: CustodyStatus;

  @visibleFrom('FULL')
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
