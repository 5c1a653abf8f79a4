import { DateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { OnboardingStepKind } from '../../shared/enums';
import { Person } from '../person/person.type';

/** One step of a person's onboarding; a step not recorded yet has neither day. */
@ObjectType({
  description:
    "One step of a staff member's or volunteer's onboarding (permit, training, charter, welcome talk): the day it is planned for and the day it was done.",
})
export class OnboardingStep {
  @Field(() => OnboardingStepKind, { description: 'Which step.' })
  step!: OnboardingStepKind;

  @Field(() => DateResolver, { nullable: true, description: 'The day it is planned for; null when not planned.' })
  plannedOn!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'The day it was done; null while it is not.' })
  doneOn!: Date | null;
}

@ObjectType({ description: 'What recording an onboarding step returns: the step as recorded and the person.' })
export class OnboardingStepPayload {
  @Field(() => OnboardingStep, { description: 'The step, as recorded now.' })
  step!: OnboardingStep;

  @Field(() => Person, { description: 'The person, whose onboarding now shows the step.' })
  person!: Person;
}
