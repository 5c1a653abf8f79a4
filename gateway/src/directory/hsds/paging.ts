import { badInput } from '../public-response';

export const DEFAULT_PER_PAGE = 50;
/** As many as one page of the graph's own offer. */
export const MAX_PER_PAGE = 100;

export interface PageRequest {
  page: number;
  perPage: number;
}

function positiveInteger(raw: unknown, field: string, fallback: number, max?: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= (max ?? Infinity))) {
    throw badInput(field, `${field} must be a whole number ${max ? `from 1 to ${max}` : 'of at least 1'}.`);
  }
  return value;
}

/** `page` (from 1) and `per_page` (1 to 100, 50 unless given), as the HSDS API names them. */
export function pageRequestOf(query: Record<string, unknown>): PageRequest {
  return {
    page: positiveInteger(query.page, 'page', 1),
    perPage: positiveInteger(query.per_page, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE),
  };
}

/** HSDS's Page: the totals, where this page is, and its contents (a page past the last is empty). */
export function hsdsPage<T>(items: readonly T[], { page, perPage }: PageRequest) {
  const contents = items.slice((page - 1) * perPage, page * perPage);
  const totalPages = Math.ceil(items.length / perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
