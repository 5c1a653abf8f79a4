import { participantsDatabase } from '../test/database';
import { coalescedReadsOf } from './coalesced-reads';
import { openActivityView } from '../test/activity-views';

// Requests arriving together read their participants, keys and activity in one statement of each kind, each
// getting its own row (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe(`reads shared by requests arriving together (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const participants = participantsDatabase();

  it('reads what 30 requests ask for at once in one statement per kind, each its own row, and nothing kept for later', async () => {
    const people = await participants.prisma.participant.createManyAndReturn({
      data: Array.from({ length: 30 }, (_, i) => ({
        prisonId: 'HAREN',
        detaineeNumber: `C${i}`,
        firstName: 'An',
        lastName: 'Maes',
        gender: 'MALE' as const,
        legalStatus: 'CONVICTED' as const,
        registeredBy: 'c',
      })),
    });
    // One activity and one enrolment, under key-7, to be found among keys and activities that find nothing.
    const activity = await participants.prisma.activityView.create({ data: openActivityView('activity-held') });
    const enrolment = await participants.prisma.enrolment.create({
      data: { participantId: people[7]!.id, activityId: activity.id, status: 'ENROLLED', idempotencyKey: 'key-7' },
    });
    const reads = coalescedReadsOf(participants.prisma);
    expect(coalescedReadsOf(participants.prisma)).toBe(reads);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const activityIds = people.map((_, i) => (i % 3 ? 'activity-x' : activity.id));

    participants.db.statements.reset();
    const [found, keys, activities] = await Promise.all([
      Promise.all([...people.map((p) => reads.participant.load(p.id)), reads.participant.load(unknown)]),
      Promise.all(people.map((_, i) => reads.enrolmentByKey.load(`key-${i}`))),
      Promise.all(activityIds.map((id) => reads.activityView.load(id))),
    ]);
    expect(participants.db.statements.count).toBe(3);
    expect(found.map((p) => p?.id ?? null)).toEqual([...people.map((p) => p.id), null]);
    expect(keys).toEqual(people.map((_, i) => (i === 7 ? enrolment : null)));
    expect(activities).toEqual(activityIds.map((id) => (id === activity.id ? activity : null)));

    // A later read reads again: a change made meanwhile is seen.
    await participants.prisma.participant.update({ where: { id: people[0]!.id }, data: { status: 'RELEASED' } });
    participants.db.statements.reset();
    expect(await reads.participant.load(people[0]!.id)).toMatchObject({ status: 'RELEASED' });
    expect(participants.db.statements.count).toBe(1);
  });
});
