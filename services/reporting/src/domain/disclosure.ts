import { isSmallCell } from './suppression';

/**
 * Disclosure control over a whole report. A report is a set of counts (cells, by key) and the linear
 * equations a reader can write between them: a row or column adding up to a total shown elsewhere, or two
 * tables counting the same things. Withholding the counts from 1 to 4 (primary suppression) is not enough
 * when an equation gives one back: with a row total shown, the one withheld cell of that row is the total
 * minus the others. So further cells are withheld (secondary suppression) until no equation pins a withheld
 * cell. New sections of a report add their cells and equations; the rules here do not change.
 */

/** A cell's part in an equation: +1 or −1 (two tables counting the same sessions: Σ one − Σ other = 0). */
export interface Term {
  key: string;
  sign: 1 | -1;
}

/** Σ sign × cell = a value the reader knows (a total shown elsewhere, or 0 for two tables that agree). */
export interface Equation {
  /** What it says, for a test's message: "EDUCATIONAL activities add up to offerOverview's". */
  name: string;
  terms: Term[];
  /** False when the total it equals is itself withheld: the equation then tells the reader nothing. */
  known: boolean;
}

/**
 * Whether an equation, given the withheld cells, lets a reader work one of them out. A withheld count is
 * never 0 (zeros are shown, and secondary suppression picks nonzero cells), so a reader knows each is ≥ 1.
 * With withheld cells on both sides (+ and −) nothing bounds them from above: safe. On one side only,
 * they add up to a known sum S; n of them each ≥ 1 leaves each between 1 and S − (n − 1), which is one
 * value exactly when n = 1 or S = n (all ones).
 */
export function pinsACell(equation: Equation, counts: ReadonlyMap<string, number>, withheld: ReadonlySet<string>): boolean {
  if (!equation.known) return false;
  const hidden = equation.terms.filter((term) => withheld.has(term.key));
  if (!hidden.length) return false;
  if (new Set(hidden.map((term) => term.sign)).size > 1) return false;
  const sum = hidden.reduce((total, term) => total + (counts.get(term.key) ?? 0), 0);
  return hidden.length === 1 || sum <= hidden.length;
}

/**
 * The cell to withhold next in an equation that pins one: the smallest nonzero count still shown (the
 * least information lost; one of either side stops the pin). Null when every other cell is 0 (then the
 * equation's total is a count from 1 to 4, withheld itself, so a known equation does not get here).
 */
function nextToWithhold(equation: Equation, counts: ReadonlyMap<string, number>, withheld: ReadonlySet<string>): string | null {
  const candidates = equation.terms
    .filter((term) => !withheld.has(term.key) && (counts.get(term.key) ?? 0) > 0)
    .sort((a, b) => (counts.get(a.key) ?? 0) - (counts.get(b.key) ?? 0) || a.key.localeCompare(b.key));
  return candidates[0]?.key ?? null;
}

/**
 * The cells a report withholds: every count from 1 to 4, then, until no known equation pins a withheld
 * cell, the smallest shown nonzero cell of each equation that does. Deterministic (ties by key), so the
 * query and the files withhold the same cells.
 */
export function withheldCells(counts: ReadonlyMap<string, number>, equations: readonly Equation[]): Set<string> {
  const withheld = new Set([...counts].filter(([, count]) => isSmallCell(count)).map(([key]) => key));
  for (let changed = true; changed;) {
    changed = false;
    for (const equation of equations) {
      while (pinsACell(equation, counts, withheld)) {
        const next = nextToWithhold(equation, counts, withheld);
        if (next === null) break;
        withheld.add(next);
        changed = true;
      }
    }
  }
  return withheld;
}
