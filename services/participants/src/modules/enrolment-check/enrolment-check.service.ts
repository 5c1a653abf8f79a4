import { badUserInput, loadForChange } from '@cort/subgraph';
import type { Context } from '../../context';
import type { ActivityView, Participant, Prisma, PrismaClient } from '../../generated/prisma/client';
import { enrolmentRefusals } from '../../domain/eligibility';
import {
  acknowledgedOf,
  enrolmentWarnings,
  unacknowledged,
  type EnrolmentWarning,
  type EnrolmentWarningCode,
} from '../../domain/enrolment-warnings';
import { participantScope } from '../../policy';
import { EnrolmentRefusalReason } from '../../shared/enrolment-check-enums';
import { activityToCheck } from '../activity/activity.service';
import { findOpen } from '../enrolment/enrolment.repository';
import { warningFacts, type WarningRow } from './enrolment-check.repository';

// The enrolment check: the eligibility rule's reasons (the one rule requestEnrolment applies) and the
// warnings, for the coordinator before a request; and the same warnings required as acknowledged by a
// request or an approval, under the activity's lock, so a person kept apart placed a moment before is seen.

type Reader = PrismaClient | Prisma.TransactionClient;

type WarnedParticipant = Pick<Participant, 'id' | 'languages'>;
type WarnedActivity = Pick<ActivityView, 'id' | 'instructionLanguages'>;

/** The warnings that apply to this participant and activity, from the facts read for them (warningFactsOf). */
export const warningsFrom = (facts: WarningRow, participant: WarnedParticipant, activity: WarnedActivity) =>
  enrolmentWarnings({ ...facts, languages: participant.languages, instructionLanguages: activity.instructionLanguages });

/** The warnings that apply to this participant and activity now (one statement). */
export const warningsFor = async (db: Reader, participant: WarnedParticipant, activity: WarnedActivity) =>
  warningsFrom(await warningFacts(db, participant.id, activity.id), participant, activity);

/**
 * Refuses (BAD_USER_INPUT, reason WARNINGS_NOT_ACKNOWLEDGED, the codes in extensions.warnings) unless every
 * warning that applies (those found and `more`) is acknowledged; the caller's transaction then writes nothing.
 * Returns the warnings acknowledged, for the enrolment's history. Reads nothing: callers read the facts under
 * the activity's lock, once for a whole group of requests (warningFactsOf).
 */
export function acknowledgedOrRefused(
  found: readonly EnrolmentWarning[],
  acknowledged: readonly string[] | null | undefined,
  more: readonly EnrolmentWarning[] = [],
): EnrolmentWarningCode[] {
  const warnings = [...found, ...more.filter((warning) => !found.some((f) => f.code === warning.code))];
  const missing = unacknowledged(warnings, acknowledged);
  if (missing.length)
    throw badUserInput(
      `Acknowledge first what the enrolment check warns about (${missing.join(', ')}): pass the codes in acknowledgedWarnings.`,
      'acknowledgedWarnings',
      { reason: 'WARNINGS_NOT_ACKNOWLEDGED', warnings: missing },
    );
  return acknowledgedOf(warnings);
}

/** acknowledgedOrRefused for one participant, reading their warnings now (callers hold the activity's lock). */
export const requireAcknowledged = async (
  tx: Prisma.TransactionClient,
  participant: WarnedParticipant,
  activity: WarnedActivity,
  acknowledged: readonly string[] | null | undefined,
  more: readonly EnrolmentWarning[] = [],
): Promise<EnrolmentWarningCode[]> => acknowledgedOrRefused(await warningsFor(tx, participant, activity), acknowledged, more);

/** May this participant join this activity, and what should the coordinator know first; for the coordinators of their prison. */
export async function enrolmentCheck(ctx: Context, activityId: string, participantId: string) {
  const participant = await loadForChange(ctx.caller, participantScope, participantId, (id) => ctx.loaders.participant.load(id));
  const activity = await activityToCheck(ctx, activityId);
  if (!activity) return { eligible: false, reasons: [EnrolmentRefusalReason.ACTIVITY_NOT_OPEN], warnings: [], participantId };
  const [open, warnings] = await Promise.all([
    findOpen(ctx.prisma, participant.id, activity.id),
    warningsFor(ctx.prisma, participant, activity),
  ]);
  const reasons: EnrolmentRefusalReason[] = [
    ...new Set(enrolmentRefusals(participant, activity, new Date()).map((r) => EnrolmentRefusalReason[r.reason])),
  ];
  if (open) reasons.push(EnrolmentRefusalReason.ALREADY_ENROLLED);
  return { eligible: reasons.length === 0, reasons, warnings, participantId };
}
