import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ClearanceKind } from '../../shared/enums';

/** What lets a person work in a prison: an access permit (per prison), a training, the charter. */
@ObjectType({
  description:
    'What lets a person work in a prison: an access permit (for one prison), a training, or the signed charter, valid for a period. Seen with the person.',
})
export class Clearance {
  @Field(() => ID, { description: "The clearance's id (a UUID)." })
  id!: string;

  @Field(() => ClearanceKind, { description: 'Permit, training or charter.' })
  kind!: ClearanceKind;

  @Field(() => DateResolver, { description: 'The first day it is valid.' })
  validFrom!: Date;

  @Field(() => DateResolver, { nullable: true, description: 'The last day it is valid, included; null when it does not expire.' })
  validUntil!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The first day it no longer holds because it was withdrawn (validUntil is then the day before); null when it was not.',
  })
  withdrawnFrom!: Date | null;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'For a withdrawn clearance, the last day it had been granted until (null: open-ended, or not withdrawn).',
  })
  grantedUntil!: Date | null;

  prisonId!: string | null;
}

@InputType({ description: 'A clearance to record for a person, with its validity.' })
export class RecordClearanceInput {
  @Field(() => ID, { description: 'The person it is for.' })
  personId!: string;

  @Field(() => ClearanceKind, { description: 'Permit, training or charter.' })
  kind!: ClearanceKind;

  @Field(() => ID, { nullable: true, description: 'The code of the prison a PRISON_ACCESS permit is for; required for PRISON_ACCESS.' })
  prisonId?: string | null;

  @Field(() => DateResolver, { description: 'The first day it is valid.' })
  validFrom!: Date;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The last day it is valid, included, not before validFrom; absent when it does not expire.',
  })
  validUntil?: Date | null;
}

@InputType({ description: 'A clearance to withdraw from a day on (a permit revoked, a charter breached).' })
export class WithdrawClearanceInput {
  @Field(() => ID, { description: "The clearance's id." })
  id!: string;

  @Field(() => DateResolver, {
    description: 'The first day it no longer holds; sessions planned from then on with the person are at risk.',
  })
  from!: Date;
}
