import type { EnrolmentStatus } from '../generated/prisma/client';
import { seedDemoSecurityAdvice } from './demo-security-advice';
import { participantsDatabase } from '../../test/database';
import { demoDetainee } from '../../test/participants';

// The demo's security advice: pending for screenings still open, answered for those decided, in the prisons of the activities that require it
// activities that require it, once (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe('demo security advice', () => {
  const participants = participantsDatabase();
  beforeAll(async () => {
    const view = {
      organisationId: 'o',
      status: 'PUBLISHED' as const,
      capacity: 5,
      screeningRequired: true,
      genders: [],
      legalStatuses: [],
      endsOn: new Date(),
    };
    await participants.prisma.activityView.createMany({
      data: [
        { ...view, id: 'advised', prisonId: 'HAREN', securityAdviceRequired: true },
        { ...view, id: 'plain', prisonId: 'HAREN' },
      ],
    });
    const statuses: [string, EnrolmentStatus][] = [
      ['advised', 'IN_SCREENING'],
      ['advised', 'ENROLLED'],
      ['advised', 'REJECTED'],
      ['advised', 'ENROLLED'],
      ['plain', 'IN_SCREENING'],
    ];
    for (const [n, [activityId, status]] of statuses.entries()) {
      const participant = await participants.prisma.participant.create({ data: demoDetainee(`HAR-${n}`) });
      await participants.prisma.enrolment.create({
        data: {
          participantId: participant.id,
          activityId,
          status,
          idempotencyKey: `demo-${n}`,
          changes: {
            create: [
              { to: 'IN_SCREENING', by: 'demo' },
              ...(status === 'IN_SCREENING' ? [] : [{ from: 'IN_SCREENING' as const, to: status, by: 'demo' }]),
            ],
          },
        },
      });
    }
  });

  it('asks for advice in each screening of an activity that requires it, pending or answered, and nothing the second time', async () => {
    expect(await seedDemoSecurityAdvice(participants.prisma)).toBe(4);
    const rows = await participants.prisma.securityAdviceRequest.findMany();
    expect(rows.every((r) => r.activityId === 'advised' && r.prisonId === 'HAREN')).toBe(true);
    expect(rows.map((r) => r.status).sort()).toEqual(['GIVEN', 'GIVEN', 'GIVEN', 'PENDING']);
    expect(rows.map((r) => r.advice).sort()).toEqual(['FAVOURABLE', 'FAVOURABLE_WITH_CONDITIONS', 'UNFAVOURABLE', null]);
    expect(rows.find((r) => r.advice === 'UNFAVOURABLE')?.reason).toEqual(expect.any(String));
    expect(await seedDemoSecurityAdvice(participants.prisma)).toBe(0);
  });
});
