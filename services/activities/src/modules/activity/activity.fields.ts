import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageOf } from '@cort/subgraph';
import type { Context } from '../../context';
import { pickText } from '../../domain/localized-text';
import { Language } from '../../shared/enums';
import { Organisation, Person } from '../organisation/organisation.type';
import { Prison } from '../prison/prison.type';
import { Session } from '../session/session.type';
import { Activity, Audience } from './activity.type';

@Resolver(() => Activity)
export class ActivityFields {
  @FieldResolver(() => String, { description: 'In the asked language, else nl, fr, en.' })
  title(@Root() a: Activity, @Arg('language', () => Language, { defaultValue: 'NL' }) language: Language): string {
    return pickText({ nl: a.titleNl, fr: a.titleFr, en: a.titleEn }, language) ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'In the asked language, else nl, fr, en; null when there is none.' })
  summary(@Root() a: Activity, @Arg('language', () => Language, { defaultValue: 'NL' }) language: Language): string | null {
    return pickText({ nl: a.summaryNl, fr: a.summaryFr, en: a.summaryEn }, language);
  }

  @FieldResolver(() => Audience)
  audience(@Root() a: Activity): Audience {
    return { genders: a.genders, legalStatuses: a.legalStatuses };
  }

  @FieldResolver(() => Prison)
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
  upcomingSessions(@Root() a: Activity, @Ctx() { loaders }: Context, @Arg('first', () => Int, { defaultValue: 3 }) first: number) {
    return loaders.upcomingSessions(pageOf(first, null).limit).load(a.id);
  }

  @FieldResolver(() => [Session], { description: 'Every session, cancelled ones included, in order.' })
  sessions(@Root() a: Activity, @Ctx() { loaders }: Context) {
    return loaders.sessionsOfActivity.load(a.id);
  }
}
