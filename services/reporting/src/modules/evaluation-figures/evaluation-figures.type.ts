import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    "The figures an activity's evaluation rests on, from reporting's projections: sessions, attendance, dropouts and the participants' feedback. Counts from 1 to 4 of people are null (suppressed); feedback averages are null below five forms.",
})
export class EvaluationFigures {
  @Field(() => Int, { description: 'Sessions that took place (ended and not cancelled).' })
  sessionsHeld!: number;

  @Field(() => Int, { description: 'Sessions cancelled.' })
  sessionsCancelled!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'PRESENT over the marks that count (not NOT_REQUIRED or SESSION_CANCELLED), 0 to 1; null without such marks or when it would give a suppressed count back.',
  })
  attendanceRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants who dropped out; null from 1 to 4.' })
  dropouts!: number | null;

  @Field(() => Int, { description: 'Feedback forms received.' })
  feedbackForms!: number;

  @Field(() => Float, { nullable: true, description: 'Average satisfaction score, 1 to 5; null below five forms.' })
  averageSatisfaction!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average "I learned something" score, 1 to 5; null below five forms.' })
  averageLearned!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average score for the atmosphere in the group, 1 to 5; null below five forms.' })
  averageAtmosphere!: number | null;

  @Field(() => Float, { nullable: true, description: 'The share of forms that would recommend it, 0 to 1; null below five forms.' })
  wouldRecommendShare!: number | null;
}
