import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { exportParticipantData } from './data-export.service';
import { ParticipantDataExport } from './data-export.type';

@Resolver(() => ParticipantDataExport)
export class DataExportResolver {
  @Query(() => ParticipantDataExport, {
    description: 'Everything the graph holds about one participant of your prison, for their access request (GDPR Art. 15). Audited.',
  })
  participantDataExport(
    @Arg('participantId', () => ID, { description: 'The participant whose data to export.' }) participantId: string,
    @Ctx() ctx: Context,
  ): Promise<ParticipantDataExport> {
    return exportParticipantData(ctx, participantId);
  }
}
