import { available, promotions } from './waiting-list';

const list = (...ids: string[]) => ids.map((id, index) => ({ id, position: index + 1 }));

describe('available', () => {
  it('counts the free places', () => {
    expect(available(12, 9)).toBe(3);
    expect(available(12, 12)).toBe(0);
  });

  it('is never negative when the capacity was lowered below the enrolled', () => {
    expect(available(8, 10)).toBe(0);
  });
});

describe('promotions', () => {
  it('promotes the head of the list into a freed place', () => {
    expect(promotions({ capacity: 10, enrolled: 9, waitlist: list('a', 'b', 'c') })).toEqual(['a']);
  });

  it('promotes nobody while the activity is full', () => {
    expect(promotions({ capacity: 10, enrolled: 10, waitlist: list('a', 'b') })).toEqual([]);
  });

  it('promotes nobody, and un-enrols nobody, when the capacity was lowered below the enrolled', () => {
    expect(promotions({ capacity: 8, enrolled: 10, waitlist: list('a', 'b') })).toEqual([]);
  });

  it('promotes several, head first, when the capacity was raised', () => {
    expect(promotions({ capacity: 13, enrolled: 10, waitlist: list('a', 'b', 'c', 'd') })).toEqual(['a', 'b', 'c']);
  });

  it('promotes everyone waiting when there are more places than people', () => {
    expect(promotions({ capacity: 20, enrolled: 10, waitlist: list('a', 'b') })).toEqual(['a', 'b']);
  });

  it('returns nothing for an empty list', () => {
    expect(promotions({ capacity: 20, enrolled: 0, waitlist: [] })).toEqual([]);
  });

  it('follows the positions, not the order the rows came in', () => {
    const waitlist = [
      { id: 'c', position: 3 },
      { id: 'a', position: 1 },
      { id: 'b', position: 2 },
    ];
    expect(promotions({ capacity: 2, enrolled: 0, waitlist })).toEqual(['a', 'b']);
    expect(waitlist.map((p) => p.id)).toEqual(['c', 'a', 'b']); // the input is left alone
  });
});
