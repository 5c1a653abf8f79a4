import { RequestQueue, type Outcome } from './request-queue';

/** A handler whose groups end when the test says so, recording each group it was given. */
function controlled() {
  const groups: { key: string; items: number[]; finish: (outcomes?: Outcome<string>[]) => void; fail: (error: unknown) => void }[] = [];
  const handle = (key: string, items: number[]) =>
    new Promise<Outcome<string>[]>((resolve, reject) => {
      groups.push({ key, items, finish: (outcomes) => resolve(outcomes ?? items.map((n) => ({ value: `${key}:${n}` }))), fail: reject });
    });
  return { groups, handle };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the request queue', () => {
  it('starts a lone request at once as a group of one', async () => {
    const { groups, handle } = controlled();
    const queue = new RequestQueue(handle);
    const answer = queue.add('a', 1);
    await settle();
    expect(groups.map((g) => g.items)).toEqual([[1]]);
    groups[0]!.finish();
    await expect(answer).resolves.toBe('a:1');
  });

  it('gathers the requests that arrive while a group runs into the next group, in their order, capped', async () => {
    const { groups, handle } = controlled();
    const queue = new RequestQueue(handle, 3);
    const answers = [1, 2, 3, 4, 5, 6].map((n) => queue.add('a', n));
    await settle();
    expect(groups.map((g) => g.items)).toEqual([[1]]);
    groups[0]!.finish();
    await settle();
    expect(groups.map((g) => g.items)).toEqual([[1], [2, 3, 4]]);
    groups[1]!.finish();
    await settle();
    groups[2]!.finish();
    await expect(Promise.all(answers)).resolves.toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6']);
    expect(groups.map((g) => g.items)).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('runs the groups of different keys side by side', async () => {
    const { groups, handle } = controlled();
    const queue = new RequestQueue(handle);
    const answers = [queue.add('a', 1), queue.add('b', 2)];
    await settle();
    expect(groups.map((g) => [g.key, g.items])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
    groups.forEach((g) => g.finish());
    await expect(Promise.all(answers)).resolves.toEqual(['a:1', 'b:2']);
  });

  it("gives each member its own answer or its own error, and a failed group's error to all its members", async () => {
    const { groups, handle } = controlled();
    const queue = new RequestQueue(handle);
    const first = queue.add('a', 1);
    const mixed = [queue.add('a', 2), queue.add('a', 3)];
    const last = queue.add('a', 4);
    await settle();
    groups[0]!.fail(new Error('down'));
    await expect(first).rejects.toThrow('down');
    await settle();
    groups[1]!.finish([{ value: 'two' }, { error: new Error('three refused') }, { value: 'four' }]);
    await expect(mixed[0]).resolves.toBe('two');
    await expect(mixed[1]).rejects.toThrow('three refused');
    await expect(last).resolves.toBe('four');
  });

  it('is idle again once its queue is empty: a later request starts at once', async () => {
    const { groups, handle } = controlled();
    const queue = new RequestQueue(handle);
    const answer = queue.add('a', 1);
    await settle();
    groups[0]!.finish();
    await answer;
    await settle();
    const later = queue.add('a', 2);
    await settle();
    expect(groups.map((g) => g.items)).toEqual([[1], [2]]);
    groups[1]!.finish();
    await expect(later).resolves.toBe('a:2');
  });
});
