import { activitiesEvents } from '@cort/activities/events';
import { createLogger, runsOf, type Logger } from '@cort/common';
import { upsertRows } from '@cort/db';
import {
  createEventConsumer,
  inRuns,
  type Catalogue,
  type DeadLetter,
  type DomainEvent,
  type Handlers,
  type ReadEvent,
} from '@cort/events';
import { organisationsEvents } from '@cort/organisations/events';
import { participantsEvents } from '@cort/participants/events';
import type { Prisma } from '../generated/prisma/client';
import { organisationsProjections } from '../domain/partner-events';
import { activitiesProjections, participantsProjections, type Producer, type Projection, type Projections } from '../domain/report-events';
import { isEnrolmentKind, type EnrolmentChange } from '../domain/enrolment-runs';
import { projectEnrolments } from './enrolment-projections';
import { projectPartner } from './partner-projections';
import { withoutPseudonymised } from './pseudonymised';

type Tx = Prisma.TransactionClient;

/**
 * Writes one projection; sessions, marks and enrolment changes are written by the run (projectMany,
 * below). Those of pseudonymised participants never reach it (projectAll).
 */
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
    case 'participant': {
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
    case 'unmark':
      await tx.reportAttendance.deleteMany({ where: projection.mark });
      return;
    case 'followUpOpened':
      // Opened once; a follow-up opened again would be a new one with its own id.
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

/** The runs `projectMany` writes at once, and the kinds of projection each takes. */
type RunKinds = { session: 'session'; mark: 'mark'; enrolment: EnrolmentChange['kind'] };
type RunName = keyof RunKinds;
type Run<R extends RunName> = Extract<Projection, { kind: RunKinds[R] }>[];

/**
 * The kinds a feed brings by the hundred or the thousand, written in a few statements for a run of them:
 * what `project` would do for each in turn (a session or a mark replaces the one of its key, the last of
 * a run standing; an enrolment's changes in order, projectEnrolments).
 */
const projectMany: { [R in RunName]: (tx: Tx, run: Run<R>) => Promise<void> } = {
  session: (tx, sessions) =>
    upsertRows(
      tx,
      'ReportSession',
      ['id'],
      sessions.map(({ session }) => ({ ...session, updatedAt: new Date() })),
    ),
  mark: (tx, marks) =>
    upsertRows(
      tx,
      'ReportAttendance',
      ['sessionId', 'participantId'],
      marks.map(({ mark }) => mark),
    ),
  enrolment: projectEnrolments,
};

/** The run a projection belongs to: an enrolment's request, its end and the enrolment come mixed, as one run. */
const runOf = (kind: Projection['kind']) => (isEnrolmentKind(kind) ? 'enrolment' : kind);
// Its own keys only: `in` would also take what every object inherits (`toString`, `constructor`).
const isRunName = (name: string): name is RunName => Object.hasOwn(projectMany, name);
/** Whether every projection of a run is of `name`'s kinds: runsOf made it so, and this says it to the types. */
const isRunOf = <R extends RunName>(name: R, run: Projection[]): run is Run<R> =>
  run.every((projection) => runOf(projection.kind) === name);

async function projectRun<R extends RunName>(tx: Tx, name: R, run: Projection[]) {
  if (!isRunOf(name, run)) throw new Error(`a run of ${name} projections holds other kinds`);
  await projectMany[name](tx, run);
}

/**
 * Writes a page's projections in their order: runs of the kinds projectMany knows at once, the rest one
 * by one. Every page passes here once (consumerOf), so this is the one place where those of participants
 * already pseudonymised are left out (withoutPseudonymised), for every kind and path alike.
 */
async function projectAll(tx: Tx, page: Projection[]) {
  const projections = await withoutPseudonymised(tx, page);
  for (const run of runsOf(projections, (previous, next) => runOf(next.kind) === runOf(previous.kind))) {
    const name = runOf(run[0].kind);
    if (isRunName(name)) await projectRun(tx, name, run);
    else for (const projection of run) await project(tx, projection);
  }
}

/** An event reporting could not read, kept with the reason; one per event (a replayed page adds none). */
const deadLetter = async (tx: Tx, letter: DeadLetter) => {
  const payload = letter.payload as Prisma.InputJsonValue;
  await tx.deadLetterEvent.createMany({ data: [{ ...letter, payload }], skipDuplicates: true });
};

/**
 * One run-taking handler shared by every followed event type, so the consumer hands it a page's events
 * (those it could read) as one run: their projections, written in the page's transaction by one call of
 * projectAll (the kinds that come by the thousand in a few statements, and the page's one look for
 * pseudonymised participants).
 */
function consumerOf<C extends Catalogue>(catalogue: C, projections: Projections<C>, logger: Pick<Logger, 'error'>) {
  const toProjection = projections as Partial<Record<string, (payload: unknown, event: DomainEvent) => Projection | null>>;
  const page = inRuns(async (tx: Tx, events: readonly ReadEvent<unknown>[]) => {
    const projected = events.map(({ payload, event }) => toProjection[event.type]?.(payload, event) ?? null);
    await projectAll(
      tx,
      projected.filter((projection): projection is Projection => projection !== null),
    );
  });
  const handlers = Object.fromEntries(Object.keys(projections).map((type) => [type, page])) as Handlers<C, Tx>;
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
 * applied, by their types' handlers. An event seen before (a page pulled again after a crash, a replay)
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
  await consumersFor(logger)[producer](
    tx,
    events.filter((event) => fresh.has(event.id)),
  );
  return fresh.size;
}
