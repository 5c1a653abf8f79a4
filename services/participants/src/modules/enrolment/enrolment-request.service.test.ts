import { encodeCursor, START } from '@cort/events';
import { userCaller } from '@cort/testing';
import { createContextFactory } from '../../context';
import { createActivitiesFollower } from '../../feeds/activities.feed';
import type { ActivityView, Participant } from '../../generated/prisma/client';
import { placeGroup, requestEnrolment, type QueuedRequest } from './enrolment-request.service';
import { participantsDatabase } from '../../../test/database';
import { openActivityView } from '../../../test/activity-views';

// One group of requests for one activity, placed in one transaction: each request gets its own answer or its
// own error, as if the requests before it in the group were placed already (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
describe(`requests placed together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let serial = 0;

  const participants = participantsDatabase();

  const person = () =>
    participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: `G${++serial}`,
        firstName: 'Jan',
        lastName: 'Claes',
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        registeredBy: 'c',
      },
    });
  const activityOf = (capacity: number, screening = false) =>
    participants.prisma.activityView.create({
      data: openActivityView(`activity-${++serial}`, { capacity, screeningRequired: screening, securityAdviceRequired: screening }),
    });
  const member = (
    participant: Participant,
    activity: ActivityView,
    key: string,
    more: { acknowledgedWarnings?: string[]; requester?: string } = {},
  ): QueuedRequest => ({
    request: {
      participantId: participant.id,
      activityId: activity.id,
      idempotencyKey: key,
      acknowledgedWarnings: more.acknowledgedWarnings,
    },
    participant,
    activity,
    placing: {
      participantId: participant.id,
      idempotencyKey: key,
      requester: (more.requester ?? 'SELF') as 'SELF',
      requestedOn: new Date('2026-12-01T00:00:00Z'),
      note: null,
      by: `coordinator-${key}`,
    },
  });
  const valueOf = (outcome: { value: unknown } | { error: unknown }) => ('value' in outcome ? outcome.value : undefined);
  const errorOf = (outcome: { value: unknown } | { error: unknown }) =>
    'error' in outcome ? (outcome.error as { extensions?: Record<string, unknown> }).extensions : undefined;

  it('answers each request of a group on its own', async () => {
    const activity = await activityOf(3);
    const [a, b, c, d, e, f, g, released, earlier] = await Promise.all(Array.from({ length: 9 }, person));
    const open = await participants.prisma.enrolment.create({
      data: { participantId: d!.id, activityId: activity.id, status: 'ENROLLED', idempotencyKey: `open-${serial}` },
    });
    const before = await participants.prisma.enrolment.create({
      data: { participantId: earlier!.id, activityId: activity.id, status: 'ENROLLED', idempotencyKey: `before-${serial}` },
    });
    // e and f, and e and g, must be kept apart; g's coordinator acknowledged it.
    await participants.prisma.nonAssociation.createMany({
      data: [f!, g!].map((other) => {
        const [participantAId, participantBId] = [e!.id, other.id].sort();
        return {
          prisonId: 'HAREN',
          participantAId: participantAId!,
          participantBId: participantBId!,
          reason: 'VIOLENCE' as const,
          openedBy: 'c',
        };
      }),
    });
    // Released after the request was checked, before it is placed.
    await participants.prisma.participant.update({ where: { id: released!.id }, data: { status: 'RELEASED' } });

    const outcomes = await placeGroup(participants.prisma, [
      member(a!, activity, `a-${serial}`),
      member(a!, activity, `a-${serial}`), // the same request again
      member(c!, activity, `a-${serial}`), // a's key for someone else
      member(a!, activity, `a2-${serial}`), // a second open enrolment of a
      member(d!, activity, `d-${serial}`), // d is enrolled already
      member(e!, activity, `e-${serial}`),
      member(f!, activity, `f-${serial}`), // kept apart from e, placed a moment before, not acknowledged
      member(g!, activity, `g-${serial}`, { acknowledgedWarnings: ['NON_ASSOCIATION'] }),
      member(released!, activity, `r-${serial}`),
      member(earlier!, activity, `before-${serial}`), // answered before: the earlier enrolment
      member(b!, activity, `b-${serial}`),
    ]);

    const placed = outcomes.map(valueOf) as ({ id: string; status: string; waitlistPosition: number | null } | undefined)[];
    // One place was left (d and the earlier request hold the others): a takes it, e, g and b wait in their order.
    expect(placed[0]).toMatchObject({ participantId: a!.id, status: 'ENROLLED' });
    expect(placed[1]).toEqual(placed[0]);
    expect(errorOf(outcomes[2]!)).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(errorOf(outcomes[3]!)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });
    expect(errorOf(outcomes[4]!)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED', existingId: open.id });
    expect(placed[5]).toMatchObject({ participantId: e!.id, status: 'WAITLISTED', waitlistPosition: 1 });
    expect(errorOf(outcomes[6]!)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WARNINGS_NOT_ACKNOWLEDGED',
      warnings: ['NON_ASSOCIATION'],
    });
    expect(placed[7]).toMatchObject({ participantId: g!.id, status: 'WAITLISTED', waitlistPosition: 2 });
    expect(errorOf(outcomes[8]!)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_CUSTODY' });
    expect(placed[9]).toEqual(before);
    expect(placed[10]).toMatchObject({ participantId: b!.id, status: 'WAITLISTED', waitlistPosition: 3 });

    // Each placed once, with its own history line (who, what was acknowledged) and its event.
    const made = [placed[0], placed[5], placed[7], placed[10]].map((enrolment) => enrolment!.id);
    expect(await participants.prisma.enrolment.count({ where: { activityId: activity.id } })).toBe(6);
    const changes = await participants.prisma.enrolmentChange.findMany({ where: { enrolmentId: { in: made } } });
    expect(changes.map((change) => [change.enrolmentId, change.by, change.acknowledgedWarnings]).sort()).toEqual(
      [
        [made[0], `coordinator-a-${serial}`, []],
        [made[1], `coordinator-e-${serial}`, []],
        [made[2], `coordinator-g-${serial}`, ['NON_ASSOCIATION']],
        [made[3], `coordinator-b-${serial}`, []],
      ].sort(),
    );
    const events = await participants.prisma.outboxEvent.findMany({ where: { type: 'EnrolmentChanged' }, orderBy: { position: 'asc' } });
    expect(events.map((event) => (event.payload as { enrolmentId: string }).enrolmentId).filter((id) => made.includes(id))).toEqual(made);
  });

  it('answers an answered key with its earlier enrolment before judging the participant as they are now', async () => {
    const activity = await activityOf(3);
    const [answered, never] = await Promise.all(Array.from({ length: 2 }, person));
    const [first] = await placeGroup(participants.prisma, [member(answered!, activity, `kept-${serial}`)]);
    const earlier = valueOf(first!);
    expect(earlier).toMatchObject({ participantId: answered!.id, status: 'ENROLLED' });
    // Both released after the first answer: the retry of the answered request gets it again, the new one is refused.
    await participants.prisma.participant.updateMany({ where: { id: { in: [answered!.id, never!.id] } }, data: { status: 'RELEASED' } });

    const outcomes = await placeGroup(participants.prisma, [
      member(answered!, activity, `kept-${serial}`),
      member(never!, activity, `never-${serial}`),
    ]);
    expect(valueOf(outcomes[0]!)).toEqual(earlier);
    expect(errorOf(outcomes[1]!)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_IN_CUSTODY' });
    expect(await participants.prisma.enrolment.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it('warns each member of a group about their own facts only: an earlier dropout, a clash of sessions, or nothing', async () => {
    const activity = await activityOf(5);
    const other = await activityOf(5);
    const [droppedOut, clashing, clear] = await Promise.all(Array.from({ length: 3 }, person));
    await participants.prisma.enrolment.createMany({
      data: [
        { participantId: droppedOut!.id, activityId: activity.id, status: 'DROPPED_OUT', idempotencyKey: `dropped-${serial}` },
        { participantId: clashing!.id, activityId: other.id, status: 'ENROLLED', idempotencyKey: `other-${serial}` },
      ],
    });
    // A coming session of the activity overlaps one of the other activity, where only `clashing` is enrolled.
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    await participants.prisma.sessionView.createMany({
      data: [activity, other].map((a) => ({
        id: `session-${a.id}`,
        activityId: a.id,
        prisonId: 'HAREN',
        locationId: 'room-1',
        startsAt,
        endsAt,
        status: 'SCHEDULED' as const,
      })),
    });

    const unacknowledged = await placeGroup(participants.prisma, [
      member(droppedOut!, activity, `d1-${serial}`),
      member(clashing!, activity, `c1-${serial}`, { acknowledgedWarnings: ['EARLIER_DROPOUT'] }), // someone else's warning
      member(clear!, activity, `n1-${serial}`),
    ]);
    expect(errorOf(unacknowledged[0]!)).toMatchObject({ reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: ['EARLIER_DROPOUT'] });
    expect(errorOf(unacknowledged[1]!)).toMatchObject({ reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: ['SCHEDULE_CLASH'] });
    expect(valueOf(unacknowledged[2]!)).toMatchObject({ participantId: clear!.id, status: 'ENROLLED' });

    const acknowledged = await placeGroup(participants.prisma, [
      member(droppedOut!, activity, `d2-${serial}`, { acknowledgedWarnings: ['EARLIER_DROPOUT'] }),
      member(clashing!, activity, `c2-${serial}`, { acknowledgedWarnings: ['SCHEDULE_CLASH'] }),
    ]);
    const placed = acknowledged.map(valueOf) as ({ id: string; participantId: string } | undefined)[];
    expect(placed.map((enrolment) => enrolment?.participantId)).toEqual([droppedOut!.id, clashing!.id]);
    // Each history line keeps its own warning; the clear one's none.
    const ids = [valueOf(unacknowledged[2]!) as { id: string }, ...placed].map((enrolment) => enrolment!.id);
    const changes = await participants.prisma.enrolmentChange.findMany({ where: { enrolmentId: { in: ids } } });
    expect(ids.map((id) => changes.find((change) => change.enrolmentId === id)?.acknowledgedWarnings)).toEqual([
      [],
      ['EARLIER_DROPOUT'],
      ['SCHEDULE_CLASH'],
    ]);
  });

  it('answers a retry of an answered request again before it queues, though the activity is no longer open', async () => {
    const activity = await activityOf(3);
    const participant = await person();
    // The activities feed has nothing new: the request judges the activity as this service holds it.
    const quietFeed = async (after: string | null) => ({ events: [], cursor: after ?? encodeCursor(START), hasMore: false });
    const contextOf = createContextFactory(participants.prisma, createActivitiesFollower(participants.prisma, quietFeed));
    const caller = userCaller(['COORDINATOR'], { sub: 'coordinator-1' });
    const request = { participantId: participant.id, activityId: activity.id, idempotencyKey: `retry-${serial}` };

    const first = await requestEnrolment(contextOf({ caller, requestId: 'first' }), request);
    expect(first).toMatchObject({ participantId: participant.id, status: 'ENROLLED' });
    await participants.prisma.activityView.update({ where: { id: activity.id }, data: { status: 'CANCELLED' } });

    const again = await requestEnrolment(contextOf({ caller, requestId: 'again' }), request);
    expect(again.id).toBe(first.id);
    // A new request is refused for the closed activity: the key alone answered the retry.
    await expect(
      requestEnrolment(contextOf({ caller, requestId: 'new' }), { ...request, idempotencyKey: `new-${serial}` }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_NOT_OPEN' } });
    expect(await participants.prisma.enrolment.count({ where: { activityId: activity.id } })).toBe(1);
  });

  it("tries each request again on its own when the group's transaction fails, so one bad request fails alone", async () => {
    const activity = await activityOf(5);
    const [a, b, c] = await Promise.all(Array.from({ length: 3 }, person));
    const outcomes = await placeGroup(participants.prisma, [
      member(a!, activity, `ok-a-${serial}`),
      member(b!, activity, `bad-${serial}`, { requester: 'NOBODY' }), // the database refuses it
      member(c!, activity, `ok-c-${serial}`),
    ]);
    expect(valueOf(outcomes[0]!)).toMatchObject({ participantId: a!.id, status: 'ENROLLED' });
    expect('error' in outcomes[1]!).toBe(true);
    expect(valueOf(outcomes[2]!)).toMatchObject({ participantId: c!.id, status: 'ENROLLED' });
    expect(await participants.prisma.enrolment.count({ where: { activityId: activity.id } })).toBe(2);
  });

  /** The statements a group of `size` new requests costs, on a fresh activity (with screening and security advice, or not). */
  async function statementsOfGroup(size: number, screening: boolean) {
    const activity = await activityOf(3, screening);
    const people = await Promise.all(Array.from({ length: size }, person));
    participants.db.statements.reset();
    const outcomes = await placeGroup(
      participants.prisma,
      people.map((p, i) => member(p, activity, `n${size}-${i}-${serial}`)),
    );
    const statements = participants.db.statements.count;
    expect(outcomes.filter((outcome) => !('value' in outcome))).toEqual([]);
    return { statements, activity };
  }

  it('costs a group of 20 the statements of a group of 2: warnings, placements, history, events and security advice once each', async () => {
    // BEGIN, the participants' locks and rows, the activity's lock, the keys and open enrolments, the
    // non-associations (a group of more than one), the warnings' facts, the places, the enrolments, their
    // history, their events, COMMIT.
    const one = await statementsOfGroup(1, false);
    const two = await statementsOfGroup(2, false);
    const twenty = await statementsOfGroup(20, false);
    expect(one.statements).toBe(11);
    expect(two.statements).toBe(one.statements + 1); // the non-associations within the group
    expect(twenty.statements).toBe(two.statements);

    // Into screening with security advice: one more statement for the advice requests, whatever their number.
    const screenedTwo = await statementsOfGroup(2, true);
    const screenedTwenty = await statementsOfGroup(20, true);
    expect(screenedTwo.statements).toBe(two.statements + 1);
    expect(screenedTwenty.statements).toBe(screenedTwo.statements);
    const advice = await participants.prisma.securityAdviceRequest.findMany({ where: { activityId: screenedTwenty.activity.id } });
    const screened = await participants.prisma.enrolment.findMany({ where: { activityId: screenedTwenty.activity.id } });
    expect(screened.map((e) => e.status)).toEqual(Array(20).fill('IN_SCREENING'));
    expect(advice.map((a) => a.enrolmentId).sort()).toEqual(screened.map((e) => e.id).sort());
  });
});
