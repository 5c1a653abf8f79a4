import type { DomainEvent } from '@cort/events';
import { PrismaClient as ParticipantsClient } from '../../participants/src/generated/prisma/client';
import { placeRequest, withdrawOpenEnrolments } from '../../participants/src/modules/enrolment/placement.service';
import { recordParticipantEvent } from '../../participants/src/modules/participant/participant.events';
import { servedFeed } from './served-feed';

// The participants service's side of the retention command's test: participants registered, enrolled,
// released or transferred through the service's own repository functions, so its tables and its event
// feed are as the service writes them. Only the date of leaving is moved into the past afterwards.
const BY = 'coordinator-1';
let serial = 0;

export function participantsWorld(prisma: ParticipantsClient) {
  return {
    async activity(id: string) {
      await prisma.activityView.create({
        data: {
          id,
          prisonId: 'HAREN',
          organisationId: 'o1',
          status: 'PUBLISHED',
          capacity: 10,
          screeningRequired: false,
          genders: ['MALE', 'FEMALE'],
          legalStatuses: ['SUSPECT', 'CONVICTED', 'INTERNED'],
          endsOn: new Date('2030-12-31T00:00:00Z'),
        },
      });
    },

    /** Registers a participant and enrols them (with a note naming them) in each activity. */
    async participant(activities: string[]) {
      const n = ++serial;
      const participant = await prisma.$transaction(async (tx) => {
        const created = await tx.participant.create({
          data: {
            prisonId: 'HAREN',
            detaineeNumber: `R${n}`,
            firstName: `Jan${n}`,
            lastName: `Peeters${n}`,
            gender: 'MALE',
            legalStatus: 'CONVICTED',
            languages: ['nl'],
            section: 'B',
            registeredBy: BY,
          },
        });
        await recordParticipantEvent(tx, 'ParticipantRegistered', created);
        return created;
      });
      for (const id of activities)
        await prisma.$transaction(async (tx) => {
          const activity = await tx.activityView.findUniqueOrThrow({ where: { id } });
          const asked = { requester: 'SELF' as const, requestedOn: new Date('2026-01-05T00:00:00Z') };
          const data = { participantId: participant.id, idempotencyKey: `k-${n}-${id}`, ...asked, note: `Jan${n} asked for it` };
          await placeRequest(tx, activity, { ...data, by: BY });
        });
      return participant.id;
    },

    /** Releases or transfers a participant (withdrawing their enrolments), as if it happened `at`. */
    async leave(id: string, status: 'RELEASED' | 'TRANSFERRED', at: Date) {
      const type = status === 'RELEASED' ? 'ParticipantReleased' : 'ParticipantTransferred';
      await prisma.$transaction(async (tx) => {
        await tx.participant.update({
          where: { id },
          data: { status, statusChangedAt: new Date(), transferredTo: status === 'TRANSFERRED' ? 'GENT' : null },
        });
        const closed = await tx.participant.findUniqueOrThrow({ where: { id } });
        await recordParticipantEvent(tx, type, closed);
        await withdrawOpenEnrolments(tx, id, BY, `Jan was ${status.toLowerCase()}.`);
      });
      await prisma.participant.update({ where: { id }, data: { statusChangedAt: at } });
      // The event of their leaving, as the service wrote it (a participant leaves once).
      const event = await prisma.outboxEvent.findFirstOrThrow({ where: { type, payload: { path: ['participantId'], equals: id } } });
      await prisma.outboxEvent.update({ where: { id: event.id }, data: { occurredAt: at } });
    },

    /** The service's whole event feed, as reporting pulls it. */
    feed: (): Promise<DomainEvent[]> => servedFeed(prisma),
  };
}
