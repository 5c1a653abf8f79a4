import { givenFields } from '@cort/common';
import { actorOf, badUserInput, conflict, connectionOf, loadForChange, loadVisible, refuseProblems, type Page } from '@cort/subgraph';
import type { Context } from '../../context';
import { Prisma, type Gender, type LegalStatus } from '../../generated/prisma/client';
import { participantProblems } from '../../domain/participant-input';
import { participantScope, seenAs } from '../../policy';
import { withdrawOpenEnrolments } from '../enrolment/placement.service';
import { openReviewsAfterChange } from '../enrolment-review/enrolment-review.service';
import { closeFollowUpsOnLeaving } from '../follow-up/follow-up.service';
import { recordParticipantEvent } from './participant.events';
import {
  closeInCustody,
  createParticipant,
  lockParticipant,
  participantsOfPrison,
  participantWithNumber,
  updateParticipant as updateRow,
} from './participant.repository';

// A participant's use cases: registration, profile changes, release and transfer, each in one transaction
// with its event; a release or transfer also withdraws every open enrolment and closes every open
// follow-up (CLOSED, with the cause).

export interface Registration {
  prisonId: string;
  detaineeNumber: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  legalStatus: LegalStatus;
  languages: string[];
  section?: string | null;
}

export type ProfileChange = {
  [K in 'firstName' | 'lastName' | 'gender' | 'legalStatus' | 'languages' | 'section']?: Registration[K] | null;
};

const PRISON_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

const alreadyRegistered = (id: string) =>
  conflict(`This detainee number is already registered in the prison, as participant ${id}.`, { field: 'detaineeNumber', existingId: id });

/** The participants of one prison, by name, one page. */
export async function participantsOf(ctx: Context, prisonId: string, search: string | undefined, page: Page) {
  const { nodes, total } = await participantsOfPrison(ctx.prisma, prisonId, search?.trim() || undefined, page);
  return connectionOf(
    nodes.map((p) => seenAs(p, 'FULL')),
    total,
    page,
  );
}

/** One participant; unknown and not yours answer the same, so ids cannot be probed. */
export async function participantById(ctx: Context, id: string) {
  return seenAs(await loadVisible(ctx.caller, participantScope, id, (id) => ctx.loaders.participant.load(id)), 'FULL');
}

/** A participant the caller manages and who is still in custody here. */
async function participantToManage(ctx: Context, id: string) {
  const participant = await loadForChange(ctx.caller, participantScope, id, (id) => ctx.loaders.participant.load(id));
  if (participant.status !== 'IN_CUSTODY')
    throw badUserInput(`The participant is ${participant.status.toLowerCase()}; their record is closed.`, 'id');
  return participant;
}

export async function registerParticipant(ctx: Context, registration: Registration) {
  refuseProblems(participantProblems(registration));
  const { prisonId } = registration;
  const detaineeNumber = registration.detaineeNumber.trim();
  const existing = await participantWithNumber(ctx.prisma, prisonId, detaineeNumber);
  if (existing) throw alreadyRegistered(existing.id);
  try {
    const participant = await ctx.prisma.$transaction(async (tx) => {
      const created = await createParticipant(tx, {
        ...registration,
        detaineeNumber,
        firstName: registration.firstName.trim(),
        lastName: registration.lastName.trim(),
        section: registration.section?.trim() || null,
        registeredBy: actorOf(ctx.caller),
      });
      await recordParticipantEvent(tx, 'ParticipantRegistered', created);
      return created;
    });
    return seenAs(participant, 'FULL');
  } catch (error) {
    // Two registrations of the same number at once: the unique index decides, the loser learns the winner.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await participantWithNumber(ctx.prisma, prisonId, detaineeNumber);
      if (winner) throw alreadyRegistered(winner.id);
    }
    throw error;
  }
}

/** Changes the given fields of a participant in custody. */
export async function updateParticipant(ctx: Context, id: string, change: ProfileChange) {
  await participantToManage(ctx, id);
  const given = givenFields(change);
  refuseProblems(participantProblems(given));
  const participant = await ctx.prisma.$transaction(async (tx) => {
    // The participant's lock, as a request takes it: an enrolment being made is judged before or after the change.
    await lockParticipant(tx, id);
    const before = (await tx.participant.findUnique({ where: { id } }))!;
    const updated = await updateRow(tx, id, given);
    await recordParticipantEvent(tx, 'ParticipantUpdated', updated);
    // A new gender or legal status outside an activity's audience puts that enrolment up for review, never withdraws it.
    await openReviewsAfterChange(tx, before, updated);
    return updated;
  });
  return seenAs(participant, 'FULL');
}

/**
 * Closes the record (released or transferred) and withdraws every open enrolment, in one transaction:
 * it waits for an enrolment being made for them (the participant's lock), then closes.
 */
function close(ctx: Context, id: string, data: { status: 'RELEASED' } | { status: 'TRANSFERRED'; transferredTo: string }) {
  const by = actorOf(ctx.caller);
  return ctx.prisma.$transaction(async (tx) => {
    await lockParticipant(tx, id);
    const closed = await closeInCustody(tx, id, data);
    if (!closed) throw conflict('The participant was changed by someone else meanwhile; reload and try again.');
    const released = data.status === 'RELEASED';
    await recordParticipantEvent(tx, released ? 'ParticipantReleased' : 'ParticipantTransferred', closed);
    await withdrawOpenEnrolments(tx, id, by, released ? 'The participant was released.' : 'The participant was transferred.');
    await closeFollowUpsOnLeaving(tx, id, released ? 'RELEASED' : 'TRANSFERRED');
    return closed;
  });
}

export async function recordRelease(ctx: Context, id: string) {
  await participantToManage(ctx, id);
  return seenAs(await close(ctx, id, { status: 'RELEASED' }), 'FULL');
}

export async function recordTransfer(ctx: Context, id: string, toPrisonId: string) {
  const participant = await participantToManage(ctx, id);
  if (!PRISON_CODE.test(toPrisonId) || toPrisonId === participant.prisonId) {
    throw badUserInput('Name the prison code they were transferred to (another prison).', 'toPrisonId');
  }
  return seenAs(await close(ctx, id, { status: 'TRANSFERRED', transferredTo: toPrisonId }), 'FULL');
}
