import { closeFollowUpsOnLeaving, openFollowUp } from './follow-up.service';
import { participantsDatabase } from '../../../test/database';

// Opening a follow-up in the system's own transactions (a dropout, the rule of three), on PGlite, or
// PostgreSQL with TEST_DATABASE_URL: there the openings really race.
describe(`opening a dropout follow-up (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let participantId: string;
  let serial = 0;

  const enrolment = async () =>
    participants.prisma.enrolment.create({
      data: { participantId, activityId: `a${++serial}`, status: 'ENROLLED', idempotencyKey: `key-${serial}` },
    });
  const events = (type: string) => participants.prisma.outboxEvent.findMany({ where: { type }, orderBy: { position: 'asc' } });

  const participants = participantsDatabase({ transactionOptions: { maxWait: 20_000, timeout: 20_000 } });
  beforeAll(async () => {
    const participant = await participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: 'D1',
        firstName: 'Noor',
        lastName: 'Peeters',
        gender: 'FEMALE',
        legalStatus: 'SUSPECT',
        registeredBy: 'c',
      },
    });
    participantId = participant.id;
  });

  it('opens one, filed under the enrolment’s prison and activity, with its event', async () => {
    const { id: enrolmentId, activityId } = await enrolment();
    const opened = await participants.prisma.$transaction((tx) =>
      openFollowUp(tx, { enrolmentId, participantId, trigger: 'ABSENCES', absencesInRow: 3 }),
    );
    expect(opened).toMatchObject({ enrolmentId, participantId, activityId, prisonId: 'HAREN' });
    expect(await participants.prisma.dropoutFollowUp.findUniqueOrThrow({ where: { id: opened!.id } })).toMatchObject({
      status: 'OPEN',
      trigger: 'ABSENCES',
      absencesInRow: 3,
      conversationReasons: [],
    });
    const [event] = (await events('FollowUpOpened')).filter((e) => (e.payload as { followUpId: string }).followUpId === opened!.id);
    expect(event.payload).toEqual({
      followUpId: opened!.id,
      enrolmentId,
      participantId,
      activityId,
      prisonId: 'HAREN',
      trigger: 'ABSENCES',
      absencesInRow: 3,
    });
  });

  it('opens exactly one however many openings run at once, and the others write nothing', async () => {
    const { id: enrolmentId } = await enrolment();
    const before = (await events('FollowUpOpened')).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        participants.prisma.$transaction((tx) =>
          openFollowUp(tx, { enrolmentId, participantId, trigger: n % 2 ? 'DROPPED_OUT' : 'ABSENCES', absencesInRow: 3 }),
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await participants.prisma.dropoutFollowUp.count({ where: { enrolmentId } })).toBe(1);
    expect((await events('FollowUpOpened')).length).toBe(before + 1);
  });

  it('opens a new one once the earlier one is closed; a dropout keeps no absence count', async () => {
    const { id: enrolmentId } = await enrolment();
    await participants.prisma.$transaction((tx) => openFollowUp(tx, { enrolmentId, participantId, trigger: 'ABSENCES', absencesInRow: 3 }));
    expect(
      await participants.prisma.$transaction((tx) => openFollowUp(tx, { enrolmentId, participantId, trigger: 'DROPPED_OUT' })),
    ).toBeNull();
    await participants.prisma.dropoutFollowUp.updateMany({ where: { enrolmentId }, data: { status: 'DONE' } });
    const again = await participants.prisma.$transaction((tx) =>
      openFollowUp(tx, { enrolmentId, participantId, trigger: 'DROPPED_OUT', absencesInRow: 4 }),
    );
    expect(await participants.prisma.dropoutFollowUp.findUniqueOrThrow({ where: { id: again!.id } })).toMatchObject({
      status: 'OPEN',
      trigger: 'DROPPED_OUT',
      absencesInRow: null,
    });
  });

  it('closes every open follow-up of a participant who leaves, with the cause, and leaves the closed ones', async () => {
    const closed = await participants.prisma.$transaction((tx) => closeFollowUpsOnLeaving(tx, participantId, 'TRANSFERRED'));
    expect(closed).toBe(await participants.prisma.dropoutFollowUp.count({ where: { participantId, closedCause: 'TRANSFERRED' } }));
    expect(closed).toBeGreaterThanOrEqual(3);
    expect(await participants.prisma.dropoutFollowUp.count({ where: { participantId, status: 'OPEN' } })).toBe(0);
    expect(await participants.prisma.dropoutFollowUp.count({ where: { participantId, status: 'DONE', closedCause: null } })).toBe(1);
    const last = (await events('FollowUpClosed')).at(-1)!;
    expect(last.payload).toMatchObject({ status: 'CLOSED', reasons: [], outcome: null, heldOn: null, cause: 'TRANSFERRED' });
  });
});
