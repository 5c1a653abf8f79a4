import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, notFound, pageOf, requirePrison, requireUser } from '@cort/subgraph';
import type { Prisma } from '../../generated/prisma/client';
import type { Context } from '../../context';
import { displayName } from '../../domain/display-name';
import { canReadParticipantsOf, PARTICIPANT_READERS } from '../../domain/participant-access';
import { Enrolment } from '../enrolment/enrolment.type';
import { Prison } from '../prison/prison.type';
import { Participant, ParticipantConnection } from './participant.type';
import { seenAs } from './participant.view';

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantConnection, {
    description: 'The participants of one of your prisons, by name; search matches names and detainee numbers.',
  })
  async participants(
    @Arg('prisonId', () => ID) prisonId: string,
    @Ctx() { caller, prisma }: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    requirePrison(caller, prisonId, PARTICIPANT_READERS);
    const page = pageOf(first, after);
    const term = search?.trim();
    const where: Prisma.ParticipantWhereInput = {
      prisonId,
      ...(term
        ? {
            OR: (['firstName', 'lastName', 'detaineeNumber'] as const).map((field) => ({
              [field]: { contains: term, mode: 'insensitive' as const },
            })),
          }
        : {}),
    };
    const [nodes, total] = await Promise.all([
      prisma.participant.findMany({
        where,
        orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
        skip: page.offset,
        take: page.limit,
      }),
      prisma.participant.count({ where }),
    ]);
    return connectionOf(
      nodes.map((p) => seenAs(p, 'FULL')),
      total,
      page,
    );
  }

  @Query(() => Participant, { description: 'One participant of one of your prisons.' })
  async participant(@Arg('id', () => ID) id: string, @Ctx() { caller, loaders }: Context) {
    requireUser(caller);
    const participant = await loaders.participant.load(id);
    // Unknown and not yours answer the same, so ids cannot be probed.
    if (!participant || !canReadParticipantsOf(caller, participant.prisonId)) throw notFound('Participant', id);
    return seenAs(participant, 'FULL');
  }

  @FieldResolver(() => String, { description: 'First name and the initial of the last name.' })
  displayName(@Root() p: Participant): string {
    return displayName(p.firstName, p.lastName);
  }

  @FieldResolver(() => Prison, {
    nullable: true,
    description: 'The prison they are registered in; null while the activities service is unavailable.',
  })
  prison(@Root() p: Participant): Prison {
    return { id: p.prisonId };
  }

  @FieldResolver(() => [Enrolment], { description: 'Their enrolments, newest first.' })
  enrolments(@Root() p: Participant, @Ctx() { loaders }: Context) {
    return loaders.enrolmentsOfParticipant.load(p.id);
  }

  @FieldResolver(() => Prison, { nullable: true, description: 'Where they were transferred to, when they were.' })
  transferredTo(@Root() p: Participant): Prison | null {
    return p.transferredTo ? { id: p.transferredTo } : null;
  }
}
