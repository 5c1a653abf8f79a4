import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Participant } from '../participant/participant.type';
import { Session } from '../session/session.type';

@ObjectType({ description: 'One session of a movement list and the participants to bring there.' })
export class MovementListSession {
  @Field(() => Session, { description: 'The session: its time, room and activity.' })
  session!: Session;

  @Field(() => [Participant], {
    description: 'The participants expected (ENROLLED, not suspended), by section then last and first name.',
  })
  participants!: Participant[];
}

@ObjectType({
  description:
    "Who the prison officers must bring where on one day: the prison's sessions that are not cancelled, by start time, each with the participants expected. For the prison staff and coordinators of the prison; every read is audited.",
})
export class MovementList {
  @Field(() => DateResolver, { description: 'The day (Belgian calendar day).' })
  date!: Date;

  @Field(() => [MovementListSession], { description: 'The sessions of the day, by start time.' })
  sessions!: MovementListSession[];
}
