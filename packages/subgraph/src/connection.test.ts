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
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1].cursor });
    const next = pageOf(2, first.pageInfo.endCursor);
    expect(next).toEqual({ offset: 2, limit: 2 });
    const last = connectionOf(['e'], 5, pageOf(2, connectionOf(['c', 'd'], 5, next).pageInfo.endCursor));
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not give out', () => {
    expect(() => pageOf(10, 'not-a-cursor')).toThrow('The cursor is not one this list gave out.');
  });

  it('gives an empty page a null end cursor', () => {
    expect(connectionOf([], 0, pageOf(5, null)).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
