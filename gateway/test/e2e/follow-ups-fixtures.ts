import { belgianDate } from '@cort/common';
import { contract, type Graph } from './graph';
import { activityInput, partnerIn, publishedActivity, registeredParticipant } from './fixtures';

/** The follow-up scenarios' shorthand: one prison, its coordinator, one partner organisation. */
export async function followUpWorld(graph: Graph, prisonId = 'HAREN') {
  const coordinator = await graph.token({ roles: ['COORDINATOR'], prisons: [prisonId] });
  const organisationId = await partnerIn(graph, coordinator, prisonId);
  let serial = 0;

  const activity = (overrides: Record<string, unknown> = {}) =>
    publishedActivity(graph, coordinator, activityInput(prisonId, organisationId, overrides));

  /** A participant registered and enrolled through the contract; returns both ids and the status the request landed in. */
  async function enrolled(activityId: string, names: { firstName?: string; lastName?: string } = {}) {
    const participantId = await registeredParticipant(graph, coordinator, { prisonId, firstName: 'Youssef', lastName: 'Aydin', ...names });
    const answer = await graph.run(
      'web/RequestEnrolment.graphql',
      { input: { activityId, participantId, idempotencyKey: `follow-up-${activityId}-${++serial}` } },
      coordinator,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    const { id, status } = answer.data.requestEnrolment.enrolment;
    return { participantId, enrolmentId: id as string, status: status as string };
  }

  const dropOut = (enrolmentId: string, reasonCode?: string, bearer = coordinator) =>
    graph.send(
      `mutation($id: ID!, $reason: String!, $reasonCode: DropoutReason) {
        markDroppedOut(id: $id, reason: $reason, reasonCode: $reasonCode) { enrolment { id status } } }`,
      { id: enrolmentId, reason: 'Kwam niet meer.', reasonCode },
      bearer,
    );

  const followUps = (variables: Record<string, unknown> = {}, bearer = coordinator) =>
    graph.send(contract('web/DropoutFollowUps.graphql'), { prisonId, language: 'NL', ...variables }, bearer);

  /** The follow-up of one enrolment in the coordinator's list (every status). */
  async function followUpOf(enrolmentId: string) {
    const answer = await followUps({ first: 100 });
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data.dropoutFollowUps.edges.map((e: any) => e.node).find((n: any) => n.enrolment.id === enrolmentId);
  }

  const converse = (input: Record<string, unknown>, bearer = coordinator) =>
    graph.run('web/RecordFollowUpConversation.graphql', { input: { heldOn: belgianDate(new Date()), ...input } }, bearer);

  return { prisonId, coordinator, organisationId, activity, enrolled, dropOut, followUps, followUpOf, converse };
}

export type FollowUpWorld = Awaited<ReturnType<typeof followUpWorld>>;
