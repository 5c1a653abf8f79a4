/**
 * Small-cell suppression: a report is aggregate-only, and a count from 1 to 4 could point at a person
 * (detainee data is GDPR Art. 10 data), so it is withheld as null. 0 says nothing about anyone and stays.
 */
export const SMALLEST_SHOWN = 5;

export const isSmallCell = (count: number) => count > 0 && count < SMALLEST_SHOWN;

export const suppress = (count: number): number | null => (isSmallCell(count) ? null : count);

/** A row's counts with the small ones withheld; `suppressed` tells the reader that some cell was. */
export function suppressRow<Key extends string>(counts: Record<Key, number>): Record<Key, number | null> & { suppressed: boolean } {
  const cells = Object.entries(counts) as [Key, number][];
  const shown = Object.fromEntries(cells.map(([key, count]) => [key, suppress(count)])) as Record<Key, number | null>;
  return { ...shown, suppressed: cells.some(([, count]) => isSmallCell(count)) };
}
