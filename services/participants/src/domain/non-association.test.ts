import { isOpen, keptApartFromAnyOf, otherOf, pairOf, textOf } from './non-association';

describe('a non-association pair', () => {
  it('is two different participants, kept in id order whatever order they were given in', () => {
    expect(pairOf(['b', 'a'])).toEqual({ participantAId: 'a', participantBId: 'b' });
    expect(pairOf(['a', 'b'])).toEqual(pairOf(['b', 'a']));
  });

  it('refuses one, three or twice the same participant', () => {
    expect(pairOf(['a'])).toEqual({ problem: expect.stringMatching(/exactly two/) });
    expect(pairOf(['a', 'b', 'c'])).toEqual({ problem: expect.stringMatching(/exactly two/) });
    expect(pairOf([])).toEqual({ problem: expect.stringMatching(/exactly two/) });
    expect(pairOf(['a', ' a'])).toEqual({ problem: expect.stringMatching(/two different/) });
  });

  it('names the other person from either side', () => {
    const pair = { participantAId: 'a', participantBId: 'b' };
    expect(otherOf(pair, 'a')).toBe('b');
    expect(otherOf(pair, 'b')).toBe('a');
  });

  it('keeps a text trimmed, an empty one as null, and refuses one too long', () => {
    expect(textOf('  Co-beklaagden.  ')).toBe('Co-beklaagden.');
    expect(textOf('   ')).toBeNull();
    expect(textOf(undefined)).toBeNull();
    expect(textOf('x'.repeat(1001))).toEqual({ problem: expect.stringMatching(/1000/) });
  });

  it('is open until it is closed', () => {
    expect(isOpen({ closedAt: null })).toBe(true);
    expect(isOpen({ closedAt: new Date() })).toBe(false);
  });

  it('keeps someone apart from a group only by an open one naming them and one of the group', () => {
    const open = { participantAId: 'a', participantBId: 'b', closedAt: null };
    const closed = { participantAId: 'a', participantBId: 'c', closedAt: new Date() };
    const elsewhere = { participantAId: 'd', participantBId: 'e', closedAt: null };
    expect(keptApartFromAnyOf([open], 'b', new Set(['a']))).toBe(true);
    expect(keptApartFromAnyOf([open], 'a', new Set(['b', 'x']))).toBe(true);
    expect(keptApartFromAnyOf([open], 'b', new Set(['x']))).toBe(false);
    expect(keptApartFromAnyOf([closed], 'a', new Set(['c']))).toBe(false);
    expect(keptApartFromAnyOf([elsewhere], 'a', new Set(['d', 'e']))).toBe(false);
  });
});
