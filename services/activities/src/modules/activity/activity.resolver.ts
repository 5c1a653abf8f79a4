import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { pickText } from '../../domain/localized-text';
import { ActivityCategory, ActivityWarningCode, Language } from '../../shared/enums';
import { Organisation, Person } from '../organisation/organisation.type';
import { Prison } from '../prison/prison.type';
import { Session } from '../session/session.type';
import { CreateActivityInput, UpdateActivityInput } from './activity.inputs';
import * as activities from './activity.service';
import { Activity, ActivityConnection, ActivityPayload, Audience } from './activity.type';

const PAGE_SIZE = 'How many activities to return: 20 unless given, at most 100.';
const CURSOR = 'The cursor of the last activity of the previous page.';
const LANGUAGE = 'The language to answer in; falls back to nl, fr, en.';
const ACTIVITY_ID = 'The id of the activity.';

/** Activities: the offer's root fields, the planning mutations (each one use case of activity.service.ts) and their fields. */
@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'The published offer of one prison, or of all. Public.' })
  publicOffer(
    @Ctx() ctx: Context,
    @Arg('prisonId', () => ID, { nullable: true, description: 'The code of the prison; every prison when left out.' }) prisonId?: string,
    @Arg('category', () => ActivityCategory, { nullable: true, description: 'Only activities of this category.' })
    category?: ActivityCategory,
    @Arg('first', () => Int, { nullable: true, description: PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true, description: CURSOR }) after?: string,
  ) {
    return activities.publicOffer(ctx, { prisonId, category }, pageOf(first, after));
  }

  @Query(() => ActivityConnection, {
    description: 'The offer of one of your prisons, every status included; partner staff and volunteers see their own part of it.',
  })
  activities(
    @Arg('prisonId', () => ID, { description: 'The code of one of your prisons.' }) prisonId: string,
    @Ctx() ctx: Context,
    @Arg('category', () => ActivityCategory, { nullable: true, description: 'Only activities of this category.' })
    category?: ActivityCategory,
    @Arg('first', () => Int, { nullable: true, description: PAGE_SIZE }) first?: number,
    @Arg('after', () => String, { nullable: true, description: CURSOR }) after?: string,
  ) {
    return activities.offerOf(ctx, prisonId, category, pageOf(first, after));
  }

  @Query(() => Activity, { description: 'One activity you may see (published ones are public).' })
  activity(@Arg('id', () => ID, { description: ACTIVITY_ID }) id: string, @Ctx() ctx: Context) {
    return activities.visibleActivity(ctx, id);
  }

  @Query(() => Activity, {
    description:
      'One activity of the published offer, for the public directory. Any other id (draft, archived, cancelled, unknown) is NOT_FOUND, the same for all.',
  })
  publicActivity(@Arg('id', () => ID, { description: ACTIVITY_ID }) id: string, @Ctx() ctx: Context) {
    return activities.publishedActivity(ctx, id);
  }

  @Mutation(() => ActivityPayload, { description: 'A coordinator creates an activity, as DRAFT, in one of their prisons.' })
  async createActivity(
    @Arg('input', () => CreateActivityInput, { description: 'The activity, and optionally its first sessions.' })
    input: CreateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    return { activity: await activities.createActivity(ctx, input) };
  }

  @Mutation(() => ActivityPayload, { description: 'Changes the given fields of a draft or published activity.' })
  async updateActivity(
    @Arg('id', () => ID, { description: ACTIVITY_ID }) id: string,
    @Arg('input', () => UpdateActivityInput, { description: 'The fields to change; those left out or null stay as they are.' })
    input: UpdateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    return { activity: await activities.updateActivity(ctx, id, input) };
  }

  @Mutation(() => ActivityPayload, { description: 'DRAFT → PUBLISHED: from then on it is in the public offer.' })
  async publishActivity(
    @Arg('id', () => ID, { description: ACTIVITY_ID }) id: string,
    @Arg('acknowledgedWarnings', () => [ActivityWarningCode], {
      nullable: true,
      description:
        'The warnings you go ahead despite (an organisation without an agreement for the prison over the period); publishing refuses while one that applies is left out.',
    })
    acknowledgedWarnings: ActivityWarningCode[] | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    return { activity: await activities.publishActivity(ctx, id, acknowledgedWarnings) };
  }

  @Mutation(() => ActivityPayload, { description: 'PUBLISHED → ARCHIVED, when it has run its course.' })
  async archiveActivity(@Arg('id', () => ID, { description: ACTIVITY_ID }) id: string, @Ctx() ctx: Context): Promise<ActivityPayload> {
    return { activity: await activities.archiveActivity(ctx, id) };
  }

  @Mutation(() => ActivityPayload, { description: 'Cancels a draft or published activity, with the reason.' })
  async cancelActivity(
    @Arg('id', () => ID, { description: ACTIVITY_ID }) id: string,
    @Arg('reason', () => String, { description: 'Why it is cancelled, kept as its statusReason.' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    return { activity: await activities.cancelActivity(ctx, id, reason) };
  }

  @FieldResolver(() => String, { description: 'In the asked language, else nl, fr, en.' })
  title(@Root() a: Activity, @Arg('language', () => Language, { defaultValue: 'NL', description: LANGUAGE }) language: Language): string {
    return pickText({ nl: a.titleNl, fr: a.titleFr, en: a.titleEn }, language) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'In the asked language, else nl, fr, en; null when there is none.' })
  summary(
    @Root() a: Activity,
    @Arg('language', () => Language, { defaultValue: 'NL', description: LANGUAGE }) language: Language,
  ): string | null {
    return pickText({ nl: a.summaryNl, fr: a.summaryFr, en: a.summaryEn }, language);
  }

  @FieldResolver(() => Audience, { description: 'Who it is for: the genders and legal statuses it admits.' })
  audience(@Root() a: Activity): Audience {
    return { genders: a.genders, legalStatuses: a.legalStatuses };
  }

  @FieldResolver(() => Prison, { description: 'The prison it takes place in.' })
  prison(@Root() a: Activity, @Ctx() { loaders }: Context) {
    return loaders.prison.load(a.prisonId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The partner organisation that organises it; null while the organisations service is unavailable.',
  })
  organisation(@Root() a: Activity): Organisation {
    return { id: a.organisationId };
  }

  @FieldResolver(() => [Person], {
    nullable: true,
    description: 'Who facilitates the sessions (visible to whom the organisations service allows); null while it is unavailable.',
  })
  facilitators(@Root() a: Activity): Person[] {
    return a.facilitatorIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [Session], { description: 'The next scheduled sessions from now, earliest first.' })
  upcomingSessions(
    @Root() a: Activity,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: 3, description: 'How many sessions to return, at most 100.' }) first: number,
  ) {
    return loaders.upcomingSessions(pageOf(first, null).limit).load(a.id);
  }

  @FieldResolver(() => [Session], {
    description:
      'The sessions that have not ended yet, earliest first, cancelled ones included (with status CANCELLED): what a calendar of the activity shows.',
  })
  comingSessions(
    @Root() a: Activity,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many sessions to return, at most 100.' }) first: number,
  ) {
    return loaders.comingSessions(pageOf(first, null).limit).load(a.id);
  }

  @FieldResolver(() => [Session], { description: 'Every session, cancelled ones included, in order.' })
  sessions(@Root() a: Activity, @Ctx() { loaders }: Context) {
    return loaders.sessionsOfActivity.load(a.id);
  }
}
