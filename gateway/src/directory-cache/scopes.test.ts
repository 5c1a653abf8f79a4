import { answerTags, recentPrisons, tagsToDrop } from './scopes';

describe('what a directory answer shows', () => {
  it('is one prison’s offer, one activity, or the whole offer', () => {
    expect(answerTags('PublicOffer', { language: 'NL', prisonId: 'HAREN' })).toEqual(['directory', 'prison:HAREN']);
    expect(answerTags('Activity', { id: 'a1', language: 'FR' })).toEqual(['directory', 'activity:a1']);
    expect(answerTags('PublicOffer', { language: 'NL' })).toEqual(['directory', 'offer']);
    expect(answerTags('Prisons', { language: 'EN' })).toEqual(['directory', 'offer']);
    // An `id` of another operation is not an activity's.
    expect(answerTags('Organisation', { id: 'o1' })).toEqual(['directory', 'offer']);
  });
});

describe('what a change of the offer drops', () => {
  it('drops the prison, the activity and the whole offer, and learns the prison of the activity', () => {
    const prisonOf = new Map<string, string>();
    expect(tagsToDrop([{ type: 'ActivityPublished', activityId: 'a1', prisonId: 'HAREN' }], prisonOf).sort()).toEqual(
      ['activity:a1', 'offer', 'prison:HAREN'].sort(),
    );
    expect(tagsToDrop([{ type: 'SessionMoved', activityId: 'a1' }], prisonOf).sort()).toEqual(
      ['activity:a1', 'offer', 'prison:HAREN'].sort(),
    );
  });

  it('drops everything for a session of an activity whose prison it does not know yet', () => {
    expect(tagsToDrop([{ type: 'SessionScheduled', activityId: 'a9' }], new Map())).toEqual(['directory']);
  });

  it('drops nothing for changes the directory does not show, yet learns from them', () => {
    const prisonOf = new Map<string, string>();
    expect(
      tagsToDrop(
        [
          { type: 'ActivityCreated', activityId: 'a2', prisonId: 'GENT' },
          { type: 'SessionHeld', activityId: 'a2' },
        ],
        prisonOf,
      ),
    ).toEqual([]);
    expect(tagsToDrop([{ type: 'SessionCancelled', activityId: 'a2' }], prisonOf).sort()).toEqual(
      ['activity:a2', 'offer', 'prison:GENT'].sort(),
    );
  });

  it('remembers the prisons of the most recently seen activities only, and drops everything for one it forgot', () => {
    const prisonOf = recentPrisons(2);
    tagsToDrop(
      [
        { type: 'ActivityCreated', activityId: 'a1', prisonId: 'HAREN' },
        { type: 'ActivityCreated', activityId: 'a2', prisonId: 'GENT' },
      ],
      prisonOf,
    );
    // a1 is used again, so a2 is now the oldest: a3 makes it forgotten.
    expect(tagsToDrop([{ type: 'SessionMoved', activityId: 'a1' }], prisonOf)).toContain('prison:HAREN');
    tagsToDrop([{ type: 'ActivityCreated', activityId: 'a3', prisonId: 'BRUGGE' }], prisonOf);
    expect(prisonOf.size).toBe(2);
    expect(tagsToDrop([{ type: 'SessionMoved', activityId: 'a2' }], prisonOf)).toEqual(['directory']);
    expect(tagsToDrop([{ type: 'SessionMoved', activityId: 'a1' }], prisonOf)).toContain('prison:HAREN');
    expect(tagsToDrop([{ type: 'SessionMoved', activityId: 'a3' }], prisonOf)).toContain('prison:BRUGGE');
  });
});
