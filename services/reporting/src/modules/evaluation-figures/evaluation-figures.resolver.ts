import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Activity } from '../node/node.type';
import { evaluationFigures } from './evaluation-figures.service';
import { EvaluationFigures } from './evaluation-figures.type';

/** Activity.evaluationFigures: reporting's contribution to an activity, for its evaluation. */
@Resolver(() => Activity)
export class EvaluationFiguresResolver {
  @FieldResolver(() => EvaluationFigures, {
    nullable: true,
    description:
      'The figures its evaluation rests on (sessions, attendance, dropouts, feedback), for the coordinators and analysts of its prison; null for others and until reporting has learnt of the activity.',
  })
  evaluationFigures(@Root() activity: Activity, @Ctx() ctx: Context) {
    return evaluationFigures(ctx, activity.id);
  }
}
