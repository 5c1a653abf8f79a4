import { participantsDatabase } from '../../test/database';
import { openActivityView } from '../../test/activity-views';
import { seedDemoAfterFeed } from './demo-after-feed';
import { demoDetainee } from '../../test/participants';

// The demo that waits for the activities feed waits for a published activity, not for a catch-up: a catch-up
// may reach the end of what the feed serves before the activities seed is in it (PGlite, or PostgreSQL with
// TEST_DATABASE_URL).
describe('the demo seeded after the activities feed', () => {
  const participants = participantsDatabase();
  const quiet = { info: () => undefined };

  it('seeds nothing and says it still waits while no published activity has arrived', async () => {
    const { prisma } = participants;
    await prisma.participant.create({ data: demoDetainee('HAR-1') });
    await prisma.activityView.create({ data: openActivityView('draft', { status: 'DRAFT' }) });
    expect(await seedDemoAfterFeed(prisma, quiet)).toBeNull();
    expect(await prisma.enrolment.count()).toBe(0);
  });

  it('seeds once a published activity is there, and nothing more the second time', async () => {
    const { prisma } = participants;
    await prisma.activityView.create({ data: openActivityView('published') });
    const made = await seedDemoAfterFeed(prisma, quiet);
    expect(made?.enrolments).toBeGreaterThan(0);
    expect(await prisma.enrolment.count()).toBe(made?.enrolments);
    const again = await seedDemoAfterFeed(prisma, quiet);
    expect(Object.values(again ?? { none: -1 }).every((count) => count === 0)).toBe(true);
    // A later start, its offer archived since: the demo was seeded, so nothing waits.
    await prisma.activityView.update({ where: { id: 'published' }, data: { status: 'ARCHIVED' } });
    expect(await seedDemoAfterFeed(prisma, quiet)).not.toBeNull();
  });
});
