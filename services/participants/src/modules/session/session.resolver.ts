import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Participant } from '../participant/participant.type';
import { RollCallEntry } from '../attendance/attendance.type';
import { rollCall } from './roll-call.service';
import { expectedParticipants } from './session.service';
import { Session } from './session.type';

@Resolver(() => Session)
export class SessionResolver {
  @Directive('@requires(fields: "activity { id }")')
  @FieldResolver(() => [Participant], { nullable: true, description: 'Null while the participants service is unavailable.' })
  expectedParticipants(@Root() session: Session, @Ctx() ctx: Context) {
    return expectedParticipants(ctx, session.id, session.activity?.id);
  }

  @Directive('@requires(fields: "activity { id }")')
  @FieldResolver(() => [RollCallEntry], {
    nullable: true,
    description:
      'The roll call: each participant expected (ENROLLED), by name, with the mark recorded so far and whether they are expected elsewhere at the same time. Null while the participants service is unavailable.',
  })
  rollCall(@Root() session: Session, @Ctx() ctx: Context) {
    return rollCall(ctx, session.id, session.activity?.id);
  }
}
