import { CUTOFF, LONG_AGO, databaseName, retentionWorld } from '../../test/retention-world';
import type { CustodyStatus } from '../generated/prisma/client';
import { anonymiseDue, countDue } from './anonymise';

// Retention of attendance (PGlite, or PostgreSQL with TEST_DATABASE_URL): a mark's note, and the note in
// each change of it, is words about the person and goes with the rest of their record; the code and the
// absence reason stay, for the figures.

describe(`retention of attendance marks (${databaseName()})`, () => {
  const world = retentionWorld('M');

  async function withMark(status: CustodyStatus, statusChangedAt: Date | null) {
    const { id: participantId, n } = await world.participant(status, statusChangedAt);
    const enrolment = await world.prisma.enrolment.create({
      data: { participantId, activityId: 'a1', status: 'ENROLLED', idempotencyKey: `m-${n}` },
    });
    const ids = { sessionId: 's1', participantId, enrolmentId: enrolment.id };
    const note = `First${n} zat bij de dokter.`;
    await world.prisma.attendanceMark.create({
      data: {
        ...ids,
        activityId: 'a1',
        code: 'ABSENT_EXCUSED',
        absenceReason: 'SICK',
        note,
        recordedBy: 'coordinator-1',
        recordedAt: LONG_AGO,
      },
    });
    await world.prisma.attendanceMarkChange.createMany({
      data: [
        { ...ids, code: 'ABSENT_UNEXCUSED', by: 'coordinator-1', at: LONG_AGO },
        {
          ...ids,
          previousCode: 'ABSENT_UNEXCUSED',
          code: 'ABSENT_EXCUSED',
          absenceReason: 'SICK',
          note,
          by: 'coordinator-1',
          at: LONG_AGO,
        },
      ],
    });
    return participantId;
  }

  beforeAll(async () => {
    await world.prisma.sessionView.create({
      data: {
        id: 's1',
        activityId: 'a1',
        prisonId: 'HAREN',
        locationId: 'l1',
        startsAt: LONG_AGO,
        endsAt: new Date('2024-02-01T12:00:00Z'),
        status: 'HELD',
      },
    });
  });
  it('clears the notes of the marks and their history of those due, keeps the codes and reasons, and leaves everyone else as they are', async () => {
    const due = await withMark('RELEASED', LONG_AGO);
    await withMark('IN_CUSTODY', null);
    await withMark('TRANSFERRED', new Date('2025-10-01T00:00:00Z'));
    const marksBefore = await world.prisma.attendanceMark.findMany({ orderBy: { id: 'asc' } });
    const changesBefore = await world.prisma.attendanceMarkChange.findMany({ orderBy: { id: 'asc' } });

    // One mark and one change with a note; the first change had none.
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, attendanceNotes: 2 });
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ participants: 1, attendanceNotes: 2 });

    for (const [i, now] of (await world.prisma.attendanceMark.findMany({ orderBy: { id: 'asc' } })).entries()) {
      const was = marksBefore[i];
      expect(now).toEqual(was.participantId === due ? { ...was, note: null } : was);
    }
    for (const [i, now] of (await world.prisma.attendanceMarkChange.findMany({ orderBy: { id: 'asc' } })).entries()) {
      const was = changesBefore[i];
      expect(now).toEqual(was.participantId === due ? { ...was, note: null } : was);
    }
    expect(await world.prisma.attendanceMark.findFirstOrThrow({ where: { participantId: due } })).toMatchObject({
      code: 'ABSENT_EXCUSED',
      absenceReason: 'SICK',
      note: null,
    });
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ participants: 0, attendanceNotes: 0 });
  });
});
