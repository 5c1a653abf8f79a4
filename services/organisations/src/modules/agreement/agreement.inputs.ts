import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { AgreementKind } from '../../shared/enums';

@InputType({ description: "An organisation's agreement to record, for prisons it serves." })
export class RecordAgreementInput {
  @Field(() => ID, { description: 'The organisation, one serving your prisons.' })
  organisationId!: string;

  @Field(() => [ID], {
    description: 'The prisons it covers, each served by the organisation and one of yours; empty: every prison it serves.',
  })
  prisonIds!: string[];

  @Field(() => AgreementKind, { description: 'Recognition, cooperation agreement or volunteer agreement.' })
  kind!: AgreementKind;

  @Field(() => DateResolver, { description: 'The first day it is valid.' })
  validFrom!: Date;

  @Field(() => DateResolver, {
    nullable: true,
    description: 'The last day it is valid, included, not before validFrom; absent when it does not expire.',
  })
  validUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where the signed document is filed (at most 300 characters).' })
  documentReference?: string | null;
}
