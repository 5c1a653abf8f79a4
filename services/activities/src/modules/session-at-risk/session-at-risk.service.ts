import { fromCalendarDate } from '@cort/common';
import type { Context } from '../../context';
import { sessionDates } from '../../domain/schedule';
import { sessionsAtRisk } from '../../domain/sessions-at-risk';
import { FacilitatorRisk } from '../../shared/enums';
import { plannedSessionsWithFacilitators } from './session-at-risk.repository';
import type { SessionAtRisk } from './session-at-risk.type';

/**
 * sessionsAtRisk(prisonId), for its coordinators (the policy decided the prison): the planned sessions,
 * one question to the organisations service about every facilitator (their status, and their permit on every
 * planned day), and the rule.
 * The statements do not grow with the number of sessions or facilitators.
 */
export async function sessionsAtRiskIn(ctx: Context, prisonId: string): Promise<SessionAtRisk[]> {
  const planned = await plannedSessionsWithFacilitators(ctx.prisma, prisonId, new Date());
  const sessions = planned.map(({ activity, ...session }) => ({ ...session, facilitatorIds: activity.facilitatorIds }));
  const personIds = [...new Set(sessions.flatMap((session) => session.facilitatorIds))];
  const standings = await ctx.organisations.facilitatorStandings(ctx.caller, { prisonId, personIds, dates: sessionDates(sessions) });
  return sessionsAtRisk(sessions, standings).map(({ session, facilitators }) => ({
    session,
    facilitators: facilitators.map(({ personId, reason, from }) => ({
      person: { id: personId },
      reason: FacilitatorRisk[reason],
      from: from ? fromCalendarDate(from) : null,
    })),
  }));
}
