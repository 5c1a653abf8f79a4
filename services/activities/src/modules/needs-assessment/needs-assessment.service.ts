import { belgianDate, givenFields } from '@cort/common';
import { badUserInput, conflict, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import type { NeedsAssessment, Prisma } from '../../generated/prisma/client';
import { normaliseText } from '../../domain/localized-text';
import { needsAssessmentProblems } from '../../domain/needs-assessment-input';
import { needsAssessmentScope } from '../../policy';
import { recordAssessmentEvent } from './needs-assessment.events';
import type { RecordNeedsAssessmentInput, UpdateNeedsAssessmentInput, WishInput } from './needs-assessment.inputs';
import {
  answeredWishIds,
  assessmentsOverlapping,
  insertAssessment,
  insertWishes,
  replaceWishes,
  writeAssessment,
} from './needs-assessment.repository';

const canonical = (tags: string[] | null | undefined) => (tags ?? []).map((tag) => Intl.getCanonicalLocales(tag)[0]);

/** A wish's row: the topic's three languages (blank counts as absent), its place in the list as given. */
const wishRow = (wish: WishInput & { id?: string | null }, position: number) => {
  const topic = normaliseText(wish.topic);
  return {
    ...(wish.id ? { id: wish.id } : {}),
    position,
    topicNl: topic.nl,
    topicFr: topic.fr,
    topicEn: topic.en,
    domain: wish.domain,
    count: wish.count,
  };
};

const note = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The needs assessments of one prison conducted (at least partly) in a calendar year, the latest first. */
export function assessmentsOfYear(ctx: Context, prisonId: string, year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('Give a year between 2000 and 2100.', 'year');
  return assessmentsOverlapping(ctx.prisma, prisonId, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31)));
}

/** A coordinator records a needs assessment of one of their prisons, with its wishes, in one transaction. */
export async function recordNeedsAssessment(ctx: Context, input: RecordNeedsAssessmentInput): Promise<NeedsAssessment> {
  refuseProblems(needsAssessmentProblems(input));
  if (!(await ctx.loaders.prison.load(input.prisonId))) throw badUserInput(`Prison ${input.prisonId} does not exist.`, 'prisonId');
  return ctx.prisma.$transaction(async (tx) => {
    const assessment = await insertAssessment(tx, {
      prisonId: input.prisonId,
      conductedFrom: input.conductedFrom,
      conductedUntil: input.conductedUntil,
      method: input.method,
      respondents: input.respondents,
      genders: input.targetGroup.genders,
      legalStatuses: input.targetGroup.legalStatuses,
      languages: canonical(input.targetGroup.languages),
      note: note(input.note),
    });
    const wishes = await insertWishes(tx, assessment.id, input.wishes.map(wishRow));
    await recordAssessmentEvent(tx, 'NeedsAssessmentRecorded', assessment, wishes);
    return assessment;
  });
}

/** Refuses wish ids the assessment does not have, and the removal of a wish an activity answers. */
async function checkWishChanges(tx: Prisma.TransactionClient, assessmentId: string, given: UpdateNeedsAssessmentInput['wishes']) {
  if (!given) return;
  const current = new Set((await tx.wish.findMany({ where: { assessmentId }, select: { id: true } })).map((w) => w.id));
  const unknown = given.findIndex((wish) => wish.id && !current.has(wish.id));
  if (unknown >= 0) throw badUserInput(`Wish ${given[unknown].id} is not a wish of this needs assessment.`, `wishes[${unknown}].id`);
  const kept = new Set(given.map((wish) => wish.id));
  const dropped = (await answeredWishIds(tx, assessmentId)).filter((id) => !kept.has(id));
  if (dropped.length) {
    throw conflict(`Wish ${dropped[0]} is answered by an activity and cannot be removed; keep it in the list with its id.`, {
      field: 'wishes',
      wishId: dropped[0],
    });
  }
}

/** Changes the given fields of a needs assessment; the result is checked as a whole, its wishes replaced when given. */
export async function updateNeedsAssessment(ctx: Context, input: UpdateNeedsAssessmentInput): Promise<NeedsAssessment> {
  const current = await loadForChange<NeedsAssessment>(ctx.caller, needsAssessmentScope, input.id, (id) =>
    ctx.loaders.needsAssessment.load(id),
  );
  const { id, targetGroup, wishes, note: newNote, ...plain } = givenFields(input);
  const currentWishes = await ctx.loaders.wishesOfAssessment.load(id!);
  refuseProblems(
    needsAssessmentProblems({
      conductedFrom: plain.conductedFrom ?? current.conductedFrom,
      conductedUntil: plain.conductedUntil ?? current.conductedUntil,
      respondents: plain.respondents ?? current.respondents,
      targetGroup: targetGroup ?? current,
      wishes: wishes ?? currentWishes.map((w) => ({ topic: { nl: w.topicNl, fr: w.topicFr, en: w.topicEn }, count: w.count })),
    }),
  );
  const updated = await ctx.prisma.$transaction(async (tx) => {
    await checkWishChanges(tx, current.id, wishes);
    const updated = await writeAssessment(tx, current.id, {
      ...plain,
      ...(targetGroup
        ? { genders: targetGroup.genders, legalStatuses: targetGroup.legalStatuses, languages: canonical(targetGroup.languages) }
        : {}),
      ...(input.note !== undefined && input.note !== null ? { note: note(newNote) } : {}),
    });
    const rows = wishes ? await replaceWishes(tx, current.id, wishes.map(wishRow)) : currentWishes;
    await recordAssessmentEvent(tx, 'NeedsAssessmentUpdated', updated, rows);
    return updated;
  });
  // The wishes were loaded before the change: the answer shows them as they are now.
  ctx.loaders.wishesOfAssessment.clear(current.id);
  return updated;
}

/** Today in prison time, as a calendar day: the overview's two years run back from it. */
export const prisonToday = () => belgianDate(new Date());
