import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { NonAssociationAction, NonAssociationReason } from '../../shared/non-association-enums';

/**
 * Two participants of one prison who must be kept apart. For the coordinators and prison staff of the
 * prison only: to partner staff and volunteers it does not exist. Every read is audited under both people.
 */
@ObjectType({
  description:
    "Two participants of one prison who must be kept apart (co-accused, a threat, a judge's order), open until closed with a reason. Seen by the coordinators and prison staff of the prison only; every read is audited.",
})
export class NonAssociation {
  @Field(() => ID, { description: "The non-association's id (a UUID): what closeNonAssociation and reopenNonAssociation take." })
  id!: string;

  @Field(() => NonAssociationReason, { description: 'Why they must be kept apart.' })
  reason!: NonAssociationReason;

  @Field(() => String, { nullable: true, description: 'A note for those who place them (personal data).' })
  note!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded.' })
  openedAt!: Date;

  @Field(() => String, { description: 'Who recorded it (their user id).' })
  openedBy!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was closed; null while it is open.' })
  closedAt!: Date | null;

  prisonId!: string;
  participantAId!: string;
  participantBId!: string;
}

@ObjectType({ description: 'One change of a non-association: opened, closed or reopened, by whom, when and why.' })
export class NonAssociationChange {
  @Field(() => NonAssociationAction, { description: 'What the change did.' })
  action!: NonAssociationAction;

  @Field(() => String, { description: "Who made it (the user's id)." })
  by!: string;

  @Field(() => DateTimeResolver, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why it was closed or reopened.' })
  reason!: string | null;

  /** The pair it belongs to: the audit subjects and the policy's scope. */
  participantAId!: string;
  participantBId!: string;
  prisonId!: string;
}

@ObjectType({ description: 'What a change of a non-association returns: the non-association as it is now.' })
export class NonAssociationPayload {
  @Field(() => NonAssociation, { description: 'The non-association, after the change.' })
  nonAssociation!: NonAssociation;
}
