import { BoundedMemo } from '@cort/common';

/** Every kept answer carries it: dropped when a change's prison cannot be told. */
export const EVERY_ANSWER = 'directory';
/** Answers over the whole offer (no prison asked for): every change of any prison drops them. */
export const WHOLE_OFFER = 'offer';
export const prisonTag = (prisonId: string) => `prison:${prisonId}`;
export const activityTag = (activityId: string) => `activity:${activityId}`;

/** One key per directory answer: the operation and its variables in one order, however they were written. */
export const answerKey = (name: string, variables: Readonly<Record<string, unknown>>) =>
  `${name} ${JSON.stringify(Object.fromEntries(Object.entries(variables).sort(([a], [b]) => a.localeCompare(b))))}`;

/** The directory operation that shows one activity, by its `id` variable. */
const ONE_ACTIVITY = 'Activity';

/**
 * What a directory answer shows, as tags a change drops it by: one prison's offer (a `prisonId`
 * variable), one activity (the Activity operation), else the whole offer. A directory operation added
 * later without either is about the whole offer: dropped by every change, never kept too long.
 */
export function answerTags(operationName: string, variables: Readonly<Record<string, unknown>>): string[] {
  if (typeof variables.prisonId === 'string') return [EVERY_ANSWER, prisonTag(variables.prisonId)];
  if (operationName === ONE_ACTIVITY && typeof variables.id === 'string') return [EVERY_ANSWER, activityTag(variables.id)];
  return [EVERY_ANSWER, WHOLE_OFFER];
}

/**
 * The activities events that can change what the public directory shows: a published activity's facts,
 * its publication, archiving or cancellation, and its sessions (the directory lists the coming ones).
 * A draft's creation, needs, evaluations and a held session (no longer coming) change nothing public.
 */
export const OFFER_CHANGES = new Set([
  'ActivityUpdated',
  'ActivityPublished',
  'ActivityArchived',
  'ActivityCancelled',
  'SessionScheduled',
  'SessionCancelled',
  'SessionRestored',
  'SessionMoved',
]);

/** What an event of the activities feed says the directory needs to hear: which activity, and its prison when the event names it. */
export interface OfferChange {
  type: string;
  activityId?: string;
  prisonId?: string;
}

/** Where the prison of an activity is looked up: what its own events said. */
export interface PrisonsOfActivities {
  get(activityId: string): string | undefined;
  set(activityId: string, prisonId: string): unknown;
}

/** More activities than the offer of every prison holds at once: a forgotten one only costs a drop of everything. */
export const MAX_KNOWN_ACTIVITIES = 20_000;

/**
 * The prisons of the activities seen most recently, at most `max` (the least recently used forgotten
 * first: an activity whose sessions keep changing stays known). The gateway follows the feed for as long
 * as it runs: every activity ever created would otherwise stay.
 */
export const recentPrisons = (max = MAX_KNOWN_ACTIVITIES) => new BoundedMemo<string, string>({ capacity: max, refreshOnRead: true });

/**
 * The tags to drop for a page of changes. An activity's prison is learnt from its own events
 * (`prisonOf`, kept by the caller); a session event of an activity whose prison is not known (not yet, or
 * no longer) drops every answer rather than risk keeping a stale one.
 */
export function tagsToDrop(changes: readonly OfferChange[], prisonOf: PrisonsOfActivities): string[] {
  const tags = new Set<string>();
  for (const change of changes) {
    if (change.activityId && change.prisonId) prisonOf.set(change.activityId, change.prisonId);
    if (!OFFER_CHANGES.has(change.type)) continue;
    const prisonId = change.prisonId ?? (change.activityId ? prisonOf.get(change.activityId) : undefined);
    if (!prisonId) return [EVERY_ANSWER];
    tags.add(prisonTag(prisonId)).add(WHOLE_OFFER);
    if (change.activityId) tags.add(activityTag(change.activityId));
  }
  return [...tags];
}
