import { connectionOf, pageOf } from './connection';

describe('paging', () => {
  it('defaults the page size and starts at the beginning', () => {
    expect(pageOf(undefined, undefined)).toEqual({ offset: 0, limit: 20 });
  });

  it('refuses first outside 1..100 with BAD_USER_INPUT naming the argument', () => {
    for (const first of [0, -1, 101, 2.5]) {
      expect(() => pageOf(first, null)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }),
      );
    }
  });

  it('continues after the cursor of the last edge', () => {
    const page = pageOf(2, null);
    const first = connectionOf(['a', 'b'], 5, page);
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: first.edges[1].cursor,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
    });
    const next = pageOf(2, first.pageInfo.endCursor);
    expect(next).toEqual({ offset: 2, limit: 2 });
    const second = connectionOf(['c', 'd'], 5, next);
    expect(second.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: second.edges[1].cursor,
      hasPreviousPage: true,
      startCursor: second.edges[0].cursor,
    });
    const last = connectionOf(['e'], 5, pageOf(2, second.pageInfo.endCursor));
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });

  it('has a previous page only when `after` was given and the list still holds items before it', () => {
    const cursor = connectionOf(['a', 'b', 'c'], 3, pageOf(3, null)).edges[2].cursor;
    // Past the end of a list that shrank since: nothing on the page, but items before it.
    expect(connectionOf([], 2, pageOf(3, cursor)).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
      hasPreviousPage: true,
      startCursor: null,
    });
    // A list emptied since the cursor was handed out: nothing precedes.
    expect(connectionOf([], 0, pageOf(3, cursor)).pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => pageOf(10, 'not-a-cursor')).toThrow('The cursor is not one this list gave out.');
  });

  it('gives an empty page null cursors', () => {
    expect(connectionOf([], 0, pageOf(5, null)).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
      hasPreviousPage: false,
      startCursor: null,
    });
  });
});
