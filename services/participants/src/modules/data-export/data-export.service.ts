import { loadVisible } from '@cort/subgraph';
import type { Context } from '../../context';
import { dataExportScope, participantsPolicy } from '../../policy';
import { appendAuditEvents } from '../audit/audit.repository';
import { participantsPartOf } from './data-export.repository';
import type { ParticipantDataExport } from './data-export.type';

/** An export hands out every personal category this service holds. */
const EXPORTED = Object.entries(participantsPolicy.categories)
  .filter(([, category]) => category.personal)
  .map(([name]) => name)
  .sort();

/** Everything this service holds about one participant, for their access request; the export itself is audited. */
export async function exportParticipantData(ctx: Context, participantId: string): Promise<ParticipantDataExport> {
  // Unknown and not yours answer the same, so ids cannot be probed.
  const participant = await loadVisible(ctx.caller, dataExportScope, participantId, (id) => ctx.loaders.participant.load(id));
  const participants = await participantsPartOf(ctx.prisma, participant);
  // Recorded before anything is returned: if this fails, the export fails.
  await appendAuditEvents(ctx.prisma, [{ subject: participant.id, categories: EXPORTED }], ctx, 'EXPORT');
  return { participantId: participant.id, generatedAt: new Date(), participants };
}
