import { runsOf } from './runs';

describe('runsOf', () => {
  const sameLetter = (a: string, b: string) => a[0] === b[0];

  it('cuts a list into its stretches of consecutive items that belong together, in order', () => {
    expect(runsOf(['a1', 'a2', 'b1', 'a3', 'c1', 'c2', 'c3'], sameLetter)).toEqual([['a1', 'a2'], ['b1'], ['a3'], ['c1', 'c2', 'c3']]);
  });

  it('gives no run for no items, and one for a single item', () => {
    expect(runsOf([], sameLetter)).toEqual([]);
    expect(runsOf(['a1'], sameLetter)).toEqual([['a1']]);
  });

  it('asks about each item and the one just before it, so a chain of neighbours is one run', () => {
    const close = (a: number, b: number) => Math.abs(a - b) <= 1;
    expect(runsOf([1, 2, 3, 5, 6, 9], close)).toEqual([[1, 2, 3], [5, 6], [9]]);
  });

  it('keeps every item once, so the runs put together give the list back', () => {
    const items = ['b1', 'b2', 'a1', 'b3', 'b4', 'b5'];
    expect(runsOf(items, sameLetter).flat()).toEqual(items);
  });
});
