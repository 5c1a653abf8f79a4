import { CUTOFF, databaseName, retentionWorld } from '../../test/retention-world';
import { anonymiseDue, countDue } from './anonymise';

// Retention of feedback comments (PGlite, or PostgreSQL with TEST_DATABASE_URL): a comment is free text
// that may name people, so it goes once the form is older than the retention period; the scores stay,
// for the figures. A second run finds nothing.

describe(`retention of feedback comments (${databaseName()})`, () => {
  const world = retentionWorld('B');

  const form = (receivedOn: string, comment: string | null) => ({
    activityId: 'a1',
    prisonId: 'HAREN',
    receivedOn: new Date(receivedOn),
    satisfaction: 4,
    learned: 3,
    atmosphere: 5,
    wouldRecommend: true,
    comment,
  });

  beforeAll(async () => {
    await world.prisma.feedbackForm.createMany({
      data: [form('2025-05-31', 'Jan maakte grappen.'), form('2025-05-31', null), form('2025-06-01', 'Fijne groep.')],
    });
  });

  it('clears the comments of forms entered before the cut-off, keeping their scores, once', async () => {
    expect(await countDue(world.prisma, CUTOFF)).toMatchObject({ feedbackComments: 1 });
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ feedbackComments: 1 });
    const forms = await world.prisma.feedbackForm.findMany({ orderBy: [{ receivedOn: 'asc' }, { satisfaction: 'asc' }] });
    expect(forms.map((f) => f.comment).sort()).toEqual(['Fijne groep.', null, null].sort());
    expect(forms.every((f) => f.satisfaction === 4 && f.atmosphere === 5)).toBe(true);
    expect(await anonymiseDue(world.prisma, CUTOFF)).toMatchObject({ feedbackComments: 0 });
  });
});
