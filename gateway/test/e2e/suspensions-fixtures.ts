import type { Graph } from './graph';

// The suspension operations as a coordinator's web app sends them (no contract file names them yet).

const SUSPENSION = 'suspension { id from until reason note resumedAt endsAt }';

export const suspend = (graph: Graph, bearer: string, input: { id: string; from: string; until: string; reason: string; note?: string }) =>
  graph.send(
    `mutation Suspend($input: SuspendEnrolmentInput!) { suspendEnrolment(input: $input) { enrolment { id status } ${SUSPENSION} } }`,
    { input },
    bearer,
  );

export const resume = (graph: Graph, bearer: string, id: string) =>
  graph.send(
    `mutation Resume($input: ResumeEnrolmentInput!) { resumeEnrolment(input: $input) { enrolment { id status } ${SUSPENSION} } }`,
    { input: { id } },
    bearer,
  );

/** The open enrolment of a participant in an activity, straight from the participants database. */
export const enrolmentOf = async (graph: Graph, participantId: string, activityId: string) =>
  (await graph.participants.prisma.enrolment.findFirstOrThrow({ where: { participantId, activityId, status: 'ENROLLED' } })).id;

/** Who each session of the activity expects, through Session.expectedParticipants and Session.rollCall. */
export async function expectedAt(graph: Graph, bearer: string, activityId: string) {
  const answer = await graph.send(
    `query Expected($id: ID!) { activity(id: $id) { sessions { id expectedParticipants { id } rollCall { participant { id } } } } }`,
    { id: activityId },
    bearer,
  );
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return new Map<string, { expected: string[]; rollCall: string[] }>(
    answer.data.activity.sessions.map((s: any) => [
      s.id,
      { expected: s.expectedParticipants.map((p: any) => p.id), rollCall: s.rollCall.map((e: any) => e.participant.id) },
    ]),
  );
}
