import { belgianDate, fromCalendarDate } from '@cort/common';
import type { DropoutReason, FollowUpOutcome, PrismaClient } from '../generated/prisma/client';
import { recordFollowUpDone } from '../modules/follow-up/follow-up.events';
import { closeAsDone } from '../modules/follow-up/follow-up.repository';
import { openFollowUp } from '../modules/follow-up/follow-up.service';

const DEMO = 'demo';

// What the demo coordinators heard, in turn: reasons, outcome and a note (invented, in Dutch as the demo is).
const CONVERSATIONS: { reasons: DropoutReason[]; outcome: FollowUpOutcome; note: string | null }[] = [
  { reasons: ['SCHEDULE_CLASH_WORK'], outcome: 'NEXT_EDITION', note: 'Werkt nu in de keuken; wil de volgende reeks volgen.' },
  { reasons: [], outcome: 'DECLINED_CONVERSATION', note: null },
  { reasons: ['LEVEL', 'LANGUAGE'], outcome: 'REFERRED_TO_OTHER_ACTIVITY', note: 'Beter eerst de taalles.' },
  { reasons: ['HEALTH', 'MOTIVATION'], outcome: 'REFERRED_TO_INDIVIDUAL_SUPPORT', note: null },
];

/**
 * Demo follow-ups, once the demo enrolments are made: every demo dropout gets its follow-up, opened as
 * markDroppedOut opens one, and every other one of them (the oldest first) has had its conversation, so
 * that the coordinators' list shows open and done follow-ups. Only dropouts without any follow-up yet
 * are taken, so a second start changes nothing. Returns how many it opened.
 */
export async function seedDemoFollowUps(prisma: PrismaClient): Promise<number> {
  const dropouts = await prisma.enrolment.findMany({
    where: { status: 'DROPPED_OUT', followUps: { none: {} } },
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
  });
  let opened = 0;
  for (const [n, enrolment] of dropouts.entries()) {
    await prisma.$transaction(async (tx) => {
      const followUp = await openFollowUp(tx, {
        enrolmentId: enrolment.id,
        participantId: enrolment.participantId,
        trigger: 'DROPPED_OUT',
      });
      if (!followUp) return;
      opened++;
      if (n % 2 === 1) return;
      const conversation = CONVERSATIONS[(n / 2) % CONVERSATIONS.length];
      const done = await closeAsDone(tx, followUp.id, {
        ...conversation,
        heldOn: fromCalendarDate(belgianDate(new Date())),
        by: DEMO,
      });
      if (done) await recordFollowUpDone(tx, done);
    });
  }
  return opened;
}
