/**
 * Asks again until the answer satisfies the check: the services learn of each other's changes from event
 * feeds, within about a second under `npm start`. Fails with the last answer after `timeoutMs`.
 */
export async function eventually<T>(ask: () => Promise<T>, check: (answer: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (check(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`Still not there after ${timeoutMs} ms: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
