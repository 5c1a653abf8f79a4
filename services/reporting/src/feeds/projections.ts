import { activitiesEvents } from '@cort/activities/events';
import { createLogger, type Logger } from '@cort/common';
import { createEventConsumer, type Catalogue, type DeadLetter, type DomainEvent, type Handlers } from '@cort/events';
import { organisationsEvents } from '@cort/organisations/events';
import { participantsEvents } from '@cort/participants/events';
import type { Prisma } from '../generated/prisma/client';
import { organisationsProjections } from '../domain/partner-events';
import { activitiesProjections, participantsProjections, type Producer, type Projection, type Projections } from '../domain/report-events';
import { projectPartner } from './partner-projections';

type Tx = Prisma.TransactionClient;

async function project(tx: Tx, projection: Projection) {
  switch (projection.kind) {
    case 'activity': {
      const { id, facilitatorIds, ...facts } = projection.activity;
      await tx.reportActivity.upsert({ where: { id }, create: { id, ...facts }, update: facts });
      // An event from before facilitators were published leaves them as they were.
      if (facilitatorIds) {
        const facilitation = { prisonId: facts.prisonId, facilitatorIds };
        await tx.reportFacilitation.upsert({
          where: { activityId: id },
          create: { activityId: id, ...facilitation },
          update: facilitation,
        });
      }
      return;
    }
    case 'session': {
      const { id, ...facts } = projection.session;
      await tx.reportSession.upsert({ where: { id }, create: projection.session, update: facts });
      return;
    }
    case 'enrolment': {
      // Enrolled again after a withdrawal: still the same one participant of that activity (the first enrolment stands).
      const { participantId, activityId } = projection.enrolment;
      const key = { participantId_activityId: { participantId, activityId } };
      const request = await tx.reportEnrolmentRequest.findUnique({ where: key });
      const group = await tx.reportParticipant.findUnique({ where: { participantId } });
      const row = {
        ...projection.enrolment,
        requestedAt: request?.requestedAt ?? projection.requestedAt,
        gender: group?.gender,
        legalStatus: group?.legalStatus,
      };
      await tx.reportEnrolment.createMany({ data: [row], skipDuplicates: true });
      await tx.reportEnrolmentRequest.deleteMany({ where: { participantId, activityId } });
      return;
    }
    case 'request':
      // A request made again after an earlier one ended starts its own waiting time.
      await tx.reportEnrolmentRequest.upsert({
        where: { participantId_activityId: { participantId: projection.request.participantId, activityId: projection.request.activityId } },
        create: projection.request,
        update: { requestedAt: projection.request.requestedAt },
      });
      return;
    case 'requestEnded':
      await tx.reportEnrolmentRequest.deleteMany({ where: projection.request });
      return;
    case 'participant': {
      if (await pseudonymised(tx, projection.participant.participantId)) return;
      const { participantId, ...group } = projection.participant;
      await tx.reportParticipant.upsert({ where: { participantId }, create: projection.participant, update: group });
      return;
    }
    case 'feedback':
      // Applied once per event (ProcessedEvent); the form ids make a replay write nothing twice anyway.
      await tx.reportFeedbackForm.createMany({ data: projection.forms, skipDuplicates: true });
      return;
    case 'needs': {
      const { id, ...facts } = projection.assessment;
      await tx.reportNeedsAssessment.upsert({ where: { id }, create: projection.assessment, update: facts });
      // The list is the whole list as it now is: wishes left out were removed.
      await tx.reportWish.deleteMany({ where: { assessmentId: id, id: { notIn: projection.wishes.map((w) => w.id) } } });
      for (const { id: wishId, ...wish } of projection.wishes) {
        await tx.reportWish.upsert({ where: { id: wishId }, create: { id: wishId, ...wish }, update: wish });
      }
      return;
    }
    case 'activityWishes':
      await tx.reportActivityWish.deleteMany({ where: { activityId: projection.activityId, wishId: { notIn: projection.wishIds } } });
      await tx.reportActivityWish.createMany({
        data: projection.wishIds.map((wishId) => ({ activityId: projection.activityId, wishId })),
        skipDuplicates: true,
      });
      return;
    case 'evaluation': {
      const { activityId, ...facts } = projection.evaluation;
      await tx.reportEvaluation.upsert({ where: { activityId }, create: projection.evaluation, update: facts });
      return;
    }
    case 'exit':
      // Once per participant; the first record of it stands.
      await tx.reportParticipantExit.createMany({ data: [projection.exit], skipDuplicates: true });
      return;
    case 'mark': {
      if (await pseudonymised(tx, projection.mark.participantId)) return;
      const { sessionId, participantId, ...facts } = projection.mark;
      await tx.reportAttendance.upsert({
        where: { sessionId_participantId: { sessionId, participantId } },
        create: projection.mark,
        update: facts,
      });
      return;
    }
    case 'unmark':
      await tx.reportAttendance.deleteMany({ where: projection.mark });
      return;
    case 'followUpOpened':
      // Opened once; a follow-up opened again would be a new one with its own id.
      if (await pseudonymised(tx, projection.followUp.participantId)) return;
      await tx.reportFollowUp.createMany({ data: [{ ...projection.followUp, status: 'OPEN', reasons: [] }], skipDuplicates: true });
      return;
    case 'organisation':
    case 'agreement':
    case 'person':
    case 'volunteerHours':
    case 'action':
      await projectPartner(tx, projection);
      return;
    case 'followUpClosed': {
      // Its opening came before it on the same feed; once pseudonymised the row has another id, and nothing changes.
      const { id, participantId, ...closing } = projection.followUp;
      await tx.reportFollowUp.updateMany({ where: { id, participantId }, data: closing });
      return;
    }
  }
}

