import { DirectoryFailure } from '../reads';
import { hsdsPage, pageRequestOf } from './paging';

describe('HSDS paging', () => {
  it('reads page and per_page: 1 and 50 unless given, per_page at most 100', () => {
    expect(pageRequestOf({})).toEqual({ page: 1, perPage: 50 });
    expect(pageRequestOf({ page: '3', per_page: '100' })).toEqual({ page: 3, perPage: 100 });
    for (const query of [{ page: '0' }, { page: '-1' }, { page: '1.5' }, { per_page: '101' }, { per_page: 'ten' }, { page: ['1', '2'] }]) {
      expect(() => pageRequestOf(query)).toThrow(DirectoryFailure);
    }
  });

  it('says where a page is and what it holds', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(hsdsPage(items, { page: 2, perPage: 3 })).toEqual({
      total_items: 7,
      total_pages: 3,
      page_number: 2,
      size: 3,
      first_page: false,
      last_page: false,
      empty: false,
      contents: [3, 4, 5],
    });
    expect(hsdsPage(items, { page: 3, perPage: 3 })).toMatchObject({ size: 1, last_page: true, contents: [6] });
    expect(hsdsPage(items, { page: 9, perPage: 3 })).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
    expect(hsdsPage([], { page: 1, perPage: 3 })).toMatchObject({ total_pages: 0, first_page: true, last_page: true, empty: true });
  });
});
