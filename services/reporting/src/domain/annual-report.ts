import { attendanceRate, ATTENDANCE_CODES, NO_MARKS, RATE_CODES, type AttendanceCode, type MarkCounts } from './attendance';
import { withheldCells, type Equation } from './disclosure';
import { CATEGORIES } from './offer-overview';
import type { Category } from './report-events';
import { isSmallCell, SMALLEST_SHOWN } from './suppression';

/** The report's columns of the offer, in the order the tables show them. */
export const DOMAINS = ['WELFARE', 'EDUCATION', 'SPORT', 'EMPLOYMENT', 'CULTURE', 'HEALTH'] as const;
export type Domain = (typeof DOMAINS)[number];
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const LEGAL_STATUSES = ['SUSPECT', 'CONVICTED', 'INTERNED'] as const;
export const CANCELLATION_REASONS = [
  'LOCKDOWN',
  'STRIKE',
  'FACILITATOR_ABSENT',
  'ROOM_UNAVAILABLE',
  'TOO_FEW_PARTICIPANTS',
  'PRISON_REGIME',
  'OTHER',
] as const;

export const OFFER_MEASURES = ['activities', 'sessionsHeld', 'sessionsCancelled', 'hours', 'participants'] as const;
export type OfferMeasure = (typeof OFFER_MEASURES)[number];
/** The measures offerOverview also shows per category: their cells add up to a total a reader sees there. */
export const ADDITIVE_IN_OVERVIEW: readonly OfferMeasure[] = ['activities', 'sessionsHeld'];

/** One year's counts of a prison (or a region), exactly, before anything is withheld. */
export interface YearCounts {
  offer: Partial<Record<`${Category}/${Domain}`, Record<OfferMeasure, number>>>;
  targetGroups: Partial<Record<`${(typeof GENDERS)[number]}/${(typeof LEGAL_STATUSES)[number]}`, number>>;
  marks: Partial<Record<Category, Partial<MarkCounts>>>;
  /** Distinct participants with a mark that enters the rate, per category. */
  markedParticipants: Partial<Record<Category, number>>;
  cancellations: Partial<Record<string, number>>;
  dropouts: Partial<Record<string, number>>;
  /** Per category: the median days from request to ENROLLED, and over how many distinct participants. */
  waiting: Partial<Record<Category, { median: number; participants: number }>>;
  needs: { wishes: number; answered: number };
  /** The partners: organisations, staff and volunteers are cells; the volunteer hours are not a count. */
  partners: Record<PartnerCount, number> & { volunteerHours: number };
  actionPlan: { actions: number; done: number };
  /** Per month of the year (1 to 12, Belgian time): marks PRESENT and absent, and distinct participants marked. */
  months: Partial<Record<number, MonthCounts>>;
}

/**
 * One month's attendance: the same marks as the attendance per category. Sessions held per month are left
 * out on purpose: they are the offer's sessions held again, and with offerOverview's category totals a
 * reader combining the equations could work out withheld cells of the offer (the recovery test found it).
 */
export interface MonthCounts {
  present: number;
  absent: number;
  /** Distinct participants with a mark that enters the rate. */
  participants: number;
}

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const MONTH_MEASURES = ['present', 'absent'] as const;
export type MonthMeasure = (typeof MONTH_MEASURES)[number];
/** The codes a month's "absent" counts: the rate's codes other than PRESENT. */
export const ABSENT_CODES = RATE_CODES.filter((code) => code !== 'PRESENT');

/** The partner figures that count organisations or people: cells, withheld from 1 to 4 like any count. */
export const PARTNER_COUNTS = ['organisations', 'staff', 'volunteers'] as const;
export type PartnerCount = (typeof PARTNER_COUNTS)[number];

export const cellKey = {
  offer: (category: string, domain: string, measure: OfferMeasure) => `offer/${category}/${domain}/${measure}`,
  targetGroup: (gender: string, legalStatus: string) => `targetGroup/${gender}/${legalStatus}`,
  mark: (category: string, code: string) => `mark/${category}/${code}`,
  cancellation: (reason: string) => `cancellation/${reason}`,
  dropout: (reason: string) => `dropout/${reason}`,
  partner: (measure: PartnerCount) => `partner/${measure}`,
  month: (month: number, measure: MonthMeasure) => `month/${month}/${measure}`,
};

/** Every count of a year by its cell key: the cells disclosure control works over. */
export function cellsOf(counts: YearCounts): Map<string, number> {
  const cells = new Map<string, number>();
  for (const category of CATEGORIES)
    for (const domain of DOMAINS)
      for (const measure of OFFER_MEASURES)
        cells.set(cellKey.offer(category, domain, measure), counts.offer[`${category}/${domain}`]?.[measure] ?? 0);
  for (const gender of GENDERS)
    for (const status of LEGAL_STATUSES) cells.set(cellKey.targetGroup(gender, status), counts.targetGroups[`${gender}/${status}`] ?? 0);
  for (const category of CATEGORIES)
    for (const code of ATTENDANCE_CODES) cells.set(cellKey.mark(category, code), counts.marks[category]?.[code] ?? 0);
  for (const reason of CANCELLATION_REASONS) cells.set(cellKey.cancellation(reason), counts.cancellations[reason] ?? 0);
  for (const [reason, count] of Object.entries(counts.dropouts)) cells.set(cellKey.dropout(reason), count ?? 0);
  for (const measure of PARTNER_COUNTS) cells.set(cellKey.partner(measure), counts.partners[measure]);
  for (const month of MONTHS)
    for (const measure of MONTH_MEASURES) cells.set(cellKey.month(month, measure), counts.months[month]?.[measure] ?? 0);
  return cells;
}

