import fc from 'fast-check';
import {
  CANCELLATION_REASONS,
  cellKey,
  cellsOf,
  DOMAINS,
  equationsOf,
  GENDERS,
  LEGAL_STATUSES,
  MONTHS,
  PARTNER_COUNTS,
  showYear,
  type YearCounts,
} from '../src/domain/annual-report';
import { reportSections } from '../src/domain/annual-report-sections';
import { ATTENDANCE_CODES, RATE_CODES } from '../src/domain/attendance';
import { withheldCells } from '../src/domain/disclosure';
import { CATEGORIES } from '../src/domain/offer-overview';
import { isSmallCell } from '../src/domain/suppression';
import { recoveredCells, type Inequality } from './recovery-attack';

// Issue 15: no withheld count of an annual report can be worked out from the rest of it. For random
// reports, a reader solving the report's own linear constraints (offerOverview's category totals, the
// cancelled sessions counted twice, the months counting the marks again, the target groups' total, each cell's distinct participants bounded
// by their category's) by linear programming pins none of the withheld cells, the partner counts included. Counts are drawn small on
// purpose: most cells are 0 to 9, where suppression has the most to do.

const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: 5, max: 30 }) },
);
const pairs = CATEGORIES.flatMap((category) => DOMAINS.map((domain) => `${category}/${domain}` as const));

/** A year of a prison: offer cells, cancelled sessions each with a cell and a reason, and the rest. */
const yearCounts = fc
  .record({
    offer: fc.array(fc.tuple(count, count, count, count), { minLength: pairs.length, maxLength: pairs.length }),
    // Few cells in use, so that rows with one or two nonzero cells are common.
    used: fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
    cancelled: fc.array(fc.tuple(fc.nat(pairs.length - 1), fc.nat(CANCELLATION_REASONS.length - 1)), { maxLength: 40 }),
    groups: fc.array(count, { minLength: 6, maxLength: 6 }),
    partners: fc.tuple(count, count, count),
    overlap: fc.double({ min: 0, max: 1, noNaN: true }),
    // Marks as (category, month, code).
    marks: fc.array(fc.tuple(fc.nat(CATEGORIES.length - 1), fc.nat(MONTHS.length - 1), fc.nat(ATTENDANCE_CODES.length - 1)), {
      maxLength: 80,
    }),
  })
  .map(({ offer, used, cancelled, groups, partners, overlap, marks }) => {
    const counts: YearCounts = {
      offer: {},
      targetGroups: {},
      marks: {},
      markedParticipants: {},
      cancellations: {},
      dropouts: {},
      waiting: {},
      needs: { wishes: 0, answered: 0 },
      partners: { organisations: partners[0], staff: partners[1], volunteers: partners[2], volunteerHours: partners[2] * 7.25 },
      actionPlan: { actions: 0, done: 0 },
      months: {},
    };
    const month = (m: number) => (counts.months[m] ??= { present: 0, absent: 0, participants: 0 });
    pairs.forEach((pair, index) => {
      if (!used[index]) return;
      const [activities, sessionsHeld, hours, participants] = offer[index];
      counts.offer[pair] = { activities, sessionsHeld, sessionsCancelled: 0, hours, participants };
    });
    // The months count the categories' marks again.
    for (const [c, m, k] of marks) {
      const code = ATTENDANCE_CODES[k];
      const category = (counts.marks[CATEGORIES[c]] ??= {});
      category[code] = (category[code] ?? 0) + 1;
      if (code === 'PRESENT') month(MONTHS[m]).present++;
      else if (RATE_CODES.includes(code)) month(MONTHS[m]).absent++;
    }
    for (const figures of Object.values(counts.months)) if (figures) figures.participants = Math.min(figures.present + figures.absent, 6);
    for (const [cell, reason] of cancelled) {
      const pair = pairs[cell];
      counts.offer[pair] ??= { activities: 0, sessionsHeld: 0, sessionsCancelled: 0, hours: 0, participants: 0 };
      counts.offer[pair].sessionsCancelled++;
      counts.cancellations[CANCELLATION_REASONS[reason]] = (counts.cancellations[CANCELLATION_REASONS[reason]] ?? 0) + 1;
    }
    GENDERS.forEach((gender, g) => LEGAL_STATUSES.forEach((status, s) => (counts.targetGroups[`${gender}/${status}`] = groups[g * 3 + s])));
    // A category's distinct participants: between its largest cell and the sum of its cells.
    const categoryParticipants = Object.fromEntries(
      CATEGORIES.map((category) => {
        const cells = DOMAINS.map((domain) => counts.offer[`${category}/${domain}`]?.participants ?? 0);
        const largest = Math.max(...cells);
        const sum = cells.reduce((a, b) => a + b, 0);
        return [category, Math.round(largest + (sum - largest) * overlap)];
      }),
    );
    return { counts, categoryParticipants };
  });

