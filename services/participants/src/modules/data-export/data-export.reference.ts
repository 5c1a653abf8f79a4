/**
 * Other subgraphs add their part to an export (reporting's rows) from the representation this service
 * returns with participantDataExport; none asks this service for one. An export is made only by that
 * query, which audits it, so a reference to one resolves to nothing here.
 */
export const dataExportReference = {
  ParticipantDataExport: { __resolveReference: () => null },
};
