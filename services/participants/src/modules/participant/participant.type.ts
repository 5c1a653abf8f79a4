import { DateTimeResolver } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '@cort/subgraph';
import { CustodyStatus, Gender, LegalStatus } from '../../shared/enums';

/** A detainee registered in one prison as a participant in the offer. Personal data: see domain/participant-access.ts. */
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
}

@ObjectType()
export class ParticipantPayload {
  @Field(() => Participant)
  participant!: Participant;
}

export const ParticipantConnection = Connection('Participant', Participant);
