import type { CustodyStatus } from '../generated/prisma/client';
import { ANONYMISED_NAME, isDueForAnonymisation } from '../domain/retention';
import { anonymiseDue, countDue } from './anonymise';
import { participantsDatabase } from '../../test/database';

// Retention on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
const CUTOFF = new Date('2025-06-01T00:00:00Z');
const LONG_AGO = new Date('2024-02-01T10:00:00Z');
const RECENTLY = new Date('2025-10-01T10:00:00Z');

let serial = 0;
const person = (status: CustodyStatus, statusChangedAt: Date | null, extra: { anonymisedAt?: Date; prisonId?: string } = {}) => ({
  prisonId: extra.prisonId ?? 'HAREN',
  detaineeNumber: `D${++serial}`,
  firstName: `First${serial}`,
  lastName: `Last${serial}`,
  gender: serial % 2 ? ('MALE' as const) : ('FEMALE' as const),
  legalStatus: 'CONVICTED' as const,
  languages: ['nl', 'fr'],
  section: `Wing ${serial}`,
  status,
  transferredTo: status === 'TRANSFERRED' ? 'GENT' : null,
  statusChangedAt,
  registeredBy: 'coordinator-1',
  anonymisedAt: extra.anonymisedAt ?? null,
});

describe(`participants retention (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const snapshot = async () => ({
    participants: await participants.prisma.participant.findMany({ orderBy: { id: 'asc' } }),
    enrolments: await participants.prisma.enrolment.findMany({ orderBy: { id: 'asc' } }),
    changes: await participants.prisma.enrolmentChange.findMany({ orderBy: { id: 'asc' } }),
  });
  // The figures are made of these: per prison, gender, legal status, custody status, activity and enrolment status.
  const figures = async () =>
    (
      await participants.prisma.enrolment.findMany({
        select: {
          activityId: true,
          status: true,
          participant: { select: { prisonId: true, gender: true, legalStatus: true, status: true } },
        },
      })
    )
      .map((e) => JSON.stringify(e))
      .sort();

  async function register(data: ReturnType<typeof person>, activities: string[]) {
    const participant = await participants.prisma.participant.create({ data });
    for (const activityId of activities) {
      await participants.prisma.enrolment.create({
        data: {
          participantId: participant.id,
          activityId,
          status: data.status === 'IN_CUSTODY' ? 'ENROLLED' : 'WITHDRAWN',
          idempotencyKey: `${participant.id}-${activityId}`,
          note: `Asked for by ${data.firstName} ${data.lastName}`,
          changes: {
            create: [
              { to: 'ENROLLED', by: 'coordinator-1', reason: null },
              { from: 'ENROLLED', to: 'WITHDRAWN', by: 'coordinator-1', reason: `${data.firstName} was released.` },
            ],
          },
        },
      });
    }
    return participant;
  }

  const participants = participantsDatabase();
  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await register(person('RELEASED', LONG_AGO), ['a1', 'a2']);
    await register(person('TRANSFERRED', LONG_AGO, { prisonId: 'GENT' }), ['a3']);
    await register(person('TRANSFERRED', new Date(CUTOFF.getTime() - 1)), []);
    await register(person('RELEASED', RECENTLY), ['a1']);
    await register(person('TRANSFERRED', CUTOFF), ['a2']);
    await register(person('IN_CUSTODY', null), ['a1', 'a3']);
    await register(person('IN_CUSTODY', LONG_AGO), ['a2']);
    await register(person('RELEASED', null), ['a1']);
    await register(person('RELEASED', LONG_AGO, { anonymisedAt: new Date('2025-01-01T00:00:00Z') }), []);
  });

  it('counts in a dry run what a run would change, and changes nothing', async () => {
    const before = await snapshot();
    // Three released (two enrolments each) and two transferred (one enrolment between them) left before the cut-off.
    expect(await countDue(participants.prisma, CUTOFF)).toEqual({
      participants: 5,
      enrolmentNotes: 7,
      changeReasons: 7,
      followUpNotes: 0,
      attendanceNotes: 0,
      feedbackComments: 0,
      screeningNotes: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('anonymises exactly the participants due, in batches, and keeps what the figures are made of', async () => {
    const before = await snapshot();
    const figuresBefore = await figures();
    const due = new Set(before.participants.filter((p) => isDueForAnonymisation(p, CUTOFF)).map((p) => p.id));
    const dryRun = await countDue(participants.prisma, CUTOFF);

    expect(await anonymiseDue(participants.prisma, CUTOFF, 2)).toEqual(dryRun);

    const after = await snapshot();
    for (const [i, was] of before.participants.entries()) {
      const now = after.participants[i];
      if (!due.has(was.id)) {
        expect(now).toEqual(was);
        continue;
      }
      expect(now).toMatchObject({
        id: was.id,
        firstName: ANONYMISED_NAME,
        lastName: ANONYMISED_NAME,
        detaineeNumber: `ANONYMISED-${was.id}`,
        languages: [],
        section: null,
        prisonId: was.prisonId,
        gender: was.gender,
        legalStatus: was.legalStatus,
        status: was.status,
        transferredTo: was.transferredTo,
        statusChangedAt: was.statusChangedAt,
        registeredAt: was.registeredAt,
      });
      expect(now.anonymisedAt).toBeInstanceOf(Date);
    }
    const owner = new Map(before.enrolments.map((e) => [e.id, e.participantId]));
    for (const [i, was] of before.enrolments.entries())
      expect(after.enrolments[i]).toEqual(due.has(was.participantId) ? { ...was, note: null, updatedAt: expect.any(Date) } : was);
    for (const [i, was] of before.changes.entries())
      expect(after.changes[i]).toEqual({ ...was, reason: due.has(owner.get(was.enrolmentId)!) ? null : was.reason });
    expect(await figures()).toEqual(figuresBefore);
  });

  it('changes nothing on a second run', async () => {
    const before = await snapshot();
    expect(await countDue(participants.prisma, CUTOFF)).toEqual({
      participants: 0,
      enrolmentNotes: 0,
      changeReasons: 0,
      followUpNotes: 0,
      attendanceNotes: 0,
      feedbackComments: 0,
      screeningNotes: 0,
    });
    expect(await anonymiseDue(participants.prisma, CUTOFF)).toEqual({
      participants: 0,
      enrolmentNotes: 0,
      changeReasons: 0,
      followUpNotes: 0,
      attendanceNotes: 0,
      feedbackComments: 0,
      screeningNotes: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('anonymises each participant once when two runs go at once', async () => {
    const later = new Date('2025-12-01T00:00:00Z');
    const due = await countDue(participants.prisma, later);
    expect(due.participants).toBe(2); // the recent release and the transfer at the old cut-off
    const runs = await Promise.all([anonymiseDue(participants.prisma, later, 1), anonymiseDue(participants.prisma, later, 1)]);
    expect(runs[0].participants + runs[1].participants).toBe(due.participants);
    expect(runs[0].enrolmentNotes + runs[1].enrolmentNotes).toBe(due.enrolmentNotes);
    expect(await countDue(participants.prisma, later)).toEqual({
      participants: 0,
      enrolmentNotes: 0,
      changeReasons: 0,
      followUpNotes: 0,
      attendanceNotes: 0,
      feedbackComments: 0,
      screeningNotes: 0,
    });
    expect(await participants.prisma.participant.count({ where: { status: 'IN_CUSTODY', anonymisedAt: { not: null } } })).toBe(0);
  });

  it('leaves the audit trail as it is: the database refuses to delete it', async () => {
    const anonymised = await participants.prisma.participant.findFirstOrThrow({ where: { anonymisedAt: { not: null } } });
    await participants.prisma.auditEvent.create({
      data: { actor: 'coordinator-1', roles: ['COORDINATOR'], participantId: anonymised.id, categories: ['NAME'], action: 'READ' },
    });
    await expect(participants.prisma.auditEvent.deleteMany({ where: { participantId: anonymised.id } })).rejects.toThrow(/append-only/);
    expect(await anonymiseDue(participants.prisma, new Date('2030-01-01T00:00:00Z'))).toMatchObject({ participants: 0 });
    expect(await participants.prisma.auditEvent.count({ where: { participantId: anonymised.id } })).toBe(1);
  });
});
