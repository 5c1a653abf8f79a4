import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { OnboardingStepKind } from '../../shared/enums';

@InputType({ description: "One step of a person's onboarding, with its days; it replaces what was recorded for that step." })
export class RecordOnboardingStepInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => OnboardingStepKind, { description: 'Which step.' })
  step!: OnboardingStepKind;

  @Field(() => DateResolver, { nullable: true, description: 'The day it is planned for; give it, doneOn, or both.' })
  plannedOn?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'The day it was done: today or earlier.' })
  doneOn?: Date | null;
}