/**
 * Whether retention already gave the participant a pseudonym here. They left long ago, so no mark or
 * follow-up of theirs should still come; if one did, it is not projected: written under their id it
 * would undo the pseudonymisation, and their rows under the pseudonym cannot be found to replace.
 */
const pseudonymised = async (tx: Tx, participantId: string) =>
  (await tx.reportParticipantExit.count({ where: { participantId, pseudonymisedAt: { not: null } } })) > 0;

/** An event reporting could not read, kept with the reason; one per event (a replayed page adds none). */
const deadLetter = async (tx: Tx, letter: DeadLetter) => {
  const payload = letter.payload as Prisma.InputJsonValue;
  await tx.deadLetterEvent.createMany({ data: [{ ...letter, payload }], skipDuplicates: true });
};

/** One handler per followed event type: its projection, written in the page's transaction. */
function consumerOf<C extends Catalogue>(catalogue: C, projections: Projections<C>, logger: Pick<Logger, 'error'>) {
  const handlers = Object.fromEntries(
    Object.entries(projections).map(([type, toProjection]) => [
      type,
      async (tx: Tx, payload: unknown, event: DomainEvent) => {
        const projection = (toProjection as (payload: unknown, event: DomainEvent) => Projection | null)(payload, event);
        if (projection) await project(tx, projection);
      },
    ]),
  ) as Handlers<C, Tx>;
  return createEventConsumer<C, Tx>({ catalogue, handlers, deadLetter, logger });
}

const consumersFor = (logger: Pick<Logger, 'error'>) => ({
  activities: consumerOf(activitiesEvents, activitiesProjections, logger),
  organisations: consumerOf(organisationsEvents, organisationsProjections, logger),
  participants: consumerOf(participantsEvents, participantsProjections, logger),
});

const reportingLogger = createLogger('reporting');

/**
 * Applies a producer's events exactly once each, inside the caller's transaction: their ids go into
 * ProcessedEvent first (one statement for the page), and only the ids that were not there yet are
 * applied, each by its type's handler. An event seen before (a page pulled again after a crash, a replay)
 * changes nothing, and an event reporting has no use for is still marked, so the record of what was read
 * stays complete; one it cannot read (a version it does not know, a payload its catalogue refuses) goes
 * to DeadLetterEvent and the page goes on. Returns how many events were new.
 */
export async function applyEvents(
  tx: Tx,
  producer: Producer,
  events: DomainEvent[],
  logger: Pick<Logger, 'error'> = reportingLogger,
): Promise<number> {
  if (!events.length) return 0;
  const inserted = await tx.processedEvent.createManyAndReturn({
    data: events.map((event) => ({ eventId: event.id, producer })),
    skipDuplicates: true,
    select: { eventId: true },
  });
  const fresh = new Set(inserted.map((row) => row.eventId));
  const consume = consumersFor(logger)[producer];
  for (const event of events) {
    if (fresh.has(event.id)) await consume(tx, event);
  }
  return fresh.size;
}
