import { belgianDate } from '@cort/common';
import { recordEvents } from '@cort/events';
import { activitiesEvents } from '../../events';
import type { Evaluation, Prisma } from '../../generated/prisma/client';
import type { ObjectiveEvaluation } from './evaluation.type';

type Tx = Prisma.TransactionClient;

/** The decision and the results only: the objectives' texts, comments and what worked stay here. */
export const recordEvaluated = (tx: Tx, evaluation: Evaluation, prisonId: string) =>
  recordEvents(tx, activitiesEvents, 'ActivityEvaluated', [
    {
      evaluationId: evaluation.id,
      activityId: evaluation.activityId,
      prisonId,
      decision: evaluation.decision,
      results: (evaluation.objectives as unknown as ObjectiveEvaluation[]).map((o) => o.result),
      evaluatedOn: belgianDate(evaluation.evaluatedAt),
    },
  ]);

export const recordNextEdition = (tx: Tx, activityId: string, previousActivityId: string, prisonId: string) =>
  recordEvents(tx, activitiesEvents, 'NextEditionPlanned', [{ activityId, previousActivityId, prisonId }]);
