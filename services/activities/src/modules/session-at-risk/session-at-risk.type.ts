import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { FacilitatorRisk } from '../../shared/enums';
import { Person } from '../organisation/organisation.type';
import { Session } from '../session/session.type';

@ObjectType({ description: 'A facilitator of a planned session who cannot facilitate it as things stand, and why.' })
export class FacilitatorAtRisk {
  @Field(() => Person, { description: 'The facilitator (the organisations service shows who they are).' })
  person!: Person;

  @Field(() => FacilitatorRisk, { description: 'Why they cannot facilitate it.' })
  reason!: FacilitatorRisk;

  @Field(() => DateResolver, {
    nullable: true,
    description:
      "The day their suspension or departure took effect, or else the first day of the prison's planned sessions they hold no permit on; null for a person the organisations service does not know.",
  })
  from!: Date | null;
}

@ObjectType({
  description:
    'A planned session still to come some facilitator of which cannot come: the coordinator replaces them; it is never unplanned by itself.',
})
export class SessionAtRisk {
  @Field(() => Session, { description: 'The session, still scheduled.' })
  session!: Session;

  @Field(() => [FacilitatorAtRisk], { description: 'Its facilitators who cannot facilitate it, at least one.' })
  facilitators!: FacilitatorAtRisk[];
}
