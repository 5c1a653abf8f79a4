import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '@cort/common';
import { GENERIC_MESSAGE } from '../errors';
import { isUuid } from './ids';
import { graphLanguage, type DirectoryLanguage } from './language';
import type { PublicAnswers } from './public-answers';

/** A session as the directory may show it: its times, and in calendars its id and status. */
export interface PublicSession {
  startsAt: string;
  endsAt: string;
  id?: string;
  status?: 'SCHEDULED' | 'HELD' | 'CANCELLED';
}

/** A published activity as directory/ActivityCalendar answers it: what its calendar needs. */
export interface CalendarActivity extends Pick<PublicActivity, 'id' | 'title' | 'summary' | 'category' | 'domain' | 'organisation'> {
  prison: { id: string; name: string };
  comingSessions: Required<PublicSession>[];
}

/** A published activity as contract/directory answers it (PublicOffer's node; Activity's adds the rest). */
export interface PublicActivity {
  id: string;
  title: string;
  summary: string | null;
  category: string;
  domain: string;
  audience: { genders: string[]; legalStatuses: string[] };
  instructionLanguages: string[];
  prison: { id: string; name: string; region?: string };
  /** Null while the organisations service does not answer. */
  organisation: { id: string; name: string; kind?: string; contact?: { website?: string | null } | null } | null;
  upcomingSessions: PublicSession[];
  objectives?: string[];
  capacity?: number;
  screeningRequired?: boolean;
  startsOn?: string;
  endsOn?: string;
}

export interface PublicPrison {
  id: string;
  name: string;
  region: string;
}

export interface OfferFilter {
  prisonId?: string;
  category?: string;
}

/** The graph could not answer: the HTTP status and code the directory's own answer carries. */
export class DirectoryFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const codesOf = (errors: readonly GraphQLFormattedError[] = []) => errors.map((error) => error.extensions?.code);

function failureOf(errors: readonly GraphQLFormattedError[] = []): DirectoryFailure {
  const [first] = errors;
  const code = first?.extensions?.code;
  if (code === 'BAD_USER_INPUT') return new DirectoryFailure(400, code, first.message, first.extensions?.field as string | undefined);
  if (code === 'DOWNSTREAM_SERVICE_ERROR')
    return new DirectoryFailure(503, code, 'The directory cannot be read right now; try again shortly.');
  return new DirectoryFailure(500, 'INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
}

/** PublicOffer pages of 100 (its most): far more than the demo offer's 40 activities in one page. */
const PAGE = 100;
/** A bound on the walk through the pages, should a cursor ever loop. */
const MAX_PAGES = 100;

/**
 * One HTTP request's reads of the public offer, through the shared answers. `complete` turns false when
 * an answer was partial (a subgraph did not answer, e.g. organisations are null): such a response is
 * sent, but never marked cacheable.
 */
export class DirectoryReads {
  complete = true;

  constructor(
    private readonly answers: PublicAnswers,
    private readonly requestId: string,
  ) {}

  private async data(name: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
    const answer = await this.answers.answer(name, variables, this.requestId);
    if (answer.data == null) throw failureOf(answer.errors);
    if (answer.errors) this.complete = false;
    return answer.data;
  }

  async prisons(language: DirectoryLanguage): Promise<PublicPrison[]> {
    return (await this.data('Prisons', { language: graphLanguage(language) })).prisons;
  }

  /** Every published activity of the filter, all pages walked. */
  async offer(language: DirectoryLanguage, filter: OfferFilter = {}): Promise<PublicActivity[]> {
    const activities: PublicActivity[] = [];
    let after: string | undefined;
    const given = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    for (let page = 0; page < MAX_PAGES; page++) {
      const variables = { language: graphLanguage(language), first: PAGE, ...given, ...(after ? { after } : {}) };
      const { publicOffer } = await this.data('PublicOffer', variables);
      activities.push(...publicOffer.edges.map((edge: { node: PublicActivity }) => edge.node));
      if (!publicOffer.pageInfo.hasNextPage) return activities;
      after = publicOffer.pageInfo.endCursor;
    }
    throw new DirectoryFailure(500, 'INTERNAL_SERVER_ERROR', GENERIC_MESSAGE);
  }

  /** One published activity's calendar (directory/ActivityCalendar), or null for any other id. */
  async calendar(id: string, language: DirectoryLanguage): Promise<CalendarActivity | null> {
    return this.published<CalendarActivity>('ActivityCalendar', id, language);
  }

  /** One published activity (directory/Activity), or null for any other id. */
  async activity(id: string, language: DirectoryLanguage): Promise<PublicActivity | null> {
    return this.published<PublicActivity>('Activity', id, language);
  }

  private async published<T>(operation: string, id: string, language: DirectoryLanguage): Promise<T | null> {
    if (!isUuid(id)) return null;
    const answer = await this.answers.answer(operation, { id, language: graphLanguage(language) }, this.requestId);
    const codes = codesOf(answer.errors);
    if (codes.includes('NOT_FOUND')) return null;
    if (answer.data == null) throw failureOf(answer.errors);
    if (answer.errors) this.complete = false;
    return answer.data.publicActivity as T;
  }
}
