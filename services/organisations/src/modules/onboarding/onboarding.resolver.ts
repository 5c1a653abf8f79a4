import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Person } from '../person/person.type';
import { RecordOnboardingStepInput } from './onboarding.inputs';
import { onboardingOfPerson, recordOnboardingStep } from './onboarding.service';
import { OnboardingStep, OnboardingStepPayload } from './onboarding.type';

/** A person's onboarding: the steps as a field of the person, and recording one. */
@Resolver(() => Person)
export class OnboardingResolver {
  @Mutation(() => OnboardingStepPayload, {
    description:
      'A coordinator of a prison the person works in records a step of their onboarding: the day it is planned for, done, or both.',
  })
  recordOnboardingStep(
    @Arg('input', () => RecordOnboardingStepInput, { description: 'The person, the step and its days.' }) input: RecordOnboardingStepInput,
    @Ctx() ctx: Context,
  ): Promise<OnboardingStepPayload> {
    return recordOnboardingStep(ctx, input);
  }

  @FieldResolver(() => [OnboardingStep], {
    description: 'Their onboarding: every step in order (permit, training, charter, welcome talk), those not recorded yet without days.',
  })
  onboarding(@Root() person: Person, @Ctx() ctx: Context) {
    return onboardingOfPerson(ctx, person.id);
  }
}
