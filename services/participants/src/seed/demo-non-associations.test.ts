import { seedDemoNonAssociations } from './demo-non-associations';
import { participantsDatabase } from '../../test/database';
import { demoDetainee } from '../../test/participants';

// The demo's non-associations: pairs in one HAREN activity together, one closed since, once (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
describe('demo non-associations', () => {
  const participants = participantsDatabase();
  beforeAll(async () => {
    for (const [prisonId, count] of [
      ['HAREN', 10],
      ['GENT', 4],
    ] as const)
      for (let n = 0; n < count; n++) {
        const participant = await participants.prisma.participant.create({ data: demoDetainee(`${prisonId}-${n}`, { prisonId }) });
        await participants.prisma.enrolment.create({
          data: {
            participantId: participant.id,
            activityId: `${prisonId}-a${n % 3}`,
            status: 'ENROLLED',
            idempotencyKey: `${prisonId}-${n}`,
          },
        });
      }
  });

  it('records pairs in one HAREN activity together, one closed with its history, and nothing the second time', async () => {
    expect(await seedDemoNonAssociations(participants.prisma)).toBe(4);
    const rows = await participants.prisma.nonAssociation.findMany({ include: { changes: true } });
    expect(rows.every((r) => r.prisonId === 'HAREN' && r.participantAId < r.participantBId)).toBe(true);
    expect(rows.filter((r) => r.closedAt).map((r) => r.changes.map((c) => c.action).sort())).toEqual([['CLOSED', 'OPENED']]);
    for (const row of rows) {
      const activities = await participants.prisma.enrolment.findMany({
        where: { participantId: { in: [row.participantAId, row.participantBId] } },
      });
      expect(new Set(activities.map((e) => e.activityId)).size).toBe(1);
    }
    expect(new Set(rows.flatMap((r) => [r.participantAId, r.participantBId])).size).toBe(8);
    expect(await seedDemoNonAssociations(participants.prisma)).toBe(0);
  });
});
