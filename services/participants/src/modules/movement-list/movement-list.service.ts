import { belgianDay, calendarDate } from '@cort/common';
import type { Context } from '../../context';
import type { Participant } from '../../generated/prisma/client';
import { bySectionAndName } from '../../domain/movement-list';
import { seenAs } from '../../policy';
import { movementRows } from './movement-list.repository';

/**
 * Who the prison officers bring where on one Belgian day: every session of the prison that day that is
 * not cancelled, by start, with the participants expected (ENROLLED, not suspended), by section then
 * name, in full (the policy admitted only the prison's staff and coordinators). Two statements whatever
 * the number of sessions, and the audit's one; the sessions' time, room and activity come from the
 * activities service through the gateway.
 */
export async function movementList(ctx: Context, prisonId: string, date: Date) {
  const { from, to } = belgianDay(calendarDate(date));
  const rows = await movementRows(ctx.prisma, prisonId, from, to);
  const ids = [...new Set(rows.flatMap((r) => (r.participantId ? [r.participantId] : [])))];
  const loaded = await ctx.loaders.participant.loadMany(ids);
  const participants = new Map(loaded.filter((p): p is Participant => p !== null && !(p instanceof Error)).map((p) => [p.id, p] as const));
  const sessions = new Map<string, Participant[]>();
  for (const { sessionId, participantId } of rows) {
    const expected = sessions.get(sessionId) ?? [];
    const participant = participantId ? participants.get(participantId) : undefined;
    if (participant) expected.push(participant);
    sessions.set(sessionId, expected);
  }
  return {
    date,
    sessions: [...sessions].map(([id, expected]) => ({
      session: { id },
      participants: expected.sort(bySectionAndName).map((p) => seenAs(p, 'FULL')),
    })),
  };
}
