import type { Category } from './report-events';
import { suppressRow } from './suppression';

/** The report's three rows, always in this order, also when a category had nothing. */
export const CATEGORIES: readonly Category[] = ['EDUCATIONAL', 'PSYCHOSOCIAL', 'SOCIOCULTURAL'];

export interface OfferCounts {
  activities: number;
  sessionsHeld: number;
  participants: number;
}

export interface OfferRow {
  category: Category;
  activities: number | null;
  sessionsHeld: number | null;
  participants: number | null;
  suppressed: boolean;
}

const NOTHING: OfferCounts = { activities: 0, sessionsHeld: 0, participants: 0 };

/** The rows as a reader sees them: one per category, small counts withheld. */
export function offerRows(counts: Partial<Record<Category, OfferCounts>>): OfferRow[] {
  return CATEGORIES.map((category) => ({ category, ...suppressRow<keyof OfferCounts>({ ...(counts[category] ?? NOTHING) }) }));
}
