import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { sessionsAtRiskIn } from './session-at-risk.service';
import { SessionAtRisk } from './session-at-risk.type';

/** The sessions at risk of a prison; the use case is session-at-risk.service.ts. */
@Resolver(() => SessionAtRisk)
export class SessionAtRiskResolver {
  @Query(() => [SessionAtRisk], {
    description:
      'For the coordinators of the prison: its scheduled sessions still to come with a facilitator who cannot facilitate on the day (no valid prison access permit, suspended, or left), by start, so they can be replaced.',
  })
  sessionsAtRisk(@Arg('prisonId', () => ID, { description: 'The code of one of your prisons.' }) prisonId: string, @Ctx() ctx: Context) {
    return sessionsAtRiskIn(ctx, prisonId);
  }
}
