import { belgianDate, fromCalendarDate } from '@cort/common';
import { actorOf, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { agreementProblems, covers } from '../../domain/agreement';
import { currentOn, daysAfter, withinDaysProblem } from '../../domain/expiry';
import { agreementChange } from '../../policy';
import type { RecordAgreementInput } from './agreement.inputs';
import { recordAgreementEvent } from './agreement.events';
import { agreementsEndingBy, insertAgreement } from './agreement.repository';
import type { Agreement } from './agreement.type';

// The agreements' use cases: a coordinator of the prisons records one; the readers of an organisation's
// agreements see whether each is current; a prison's coordinators list those about to lapse.

/** A coordinator of the prisons it covers records an organisation's agreement (agreementChange: assigned to each prison it covers). */
export async function recordAgreement(ctx: Context, input: RecordAgreementInput) {
  const prisonIds = [...new Set(input.prisonIds)];
  const organisation = await loadForChange(ctx.caller, agreementChange(prisonIds), input.organisationId, (id) =>
    ctx.loaders.organisation.load(id),
  );
  const facts = {
    prisonIds,
    validFrom: input.validFrom,
    validUntil: input.validUntil ?? null,
    documentReference: input.documentReference?.trim() || null,
  };
  refuseProblems(agreementProblems(facts, organisation.prisonIds));
  return ctx.prisma.$transaction(async (tx) => {
    const agreement = await insertAgreement(tx, {
      organisationId: organisation.id,
      kind: input.kind,
      ...facts,
      recordedBy: actorOf(ctx.caller),
    });
    await recordAgreementEvent(tx, agreement);
    return agreement;
  });
}

/** Whether the agreement holds today (Brussels). */
export const currentToday = (agreement: Agreement) => currentOn(agreement, belgianDate(new Date()));

/** The agreements covering the prison that hold today and lapse within the coming days, the soonest first. */
export async function expiringAgreements({ prisma }: Context, prisonId: string, withinDays: number) {
  const problem = withinDaysProblem(withinDays);
  refuseProblems(problem ? [problem] : []);
  const today = belgianDate(new Date());
  const rows = await agreementsEndingBy(prisma, prisonId, fromCalendarDate(today), fromCalendarDate(daysAfter(today, withinDays)));
  return rows.filter((row) => covers(row, prisonId, row.organisation.prisonIds));
}
