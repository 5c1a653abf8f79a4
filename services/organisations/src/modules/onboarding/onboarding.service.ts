import { belgianDate } from '@cort/common';
import { actorOf, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { onboardingOf, onboardingProblems } from '../../domain/onboarding';
import { PERSON_ONBOARDING } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import type { RecordOnboardingStepInput } from './onboarding.inputs';
import { writeOnboardingStep } from './onboarding.repository';

/** A coordinator of a prison the person works in records a step of their onboarding (PERSON_ONBOARDING). */
export async function recordOnboardingStep(ctx: Context, input: RecordOnboardingStepInput) {
  const { person } = await loadForChange(ctx.caller, PERSON_ONBOARDING, input.personId, personOfOrganisation(ctx.loaders));
  const dates = { plannedOn: input.plannedOn ?? null, doneOn: input.doneOn ?? null };
  refuseProblems(onboardingProblems(dates, belgianDate(new Date())));
  const row = await writeOnboardingStep(
    ctx.prisma,
    { personId: person.id, step: input.step },
    { ...dates, recordedBy: actorOf(ctx.caller) },
  );
  return { step: row, person };
}

/** Every step of a person's onboarding, in order, from the rows recorded (one loader across a request). */
export const onboardingOfPerson = async (ctx: Context, personId: string) =>
  onboardingOf(await ctx.loaders.onboardingOfPerson.load(personId));
