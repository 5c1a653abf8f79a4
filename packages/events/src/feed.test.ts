import { decodeCursor, encodeCursor, START } from './feed';

describe('feed cursors', () => {
  it('round-trip a position, and start before everything without one', () => {
    const at = { transactionId: BigInt('9007199254740993'), position: BigInt(42) };
    expect(decodeCursor(encodeCursor(at))).toEqual(at);
    expect(decodeCursor(undefined)).toEqual(START);
    expect(decodeCursor('')).toEqual(START);
  });

  it('refuse a cursor the feed did not give out', () => {
    expect(() => decodeCursor('bogus')).toThrow(RangeError);
    expect(() => decodeCursor(Buffer.from('1;2').toString('base64url'))).toThrow('The cursor is not one this feed gave out.');
  });
});