const sumOf = (cells: ReadonlyMap<string, number>, keys: string[]) => keys.reduce((total, key) => total + (cells.get(key) ?? 0), 0);

/**
 * What a reader can write between the cells of one year: the domains of a category add up to what
 * offerOverview shows for it (activities, sessions held), known unless that total is withheld itself; the
 * sessions cancelled of the offer are the sessions of the cancellation reasons (the same sessions, counted
 * twice); the target groups add up to the prison's participants, taken as known (unless from 1 to 4) since
 * a reader can often bound it from the offer's. Distinct participants per cell add up to no total (someone in two activities
 * counts in both cells), and follow-ups give several reasons each, so neither table has an equation.
 * The partner counts have none either: organisations, their staff and their volunteers add up to nothing
 * the report or another query shows (people of several organisations, organisations of several prisons),
 * and no other table counts them; primary suppression is all they need.
 * The months count the same marks again: their marks PRESENT add up to the categories' PRESENT and their
 * absences to the categories' other rate codes (the same marks in two tables, Σ one − Σ other = 0).
 */
export function equationsOf(cells: ReadonlyMap<string, number>): Equation[] {
  const equations: Equation[] = [];
  for (const category of CATEGORIES)
    for (const measure of ADDITIVE_IN_OVERVIEW) {
      const keys = DOMAINS.map((domain) => cellKey.offer(category, domain, measure));
      const total = sumOf(cells, keys);
      equations.push({
        name: `${category} ${measure} add up to offerOverview's`,
        terms: keys.map((key) => ({ key, sign: 1 })),
        known: !isSmallCell(total),
      });
    }
  equations.push({
    name: 'sessions cancelled in the offer = sessions by cancellation reason',
    terms: [
      ...CATEGORIES.flatMap((category) =>
        DOMAINS.map((domain) => ({ key: cellKey.offer(category, domain, 'sessionsCancelled'), sign: 1 as const })),
      ),
      ...CANCELLATION_REASONS.map((reason) => ({ key: cellKey.cancellation(reason), sign: -1 as const })),
    ],
    known: true,
  });
  const groups = GENDERS.flatMap((gender) => LEGAL_STATUSES.map((status) => cellKey.targetGroup(gender, status)));
  equations.push({
    name: "target groups add up to the prison's participants",
    terms: groups.map((key) => ({ key, sign: 1 as const })),
    // From 1 to 4 the prison's participants are nowhere shown: each category's is withheld too.
    known: !isSmallCell(sumOf(cells, groups)),
  });
  const acrossMonths = (measure: MonthMeasure, against: string[], name: string): Equation => ({
    name,
    terms: [
      ...MONTHS.map((month) => ({ key: cellKey.month(month, measure), sign: 1 as const })),
      ...against.map((key) => ({ key, sign: -1 as const })),
    ],
    known: true,
  });
  equations.push(
    acrossMonths(
      'present',
      CATEGORIES.map((category) => cellKey.mark(category, 'PRESENT')),
      'marks PRESENT by month = by category',
    ),
    acrossMonths(
      'absent',
      CATEGORIES.flatMap((category) => ABSENT_CODES.map((code) => cellKey.mark(category, code))),
      'absences by month = the absent codes by category',
    ),
  );
  return equations;
}

/** A count as a reader sees it: null and suppressed when withheld. */
export interface Shown {
  value: number | null;
  suppressed: boolean;
}

/** One year's cells as shown, and its rates and medians (null over fewer than five participants). */
export interface ShownYear {
  cell: (key: string) => Shown;
  rate: (category: Category) => number | null;
  median: (category: Category) => number | null;
  /** A month's attendance rate: null over fewer than five participants or when its present or absent count is withheld. */
  monthRate: (month: number) => number | null;
  counts: YearCounts;
}

/** Withholds a year's cells (primary and secondary suppression over its equations) and its small rates and medians. */
export function showYear(counts: YearCounts): ShownYear {
  const cells = cellsOf(counts);
  const withheld = withheldCells(cells, equationsOf(cells));
  const cell = (key: string): Shown =>
    withheld.has(key) ? { value: null, suppressed: true } : { value: cells.get(key) ?? 0, suppressed: false };
  return {
    cell,
    counts,
    // The rate gives a withheld mark back from the others, so it goes with any of them (domain/attendance.ts).
    rate: (category) => {
      if ((counts.markedParticipants[category] ?? 0) < SMALLEST_SHOWN) return null;
      if (RATE_CODES.some((code) => cell(cellKey.mark(category, code)).suppressed)) return null;
      return attendanceRate({ ...NO_MARKS, ...counts.marks[category] } as Record<AttendanceCode, number>);
    },
    monthRate: (month) => {
      const figures = counts.months[month];
      if (!figures || figures.participants < SMALLEST_SHOWN) return null;
      if (cell(cellKey.month(month, 'present')).suppressed || cell(cellKey.month(month, 'absent')).suppressed) return null;
      const marked = figures.present + figures.absent;
      return marked ? figures.present / marked : null;
    },
    median: (category) => {
      const waiting = counts.waiting[category];
      return waiting && waiting.participants >= SMALLEST_SHOWN ? waiting.median : null;
    },
  };
}
