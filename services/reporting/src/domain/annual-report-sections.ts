import { ATTENDANCE_CODES } from './attendance';
import {
  CANCELLATION_REASONS,
  cellKey,
  DOMAINS,
  GENDERS,
  LEGAL_STATUSES,
  MONTHS,
  PARTNER_COUNTS,
  showYear,
  type ShownYear,
  type YearCounts,
} from './annual-report';
import { CATEGORIES } from './offer-overview';

/** A count of the report with the same count a year earlier, each as its own year's report shows it. */
export interface ShownCount {
  value: number | null;
  suppressed: boolean;
  previousYear: number | null;
}

const pair = (year: ShownYear, before: ShownYear, key: string): ShownCount => ({
  ...year.cell(key),
  previousYear: before.cell(key).value,
});

/**
 * The report's sections from the two years' exact counts. Each year is withheld on its own, exactly as its
 * own report withholds it, so a previous-year figure shows what that year's report shows and never gives
 * back a cell it withheld.
 */
export function reportSections(counts: YearCounts, previous: YearCounts) {
  const year = showYear(counts);
  const before = showYear(previous);
  const count = (key: string) => pair(year, before, key);
  const dropoutReasons = [...new Set([...Object.keys(counts.dropouts), ...Object.keys(previous.dropouts)])].sort();
  return {
    offer: CATEGORIES.flatMap((category) =>
      DOMAINS.map((domain) => ({
        category,
        domain,
        activities: count(cellKey.offer(category, domain, 'activities')),
        sessionsHeld: count(cellKey.offer(category, domain, 'sessionsHeld')),
        sessionsCancelled: count(cellKey.offer(category, domain, 'sessionsCancelled')),
        hours: count(cellKey.offer(category, domain, 'hours')),
        participants: count(cellKey.offer(category, domain, 'participants')),
      })),
    ),
    participantsByTargetGroup: GENDERS.flatMap((gender) =>
      LEGAL_STATUSES.map((legalStatus) => ({ gender, legalStatus, participants: count(cellKey.targetGroup(gender, legalStatus)) })),
    ),
    attendance: CATEGORIES.map((category) => ({
      category,
      rate: year.rate(category),
      marks: ATTENDANCE_CODES.map((code) => ({ code, count: count(cellKey.mark(category, code)) })),
    })),
    cancellationReasons: CANCELLATION_REASONS.map((reason) => ({ reason, sessions: count(cellKey.cancellation(reason)) })),
    dropouts: dropoutReasons.map((reason) => ({ reason, count: count(cellKey.dropout(reason)) })),
    attendanceByMonth: MONTHS.map((month) => ({
      month,
      present: count(cellKey.month(month, 'present')),
      absent: count(cellKey.month(month, 'absent')),
      rate: year.monthRate(month),
      ratePreviousYear: before.monthRate(month),
    })),
    waitingDays: CATEGORIES.map((category) => ({ category, median: year.median(category) })),
    needs: {
      ...counts.needs,
      wishesPreviousYear: previous.needs.wishes,
      answeredPreviousYear: previous.needs.answered,
    },
    partners: {
      ...(Object.fromEntries(PARTNER_COUNTS.map((measure) => [measure, count(cellKey.partner(measure))])) as Record<
        (typeof PARTNER_COUNTS)[number],
        ShownCount
      >),
      volunteerHours: counts.partners.volunteerHours,
      volunteerHoursPreviousYear: previous.partners.volunteerHours,
    },
    actionPlan: {
      ...counts.actionPlan,
      actionsPreviousYear: previous.actionPlan.actions,
      donePreviousYear: previous.actionPlan.done,
    },
  };
}

export type ReportSectionsShown = ReturnType<typeof reportSections>;
