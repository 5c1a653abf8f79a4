import { participantsPartOf } from './data-export.repository';
import { participantsDatabase } from '../../../test/database';

// The participants part of a data export (PGlite, or PostgreSQL with TEST_DATABASE_URL): their attendance
// marks, with the note, and every change of a mark, also of one since removed.
describe(`the participants part of a data export (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const HELD = new Date('2026-02-02T09:00:00Z');
  const RECORDED = new Date('2026-02-02T11:30:00Z');

  const participants = participantsDatabase();

  it('holds their attendance marks and the history of each', async () => {
    const session = { activityId: 'a1', prisonId: 'HAREN', locationId: 'l1', endsAt: new Date('2026-02-02T11:00:00Z') };
    await participants.prisma.sessionView.createMany({
      data: [
        { ...session, id: 's1', startsAt: HELD, status: 'HELD' },
        { ...session, id: 's2', startsAt: new Date('2026-02-09T09:00:00Z'), status: 'SCHEDULED' },
      ],
    });
    const participant = await participants.prisma.participant.create({
      data: {
        prisonId: 'HAREN',
        detaineeNumber: 'X1',
        firstName: 'Ilias',
        lastName: 'Peeters',
        gender: 'MALE',
        legalStatus: 'CONVICTED',
        registeredBy: 'coordinator-1',
      },
    });
    const enrolment = await participants.prisma.enrolment.create({
      data: { participantId: participant.id, activityId: 'a1', status: 'ENROLLED', idempotencyKey: 'x-1' },
    });
    const ids = { participantId: participant.id, enrolmentId: enrolment.id };
    const mark = await participants.prisma.attendanceMark.create({
      data: {
        ...ids,
        sessionId: 's1',
        activityId: 'a1',
        code: 'ABSENT_EXCUSED',
        absenceReason: 'COURT',
        note: 'Zitting in Gent.',
        recordedBy: 'coordinator-1',
        recordedAt: RECORDED,
      },
    });
    await participants.prisma.attendanceMarkChange.createMany({
      data: [
        {
          ...ids,
          sessionId: 's1',
          code: 'ABSENT_EXCUSED',
          absenceReason: 'COURT',
          note: 'Zitting in Gent.',
          by: 'coordinator-1',
          at: RECORDED,
        },
        // s2's mark was removed again (a cancelled session restored): only its history is left.
        { ...ids, sessionId: 's2', code: 'SESSION_CANCELLED', by: 'system', at: new Date('2026-02-05T08:00:00Z') },
        { ...ids, sessionId: 's2', previousCode: 'SESSION_CANCELLED', code: null, by: 'system', at: new Date('2026-02-06T08:00:00Z') },
      ],
    });

    const part = await participantsPartOf(participants.prisma, participant);

    expect(part.attendanceMarks).toEqual([
      {
        id: mark.id,
        ...ids,
        sessionId: 's1',
        sessionStartsAt: HELD.toISOString(),
        activityId: 'a1',
        code: 'ABSENT_EXCUSED',
        absenceReason: 'COURT',
        note: 'Zitting in Gent.',
        recordedBy: 'coordinator-1',
        recordedAt: RECORDED.toISOString(),
      },
    ]);
    expect(part.attendanceHistory).toEqual([
      expect.objectContaining({
        sessionId: 's1',
        previousCode: null,
        code: 'ABSENT_EXCUSED',
        note: 'Zitting in Gent.',
        at: RECORDED.toISOString(),
      }),
      expect.objectContaining({ sessionId: 's2', previousCode: null, code: 'SESSION_CANCELLED', by: 'system' }),
      expect.objectContaining({ sessionId: 's2', previousCode: 'SESSION_CANCELLED', code: null, at: '2026-02-06T08:00:00.000Z' }),
    ]);
    // As JSON, the way the person is handed it.
    expect(JSON.parse(JSON.stringify(part))).toEqual(part);
  });
});
