import type { Projection } from './report-events';

/** The kinds of an enrolment event's projection: a request, its end without a place, or the enrolment. */
const ENROLMENT_KINDS = ['request', 'requestEnded', 'enrolment'] as const;

/** An enrolment event's projection (ENROLMENT_KINDS). */
export type EnrolmentChange = Extract<Projection, { kind: (typeof ENROLMENT_KINDS)[number] }>;

/** Whether a projection of this kind is an enrolment change: they come mixed, and are written as one run. */
export const isEnrolmentKind = (kind: Projection['kind']): kind is EnrolmentChange['kind'] =>
  ENROLMENT_KINDS.some((enrolmentKind) => enrolmentKind === kind);

interface Pair {
  participantId: string;
  activityId: string;
}
type Request = Pair & { requestedAt: Date };
type Enrolment = Pair & { enrolledAt: Date; requestedAt: Date | null; gender: string | null; legalStatus: string | null };

/** The participant and activity a change is about: its key in both tables. */
export const pairOf = (change: EnrolmentChange): Pair => {
  const { participantId, activityId } = change.kind === 'enrolment' ? change.enrolment : change.request;
  return { participantId, activityId };
};
const keyOf = ({ participantId, activityId }: Pair) => JSON.stringify([participantId, activityId]);

/** The distinct pairs of a run's changes: the rows to read before it. */
export const pairsOf = (changes: readonly EnrolmentChange[]): Pair[] => [
  ...new Map(
    changes.map((change) => {
      const pair = pairOf(change);
      return [keyOf(pair), pair];
    }),
  ).values(),
];

/**
 * What a run of enrolment changes leaves, applied in order over the rows of their pairs that were there
 * before: the same as applying them one by one. A request starts (or starts again) its waiting time; a
 * request that ends without a place leaves nothing; the first enrolment of a pair stands (enrolled again
 * after a withdrawal is the same one participant), taking the waiting request's time, or the event's own
 * when it was requested and enrolled at once, and the participant's target group as reporting knows it.
 * Returns the writes: the requests to upsert, those to delete, the enrolments to add.
 */
export function enrolmentRun(
  changes: readonly EnrolmentChange[],
  before: {
    requests: readonly Request[];
    enrolled: readonly Pair[];
    groups: readonly { participantId: string; gender: string; legalStatus: string }[];
  },
) {
  const was = new Map(before.requests.map((request) => [keyOf(request), request]));
  const waiting = new Map(was);
  const enrolled = new Set(before.enrolled.map(keyOf));
  const groups = new Map(before.groups.map((group) => [group.participantId, group]));
  const enrolments: Enrolment[] = [];
  for (const change of changes) {
    const pair = pairOf(change);
    const key = keyOf(pair);
    if (change.kind === 'request') {
      waiting.set(key, { ...pair, requestedAt: change.request.requestedAt });
      continue;
    }
    if (change.kind === 'enrolment' && !enrolled.has(key)) {
      enrolled.add(key);
      const group = groups.get(pair.participantId);
      enrolments.push({
        ...pair,
        enrolledAt: change.enrolment.enrolledAt,
        requestedAt: waiting.get(key)?.requestedAt ?? change.requestedAt,
        gender: group?.gender ?? null,
        legalStatus: group?.legalStatus ?? null,
      });
    }
    waiting.delete(key);
  }
  return {
    requests: [...waiting]
      .filter(([key, request]) => was.get(key)?.requestedAt.getTime() !== request.requestedAt.getTime())
      .map(([, request]) => request),
    ended: [...was].filter(([key]) => !waiting.has(key)).map(([, { participantId, activityId }]) => ({ participantId, activityId })),
    enrolments,
  };
}
