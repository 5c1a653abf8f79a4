/** A session's status as the activities service writes it. */
export type SessionStatus = 'SCHEDULED' | 'HELD' | 'CANCELLED';

/**
 * What the figures read a session as at `now`. Cancelled stays cancelled. A session counts as held once
 * the activities service says so (SessionHeld: it ended, or its attendance was recorded, which confirms
 * it), and also as soon as it is over and not cancelled, before that event has arrived: "sessions held"
 * are those over and not cancelled, as offerOverview has always counted them. offer-overview.repository.ts
 * and attendance.repository.ts apply the same rule in SQL (`status = 'HELD' OR endsAt <= now`).
 */
export function reportedStatus(session: { status: string; endsAt: Date }, now: Date): SessionStatus {
  if (session.status === 'CANCELLED') return 'CANCELLED';
  if (session.status === 'HELD' || session.endsAt.getTime() <= now.getTime()) return 'HELD';
  return 'SCHEDULED';
}
