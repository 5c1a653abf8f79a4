import type { Follower } from '@cort/events';
import { userCaller } from '@cort/testing';
import { createContextFactory } from '../../context';
import { participantsDatabase } from '../../../test/database';
import { activityToEnrolIn } from './activity.service';
import { openActivityView } from '../../../test/activity-views';

// The activity a request enrols in is read once before the request catches up on the activities feed, known or
// not (PGlite, or PostgreSQL with TEST_DATABASE_URL).
describe(`reading the activity to enrol in (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  const participants = participantsDatabase();

  const view = (id: string) => participants.prisma.activityView.create({ data: openActivityView(id) });
  const caller = userCaller(['COORDINATOR'], { sub: 'coordinator-1' });

  it('reads a known activity once', async () => {
    const known = await view('activity-known');
    let catchUps = 0;
    const contextOf = createContextFactory(participants.prisma, { catchUp: async () => void catchUps++ });
    participants.db.statements.reset();
    expect(await activityToEnrolIn(contextOf({ caller, requestId: 'known' }), known.id)).toEqual(known);
    expect(participants.db.statements.count).toBe(1);
    expect(catchUps).toBe(0);
  });

  it('reads an activity it has not heard of once before catching up, and once after', async () => {
    // The feed brings the activity on the first catch-up; the statements made before it are the request's reads.
    const readsBeforeCatchUp: number[] = [];
    const feed: Follower = {
      catchUp: async () => {
        readsBeforeCatchUp.push(participants.db.statements.count);
        await view('activity-new');
      },
    };
    const contextOf = createContextFactory(participants.prisma, feed);
    participants.db.statements.reset();
    const activity = await activityToEnrolIn(contextOf({ caller, requestId: 'new' }), 'activity-new');
    expect(activity).toMatchObject({ id: 'activity-new', status: 'PUBLISHED' });
    expect(readsBeforeCatchUp).toEqual([1]);
    // The read before, the feed's insert, the read after.
    expect(participants.db.statements.count).toBe(3);
  });
});
