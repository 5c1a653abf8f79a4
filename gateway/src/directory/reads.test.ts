import { MemoryAnswerCache } from '../directory-cache/answer-cache';
import { PublicOperations, readPublicOperation } from '../public-operations';
import { PublicAnswers, type GraphAnswer } from './public-answers';
import { DirectoryFailure, DirectoryReads } from './reads';

const operations = new PublicOperations(
  ['Prisons', 'PublicOffer', 'Activity'].map((name) => readPublicOperation(`${name}.graphql`, `query ${name} { __typename }`)),
);

const node = (id: string) => ({ id, title: `Activity ${id}` });
const ACTIVITY_ID = '6f1d0c1e-8e4a-4d5b-9a57-1b2f3c4d5e6f';

/** Reads over a fake graph: `reply(operation name, variables)`. */
function readsOver(reply: (name: string, variables: Record<string, any>) => GraphAnswer) {
  const asked: { name: string; variables: Record<string, any> }[] = [];
  const answers = new PublicAnswers(
    operations,
    async (query, variables) => {
      const name = /^query (\w+)/.exec(query)![1];
      asked.push({ name, variables });
      return reply(name, variables);
    },
    0,
    new MemoryAnswerCache(),
  );
  return { reads: new DirectoryReads(answers, 'request-1'), asked };
}

describe('DirectoryReads', () => {
  it('walks every page of the offer, 100 at a time, with the filter given', async () => {
    const { reads, asked } = readsOver((_name, variables) => ({
      data: {
        publicOffer: {
          edges: [{ node: node(variables.after ?? 'first') }],
          pageInfo: { hasNextPage: !variables.after, endCursor: 'next' },
        },
      },
    }));
    const offer = await reads.offer('fr', { prisonId: 'HAREN', category: undefined });
    expect(offer.map((activity) => activity.id)).toEqual(['first', 'next']);
    expect(asked.map((ask) => ask.variables)).toEqual([
      { language: 'FR', first: 100, prisonId: 'HAREN' },
      { language: 'FR', first: 100, prisonId: 'HAREN', after: 'next' },
    ]);
    expect(reads.complete).toBe(true);
  });

  it('finds one activity through directory/Activity, and nothing for another id or a non-UUID', async () => {
    const { reads, asked } = readsOver((_name, variables) =>
      variables.id === ACTIVITY_ID
        ? { data: { publicActivity: node(ACTIVITY_ID) } }
        : { data: null, errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] },
    );
    expect((await reads.activity(ACTIVITY_ID, 'nl'))?.id).toBe(ACTIVITY_ID);
    expect(await reads.activity('0a000000-0000-4000-8000-000000000001', 'nl')).toBeNull();
    expect(await reads.activity('HAREN', 'nl')).toBeNull();
    expect(asked).toHaveLength(2);
  });

  it('uses a partial answer but says it is not complete; fails without data, in the gateway’s words', async () => {
    const partial = readsOver(() => ({
      data: { prisons: [] },
      errors: [{ message: 'x', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }],
    }));
    expect(await partial.reads.prisons('nl')).toEqual([]);
    expect(partial.reads.complete).toBe(false);

    const down = readsOver(() => ({ errors: [{ message: 'x', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }] }));
    await expect(down.reads.prisons('nl')).rejects.toMatchObject({ status: 503, code: 'DOWNSTREAM_SERVICE_ERROR' });
    const refused = readsOver(() => ({
      errors: [{ message: 'first must be at most 100', extensions: { code: 'BAD_USER_INPUT', field: 'first' } }],
    }));
    await expect(refused.reads.offer('nl')).rejects.toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'first' });
    const broken = readsOver(() => ({ errors: [{ message: 'secret detail', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    const failure = await broken.reads.prisons('nl').catch((error: DirectoryFailure) => error);
    expect(failure).toMatchObject({ status: 500, code: 'INTERNAL_SERVER_ERROR' });
    expect((failure as Error).message).not.toContain('secret');
  });
});
