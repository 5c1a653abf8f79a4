import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgreementKind } from '../../shared/enums';

/** An organisation's agreement covering some of its prisons, valid for a period. */
@ObjectType({
  description:
    "An organisation's recognition or agreement covering one or more of the prisons it serves, valid from a day until a day, with a reference to the signed document.",
})
export class Agreement {
  @Field(() => ID, { description: "The agreement's id (a UUID)." })
  id!: string;

  @Field(() => AgreementKind, { description: 'Recognition, cooperation agreement or volunteer agreement.' })
  kind!: AgreementKind;

  @Field(() => DateResolver, { description: 'The first day it is valid.' })
  validFrom!: Date;

  @Field(() => DateResolver, { nullable: true, description: 'The last day it is valid, included; null when it does not expire.' })
  validUntil!: Date | null;

  @Field(() => String, { nullable: true, description: 'Where the signed document is filed (a reference, not the document).' })
  documentReference!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  recordedAt!: Date;

  organisationId!: string;
  prisonIds!: string[];
}
