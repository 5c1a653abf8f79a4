import { PublicOperations, readPublicOperation } from '../public-operations';
import { PublicAnswers, type GraphAnswer } from './public-answers';

const operations = new PublicOperations([
  readPublicOperation('Prisons.graphql', 'query Prisons($language: Language!) { prisons { id name(language: $language) } }'),
]);

function answersWith(reply: () => Promise<GraphAnswer>, maxAgeMs = 60_000) {
  let now = 0;
  const runs: Record<string, unknown>[] = [];
  const answers = new PublicAnswers(
    operations,
    async (_query, variables) => {
      runs.push(variables);
      return reply();
    },
    maxAgeMs,
    () => now,
  );
  return { answers, runs, later: (ms: number) => (now += ms) };
}

const clean: GraphAnswer = { data: { prisons: [{ id: 'HAREN', name: 'Haren' }] } };

describe('PublicAnswers', () => {
  it('runs an operation once and keeps its clean answer for the max-age, whatever the order of the variables', async () => {
    const { answers, runs, later } = answersWith(async () => clean);
    expect(await answers.answer('Prisons', { language: 'NL', first: 1 }, 'r1')).toEqual(clean);
    await answers.answer('Prisons', { first: 1, language: 'NL' }, 'r2');
    expect(runs).toHaveLength(1);
    await answers.answer('Prisons', { language: 'FR' }, 'r3');
    expect(runs).toHaveLength(2);
    later(60_001);
    await answers.answer('Prisons', { language: 'NL', first: 1 }, 'r4');
    expect(runs).toHaveLength(3);
  });

  it('makes concurrent asks for the same answer wait for one execution', async () => {
    const { answers, runs } = answersWith(async () => clean);
    await Promise.all([1, 2, 3].map((n) => answers.answer('Prisons', { language: 'NL' }, `r${n}`)));
    expect(runs).toHaveLength(1);
  });

  it('never keeps an answer with errors, nor a failed execution', async () => {
    let reply: () => Promise<GraphAnswer> = async () => ({ data: { prisons: [] }, errors: [{ message: 'partial' }] });
    const { answers, runs } = answersWith(() => reply());
    await answers.answer('Prisons', { language: 'NL' }, 'r1');
    reply = () => Promise.reject(new Error('down'));
    await expect(answers.answer('Prisons', { language: 'NL' }, 'r2')).rejects.toThrow('down');
    reply = async () => clean;
    await answers.answer('Prisons', { language: 'NL' }, 'r3');
    await answers.answer('Prisons', { language: 'NL' }, 'r4');
    expect(runs).toHaveLength(3);
  });

  it('keeps nothing with a max-age of 0, and knows only the contract’s operations', async () => {
    const { answers, runs } = answersWith(async () => clean, 0);
    await answers.answer('Prisons', { language: 'NL' }, 'r1');
    await answers.answer('Prisons', { language: 'NL' }, 'r2');
    expect(runs).toHaveLength(2);
    expect(answers.has('Activity')).toBe(false);
    expect(() => answers.answer('Activity', {}, 'r3')).toThrow('contract/directory has no operation Activity');
  });
});
