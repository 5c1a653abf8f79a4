import { isoDate } from './fixtures';
import type { Graph } from './graph';

/** A needs assessment input among women in HAREN (unless told otherwise), with two wishes. */
export function assessmentInput(overrides: Record<string, unknown> = {}) {
  return {
    prisonId: 'HAREN',
    conductedFrom: isoDate(-40),
    conductedUntil: isoDate(-30),
    method: 'GROUP_TALK',
    respondents: 18,
    targetGroup: { genders: ['FEMALE'], legalStatuses: ['SUSPECT', 'CONVICTED'], languages: ['ar'] },
    wishes: [
      { topic: { nl: 'Yoga', fr: 'Yoga', en: 'Yoga' }, domain: 'SPORT', count: 12 },
      { topic: { fr: 'Cours de néerlandais' }, domain: 'EDUCATION', count: 15 },
    ],
    note: 'Gesprek in de leefgroep.',
    ...overrides,
  };
}

export interface RecordedAssessment {
  id: string;
  wishes: { id: string; topic: string; domain: string; count: number }[];
}

/** A needs assessment recorded through the contract's operation. */
export async function recordedAssessment(graph: Graph, coordinator: string, overrides: Record<string, unknown> = {}) {
  const answer = await graph.run('web/RecordNeedsAssessment.graphql', { input: assessmentInput(overrides) }, coordinator);
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data.recordNeedsAssessment.needsAssessment as RecordedAssessment;
}
