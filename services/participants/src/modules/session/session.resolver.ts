import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Participant } from '../participant/participant.type';
import { expectedParticipants } from './session.service';
import { Session } from './session.type';

@Resolver(() => Session)
export class SessionResolver {
  @Directive('@requires(fields: "activity { id }")')
  @FieldResolver(() => [Participant], { nullable: true, description: 'Null while the participants service is unavailable.' })
  expectedParticipants(@Root() session: Session, @Ctx() ctx: Context) {
    return expectedParticipants(ctx, session.activity?.id);
  }
}
