/** What one member of a group gets: its own answer or its own error. */
export type Outcome<R> = { value: R } | { error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Requests that queue on the same key (an activity) are handled together: while one group is being
 * handled, those that arrive wait and form the next group, at most `maxGroup` of them. A key with
 * nothing running starts at once, so a lone request is a group of one and waits for nothing. `handle`
 * answers every member of a group, in the order given; if it throws, every member gets that error.
 */
export class RequestQueue<T, R> {
  private readonly waiting = new Map<string, Waiting<T, R>[]>();

  constructor(
    private readonly handle: (key: string, group: T[]) => Promise<Outcome<R>[]>,
    private readonly maxGroup = 50,
  ) {}

  add(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) return void queue.push({ item, resolve, reject });
      this.waiting.set(key, [{ item, resolve, reject }]);
      void this.next(key);
    });
  }

  /** Handles the next group of `key`, then the one after, until none waits (the key is then idle again). */
  private async next(key: string): Promise<void> {
    const queue = this.waiting.get(key)!;
    while (queue.length) {
      const group = queue.splice(0, this.maxGroup);
      let outcomes: Outcome<R>[];
      try {
        outcomes = await this.handle(
          key,
          group.map((member) => member.item),
        );
      } catch (error) {
        outcomes = group.map(() => ({ error }));
      }
      group.forEach((member, index) => {
        const outcome = outcomes[index];
        if (outcome && 'value' in outcome) member.resolve(outcome.value);
        else member.reject(outcome ? outcome.error : new Error('A group was answered without this request.'));
      });
    }
    this.waiting.delete(key);
  }
}
