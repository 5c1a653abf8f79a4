import { givenFields } from '@cort/common';
import { actorOf, badUserInput, conflict, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { periodOf } from '../activity/activity-warnings.service';
import type { Activity, Evaluation } from '../../generated/prisma/client';
import { activityProblems } from '../../domain/activity-input';
import { evaluationProblems, evaluationStatusProblem, nextEditionProblem } from '../../domain/evaluation';
import { normaliseText } from '../../domain/localized-text';
import { activityScope, evaluationScope } from '../../policy';
import { recordActivityEvent } from '../activity/activity.events';
import { insertActivity } from '../activity/activity.repository';
import { answerWishes, wishesToAnswer } from '../needs-assessment/wish.service';
import { recordEvaluated, recordNextEdition } from './evaluation.events';
import type { EvaluateActivityInput, PlanNextEditionInput } from './evaluation.inputs';
import { evaluationOf, insertEdition, lockActivity, nextEditionOf, wishIdsOf, writeEvaluation } from './evaluation.repository';

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const loadActivity = (ctx: Context) => (id: string) => ctx.loaders.activity.load(id);

/**
 * A coordinator of the activity's prison evaluates it: the first evaluation of this edition, or a new
 * version of it (the earlier kept in its history), under the activity's lock so two at once cannot both
 * be the first.
 */
export async function evaluateActivity(ctx: Context, input: EvaluateActivityInput): Promise<Evaluation> {
  const activity = await loadForChange<Activity>(ctx.caller, evaluationScope, input.activityId, loadActivity(ctx));
  const statusProblem = evaluationStatusProblem(activity.status);
  if (statusProblem) throw badUserInput(statusProblem, 'activityId');
  refuseProblems(evaluationProblems(input.objectives));
  const objectives = input.objectives.map((o) => ({ objective: o.objective.trim(), result: o.result, comment: text(o.comment) }));
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, activity.id);
    const evaluation = await writeEvaluation(tx, activity.id, {
      objectives,
      worked: text(input.worked),
      adjustments: text(input.adjustments),
      decision: input.decision,
      evaluatedBy: actorOf(ctx.caller),
    });
    await recordEvaluated(tx, evaluation, activity.prisonId);
    return evaluation;
  });
}

/**
 * After an evaluation that decided CONTINUE or ADJUST: a new draft that copies the evaluated activity
 * (texts, audience, organisation, facilitators, capacity, objectives, the wishes it answers) with the
 * given changes, linked both ways. A STOP, no evaluation or a second next edition is a CONFLICT.
 */
export async function planNextEdition(ctx: Context, input: PlanNextEditionInput): Promise<Activity> {
  const previous = await loadForChange<Activity>(ctx.caller, activityScope, input.activityId, loadActivity(ctx));
  const { answersWishIds, title, summary, audience, ...plain } = givenFields(input.changes ?? {});
  const { id: _id, status: _status, statusReason: _reason, createdAt: _c, updatedAt: _u, publishedAt: _p, ...copied } = previous;
  const next = { ...copied, ...plain, startsOn: input.startsOn, endsOn: input.endsOn };
  const titles = title ? normaliseText(title) : { nl: previous.titleNl, fr: previous.titleFr, en: previous.titleEn };
  const summaries = summary ? normaliseText(summary) : { nl: previous.summaryNl, fr: previous.summaryFr, en: previous.summaryEn };
  const given = { ...givenFields(input.changes ?? {}), startsOn: input.startsOn, endsOn: input.endsOn };
  refuseProblems(
    activityProblems(given, next).map((p) => ({ ...p, field: ['startsOn', 'endsOn'].includes(p.field) ? p.field : `changes.${p.field}` })),
  );
  const facilitatorIds = [...new Set(next.facilitatorIds)];
  await ctx.organisations.checkFacilitation(ctx.caller, {
    prisonId: previous.prisonId,
    organisationId: previous.organisationId,
    personIds: facilitatorIds,
    dates: [],
    // Its agreement is asked about again, and warned of, when the next edition is published.
    period: periodOf(next),
  });
  const givenWishes = await wishesToAnswer(ctx, previous.prisonId, answersWishIds);
  return ctx.prisma.$transaction(async (tx) => {
    await lockActivity(tx, previous.id);
    const problem = nextEditionProblem((await evaluationOf(tx, previous.id))?.decision ?? null, !!(await nextEditionOf(tx, previous.id)));
    if (problem) throw conflict(problem, { field: 'activityId' });
    const created = await insertActivity(tx, {
      ...next,
      facilitatorIds,
      titleNl: titles.nl,
      titleFr: titles.fr,
      titleEn: titles.en,
      summaryNl: summaries.nl,
      summaryFr: summaries.fr,
      summaryEn: summaries.en,
      ...(audience ? { genders: audience.genders, legalStatuses: audience.legalStatuses } : {}),
    });
    await recordActivityEvent(tx, 'ActivityCreated', created);
    await answerWishes(tx, created, givenWishes ?? (await wishIdsOf(tx, previous.id)));
    await insertEdition(tx, previous.id, created.id);
    await recordNextEdition(tx, created.id, previous.id, created.prisonId);
    return created;
  });
}
