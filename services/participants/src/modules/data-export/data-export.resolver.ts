import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { notFound } from '@cort/subgraph';
import type { Context } from '../../context';
import { canManageParticipantsOf } from '../../domain/participant-access';
import { participantsPolicy } from '../../policy';
import { appendAuditEvents } from '../audit/audit.repository';
import { participantsPartOf } from './data-export.repository';
import { ParticipantDataExport } from './data-export.type';

/** An export hands out every personal category this service holds. */
const EXPORTED = Object.entries(participantsPolicy.categories)
  .filter(([, category]) => category.personal)
  .map(([name]) => name)
  .sort();

@Resolver(() => ParticipantDataExport)
export class DataExportResolver {
  @Query(() => ParticipantDataExport, {
    description: 'Everything the graph holds about one participant of your prison, for their access request (GDPR Art. 15). Audited.',
  })
  async participantDataExport(@Arg('participantId', () => ID) participantId: string, @Ctx() ctx: Context): Promise<ParticipantDataExport> {
    const participant = await ctx.loaders.participant.load(participantId);
    // Unknown and not yours answer the same, so ids cannot be probed.
    if (!participant || !canManageParticipantsOf(ctx.caller, participant.prisonId)) throw notFound('Participant', participantId);
    const participants = await participantsPartOf(ctx.prisma, participant);
    // Recorded before anything is returned: if this fails, the export fails.
    await appendAuditEvents(ctx.prisma, [{ subject: participant.id, categories: EXPORTED }], ctx, 'EXPORT');
    return { participantId: participant.id, generatedAt: new Date(), participants };
  }
}
