import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { pickText } from '../../domain/localized-text';
import { Language } from '../../shared/enums';
import { Activity } from '../activity/activity.type';
import { RecordNeedsAssessmentInput, UpdateNeedsAssessmentInput } from './needs-assessment.inputs';
import * as needs from './needs-assessment.service';
import { NeedsAssessment, NeedsAssessmentPayload, NeedsOverviewEntry, TargetGroup, Wish } from './needs-assessment.type';
import { needsOverview } from './wish.service';

const PRISON = 'The code of one of your prisons.';

/** Needs assessments: their root fields and mutations (needs-assessment.service.ts), and their fields. */
@Resolver(() => NeedsAssessment)
export class NeedsAssessmentResolver {
  @Query(() => [NeedsAssessment], {
    description: 'The needs assessments of one of your prisons conducted (at least partly) in a year, the latest first.',
  })
  needsAssessments(
    @Arg('prisonId', () => ID, { description: PRISON }) prisonId: string,
    @Arg('year', () => Int, { description: 'The calendar year, e.g. 2026.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return needs.assessmentsOfYear(ctx, prisonId, year);
  }

  @Query(() => [NeedsOverviewEntry], {
    description:
      'The needs → offer loop of one of your prisons: every wish of its needs assessments of the last two years with the activities created or adjusted in answer. Unanswered wishes first, the most asked for first.',
  })
  needsOverview(@Arg('prisonId', () => ID, { description: PRISON }) prisonId: string, @Ctx() ctx: Context) {
    return needsOverview(ctx, prisonId);
  }

  @Mutation(() => NeedsAssessmentPayload, { description: 'A coordinator records a needs assessment of one of their prisons.' })
  async recordNeedsAssessment(
    @Arg('input', () => RecordNeedsAssessmentInput, { description: 'The assessment and its wishes.' }) input: RecordNeedsAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<NeedsAssessmentPayload> {
    return { needsAssessment: await needs.recordNeedsAssessment(ctx, input) };
  }

  @Mutation(() => NeedsAssessmentPayload, { description: 'A coordinator changes a needs assessment of one of their prisons.' })
  async updateNeedsAssessment(
    @Arg('input', () => UpdateNeedsAssessmentInput, { description: 'The assessment and the fields to change.' })
    input: UpdateNeedsAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<NeedsAssessmentPayload> {
    return { needsAssessment: await needs.updateNeedsAssessment(ctx, input) };
  }

  @FieldResolver(() => TargetGroup, { description: 'Who was asked.' })
  targetGroup(@Root() a: NeedsAssessment): TargetGroup {
    return { genders: a.genders, legalStatuses: a.legalStatuses, languages: a.languages };
  }

  @FieldResolver(() => [Wish], { description: 'What the respondents wished for, in the order entered.' })
  wishes(@Root() a: NeedsAssessment, @Ctx() { loaders }: Context) {
    return loaders.wishesOfAssessment.load(a.id);
  }
}

/** A wish's topic in the asked language and the assessment it comes from. */
@Resolver(() => Wish)
export class WishResolver {
  @FieldResolver(() => String, { description: 'The topic in the asked language, else nl, fr, en.' })
  topic(
    @Root() w: Wish,
    @Arg('language', () => Language, { defaultValue: 'NL', description: 'The language to answer in; falls back to nl, fr, en.' })
    language: Language,
  ): string {
    return pickText({ nl: w.topicNl, fr: w.topicFr, en: w.topicEn }, language) ?? '';
  }

  @FieldResolver(() => NeedsAssessment, { description: 'The needs assessment it was named in.' })
  async assessment(@Root() w: Wish, @Ctx() { loaders }: Context) {
    return loaders.needsAssessment.load(w.assessmentId);
  }
}

/** The wishes an activity was created or adjusted to answer (a field of Activity kept beside the wishes). */
@Resolver(() => Activity)
export class ActivityWishesResolver {
  @FieldResolver(() => [Wish], {
    description:
      "The wishes of the prison's needs assessments this activity was created or adjusted to answer; for those who read the prison's needs.",
  })
  answersWishes(@Root() a: Activity, @Ctx() { loaders }: Context) {
    return loaders.wishesOfActivity.load(a.id);
  }
}
