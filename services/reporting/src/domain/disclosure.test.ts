import { pinsACell, withheldCells, type Equation } from './disclosure';

const cells = (entries: Record<string, number>) => new Map(Object.entries(entries));
const sum = (keys: string[], known = true): Equation => ({ name: 'row', terms: keys.map((key) => ({ key, sign: 1 })), known });

describe('disclosure control over a report', () => {
  it('withholds counts from 1 to 4 and keeps 0 and 5 or more when no equation links them', () => {
    expect([...withheldCells(cells({ a: 0, b: 1, c: 4, d: 5, e: 40 }), [])].sort()).toEqual(['b', 'c']);
  });

  it('withholds the smallest other nonzero cell of a row whose total is shown, so the withheld one is not the total minus the rest', () => {
    const counts = cells({ a: 3, b: 0, c: 9, d: 6 });
    expect([...withheldCells(counts, [sum(['a', 'b', 'c', 'd'])])].sort()).toEqual(['a', 'd']);
  });

  it('adds cells while the withheld ones are all ones (1 + 1 = 2 tells each is 1)', () => {
    const counts = cells({ a: 1, b: 1, c: 1, d: 8 });
    // a, b and c withheld add up to 3 over three cells: each is 1. d joins: 11 over four cells.
    expect([...withheldCells(counts, [sum(['a', 'b', 'c', 'd'])])].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('needs nothing more when the total itself is withheld, or when withheld cells sit on both sides', () => {
    expect([...withheldCells(cells({ a: 3, b: 0 }), [sum(['a', 'b'], false)])]).toEqual(['a']);
    const both: Equation = {
      name: 'same sessions',
      terms: [
        { key: 'x', sign: 1 },
        { key: 'y', sign: -1 },
        { key: 'z', sign: 1 },
      ],
      known: true,
    };
    expect([...withheldCells(cells({ x: 2, y: 2, z: 7 }), [both])].sort()).toEqual(['x', 'y']);
  });

  it('follows equations into each other until none pins a cell', () => {
    const counts = cells({ a: 2, b: 6, c: 7 });
    const equations = [sum(['a', 'b']), sum(['b', 'c'])];
    // a pins b in the first; b then pins c in the second.
    expect([...withheldCells(counts, equations)].sort()).toEqual(['a', 'b', 'c']);
    for (const equation of equations) expect(pinsACell(equation, counts, withheldCells(counts, equations))).toBe(false);
  });
});
