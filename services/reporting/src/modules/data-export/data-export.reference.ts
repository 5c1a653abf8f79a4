import type { Context } from '../../context';
import { reportingPartOf } from './data-export.service';

/**
 * Reached only through participantDataExport, which the participants service gives to the coordinators
 * of the participant's prison; the policy admits the same roles here, and only the rows of activities
 * in the caller's prisons are handed out.
 */
export const dataExportReference = {
  ParticipantDataExport: {
    __resolveReference: async ({ participantId }: { participantId: string }, ctx: Context) => ({
      participantId,
      reporting: await reportingPartOf(ctx, participantId),
    }),
  },
};
