import solver from 'javascript-lp-solver';
import type { Equation } from '../src/domain/disclosure';

/**
 * A reader trying to work out withheld counts from what a report shows, by linear programming: every
 * shown count is a constant, every withheld one an unknown of at least 1 (zeros are shown), and the
 * report's own equations and bounds hold. A withheld cell is recovered when its smallest and largest
 * feasible values leave a single whole number.
 */
export interface Inequality {
  name: string;
  terms: { key: string; coefficient: number }[];
  /** Σ coefficient × cell ≥ atLeast. */
  atLeast: number;
}

export interface Attack {
  counts: ReadonlyMap<string, number>;
  withheld: ReadonlySet<string>;
  /** Only the known ones: an equation whose total is withheld tells the reader nothing. */
  equations: readonly Equation[];
  inequalities?: readonly Inequality[];
}

type Model = Parameters<typeof solver.Solve>[0];

function model({ counts, withheld, equations, inequalities = [] }: Attack, target: string, opType: 'min' | 'max'): Model {
  const constraints: Record<string, { equal?: number; min?: number }> = {};
  const variables: Record<string, Record<string, number>> = {};
  for (const key of withheld) variables[key] = { [`floor:${key}`]: 1, objective: key === target ? 1 : 0 };
  for (const key of withheld) constraints[`floor:${key}`] = { min: 1 };
  const add = (name: string, terms: { key: string; coefficient: number }[], bound: { equal?: number; min?: number }) => {
    let shown = 0;
    let unknowns = 0;
    for (const { key, coefficient } of terms) {
      if (withheld.has(key)) {
        variables[key][name] = (variables[key][name] ?? 0) + coefficient;
        unknowns++;
      } else shown += coefficient * (counts.get(key) ?? 0);
    }
    if (!unknowns) return;
    constraints[name] = bound.equal !== undefined ? { equal: bound.equal - shown } : { min: bound.min! - shown };
  };
  for (const [index, equation] of equations.entries()) {
    if (!equation.known) continue;
    const terms = equation.terms.map(({ key, sign }) => ({ key, coefficient: sign }));
    const total = terms.reduce((sum, { key, coefficient }) => sum + coefficient * (counts.get(key) ?? 0), 0);
    add(`eq${index}`, terms, { equal: total });
  }
  for (const [index, inequality] of inequalities.entries()) add(`ineq${index}`, inequality.terms, { min: inequality.atLeast });
  return { optimize: 'objective', opType, constraints, variables } as Model;
}

const EPSILON = 1e-6;

/** The withheld cells the reader can work out exactly (none, when the report is safe). */
export function recoveredCells(attack: Attack): string[] {
  const recovered: string[] = [];
  for (const key of attack.withheld) {
    const low = solver.Solve(model(attack, key, 'min')) as { feasible: boolean; bounded?: boolean; result: number };
    const high = solver.Solve(model(attack, key, 'max')) as { feasible: boolean; bounded?: boolean; result: number };
    if (!low.feasible || !high.feasible) throw new Error(`the true report is infeasible for ${key}: the attack's model is wrong`);
    if (high.bounded === false || !Number.isFinite(high.result)) continue;
    if (Math.floor(high.result + EPSILON) - Math.ceil(low.result - EPSILON) < 1) recovered.push(key);
  }
  return recovered;
}
