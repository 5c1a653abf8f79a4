import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ClearanceKind } from '../../shared/enums';

/** What lets a person work in a prison: an access permit (per prison), a training, the charter. */
@ObjectType()
export class Clearance {
  @Field(() => ID)
  id!: string;

  @Field(() => ClearanceKind)
  kind!: ClearanceKind;

  @Field(() => DateResolver)
  validFrom!: Date;

  @Field(() => DateResolver, { nullable: true, description: 'Null when it does not expire.' })
  validUntil!: Date | null;

  @Field(() => DateTimeResolver)
  recordedAt!: Date;

  prisonId!: string | null;
}

@InputType()
export class RecordClearanceInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ClearanceKind)
  kind!: ClearanceKind;

  @Field(() => ID, { nullable: true, description: 'Required for PRISON_ACCESS.' })
  prisonId?: string | null;

  @Field(() => DateResolver)
  validFrom!: Date;

  @Field(() => DateResolver, { nullable: true })
  validUntil?: Date | null;
}
