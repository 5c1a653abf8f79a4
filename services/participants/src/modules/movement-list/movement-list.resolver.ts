import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { movementList } from './movement-list.service';
import { MovementList } from './movement-list.type';

/** The movement list of a prison's day; the use case is movement-list.service.ts. */
@Resolver(() => MovementList)
export class MovementListResolver {
  @Query(() => MovementList, {
    description:
      "Who the prison officers must bring where on one day: every session of the prison that day that is not cancelled, by start time, with the participants expected (ENROLLED, not suspended) by section then name. For the prison's staff and coordinators; also downloadable as CSV and PDF (see the README).",
  })
  movementList(
    @Arg('prisonId', () => ID, { description: 'The prison.' }) prisonId: string,
    @Arg('date', () => DateResolver, { description: 'The day (Belgian calendar day).' }) date: Date,
    @Ctx() ctx: Context,
  ) {
    return movementList(ctx, prisonId, date);
  }
}
