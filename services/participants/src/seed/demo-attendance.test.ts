import { seedDemoAttendance } from './demo-attendance';
import { participantsDatabase } from '../../test/database';

// The demo's marks: about three in four PRESENT, excused absences with reasons, a few refusals, the
// cancelled sessions SESSION_CANCELLED, and follow-ups opened by the rule of three.
describe('demo attendance', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  const participants = participantsDatabase();
  beforeAll(async () => {
    for (let a = 0; a < 4; a++) {
      await participants.prisma.activityView.create({
        data: {
          id: `a${a}`,
          prisonId: 'HAREN',
          organisationId: 'org',
          status: 'PUBLISHED',
          capacity: 10,
          screeningRequired: false,
          genders: ['MALE'],
          legalStatuses: ['CONVICTED'],
          endsOn: new Date('2026-12-31'),
        },
      });
      for (let n = 0; n < 8; n++) {
        const startsAt = new Date(now.getTime() - (8 - n) * 7 * 86_400_000 + (n === 7 ? 14 * 86_400_000 : 0));
        await participants.prisma.sessionView.create({
          data: {
            id: `s${a}-${n}`,
            activityId: `a${a}`,
            prisonId: 'HAREN',
            locationId: 'room',
            startsAt,
            endsAt: new Date(startsAt.getTime() + 7_200_000),
            status: n === 2 ? 'CANCELLED' : 'SCHEDULED',
          },
        });
      }
      for (let p = 0; p < 8; p++)
        await participants.prisma.participant.create({
          data: {
            id: `p${a}-${p}`,
            prisonId: 'HAREN',
            detaineeNumber: `D-${a}-${p}`,
            firstName: 'Tom',
            lastName: 'Claes',
            gender: 'MALE',
            legalStatus: 'CONVICTED',
            registeredBy: 'test',
            enrolments: { create: { id: `e${a}-${p}`, activityId: `a${a}`, status: 'ENROLLED', idempotencyKey: `k${a}-${p}` } },
          },
        });
    }
  });

  it('marks the past and cancelled sessions as a demo should look, and the rule of three opens follow-ups', async () => {
    expect(await seedDemoAttendance(participants.prisma, now)).toBe(4 * 7);
    const marks = await participants.prisma.attendanceMark.findMany();
    const of = (code: string) => marks.filter((m) => m.code === code).length;
    const attended = marks.filter((m) => m.code !== 'SESSION_CANCELLED');
    expect(of('SESSION_CANCELLED')).toBe(4 * 8);
    expect(of('PRESENT') / attended.length).toBeGreaterThan(0.6);
    expect(of('PRESENT') / attended.length).toBeLessThan(0.85);
    expect(of('ABSENT_EXCUSED')).toBeGreaterThan(0);
    expect(marks.filter((m) => m.code === 'ABSENT_EXCUSED').every((m) => m.absenceReason)).toBe(true);
    expect(of('REFUSED')).toBeGreaterThan(0);
    expect(await participants.prisma.dropoutFollowUp.count({ where: { trigger: 'ABSENCES', status: 'OPEN' } })).toBeGreaterThanOrEqual(1);
    expect(await participants.prisma.sessionView.count({ where: { status: 'HELD' } })).toBe(4 * 6);
    // Seeded once: a second run finds marks and does nothing.
    expect(await seedDemoAttendance(participants.prisma, now)).toBe(0);
  });
});