/** offerOverview shows each category's distinct participants (unless small): no cell exceeds it, and together they reach it. */
function participantBounds(counts: ReadonlyMap<string, number>, categoryParticipants: Record<string, number>): Inequality[] {
  return CATEGORIES.flatMap((category) => {
    const total = categoryParticipants[category];
    if (isSmallCell(total)) return [];
    const keys = DOMAINS.map((domain) => cellKey.offer(category, domain, 'participants'));
    return [
      { name: `${category} participants reach the category's`, terms: keys.map((key) => ({ key, coefficient: 1 })), atLeast: total },
      ...keys.map((key) => ({ name: `${key} within the category's`, terms: [{ key, coefficient: -1 }], atLeast: -total })),
    ];
  });
}

describe('disclosure control of the annual report, against a reader solving its constraints (random reports)', () => {
  it('leaves no withheld count that linear programming pins down', () => {
    fc.assert(
      fc.property(yearCounts, ({ counts, categoryParticipants }) => {
        const cells = cellsOf(counts);
        const equations = equationsOf(cells);
        const withheld = withheldCells(cells, equations);
        // Every small count is withheld, zeros never are.
        for (const [key, value] of cells) {
          if (isSmallCell(value)) expect(withheld.has(key)).toBe(true);
          if (value === 0) expect(withheld.has(key)).toBe(false);
        }
        const recovered = recoveredCells({
          counts: cells,
          withheld,
          equations,
          inequalities: participantBounds(cells, categoryParticipants),
        });
        expect(recovered).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("shows every previous-year count as that year's report shows it", () => {
    fc.assert(
      fc.property(yearCounts, yearCounts, (year, before) => {
        const sections = reportSections(year.counts, before.counts);
        const shownBefore = showYear(before.counts);
        for (const row of sections.offer)
          expect(row.activities.previousYear).toBe(shownBefore.cell(cellKey.offer(row.category, row.domain, 'activities')).value);
        for (const row of sections.cancellationReasons)
          expect(row.sessions.previousYear).toBe(shownBefore.cell(cellKey.cancellation(row.reason)).value);
        for (const row of sections.attendanceByMonth) {
          expect(row.present.previousYear).toBe(shownBefore.cell(cellKey.month(row.month, 'present')).value);
          expect(row.ratePreviousYear).toBe(shownBefore.monthRate(row.month));
          // A rate is shown only with both its counts, so it never gives a withheld one back.
          if (row.rate !== null) expect(row.present.suppressed || row.absent.suppressed).toBe(false);
        }
        for (const measure of PARTNER_COUNTS) {
          expect(sections.partners[measure].previousYear).toBe(shownBefore.cell(cellKey.partner(measure)).value);
          expect(sections.partners[measure].suppressed).toBe(isSmallCell(year.counts.partners[measure]));
        }
      }),
      { numRuns: 200 },
    );
  });
});
