import { Field, Int, ObjectType } from 'type-graphql';
import { ActivityCategory } from '../../shared/enums';
import { Prison } from '../prison/prison.type';

@ObjectType({ description: 'One category of the offer in a year; counts from 1 to 4 are null (suppressed).' })
export class OfferOverviewRow {
  @Field(() => ActivityCategory, { description: 'The category the counts of this row are of.' })
  category!: ActivityCategory;

  @Field(() => Int, { nullable: true, description: 'Activities with at least one session (not cancelled) starting in the year.' })
  activities!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Those activities' sessions in the year that were held: over (or their roll call recorded) and not cancelled.",
  })
  sessionsHeld!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct participants ever enrolled in those activities.' })
  participants!: number | null;

  @Field(() => Boolean, { description: 'True when a count of this row was withheld because it was from 1 to 4.' })
  suppressed!: boolean;
}

@ObjectType({ description: "The annual report's first table: a prison's offer by category, in Belgian-time calendar years." })
export class OfferOverview {
  @Field(() => Prison, { nullable: true, description: 'The prison the figures are of; null while the activities service is unavailable.' })
  prison!: Prison;

  @Field(() => Int, { description: 'The calendar year the figures are of, January to December in Belgian time.' })
  year!: number;

  @Field(() => [OfferOverviewRow], { description: 'EDUCATIONAL, PSYCHOSOCIAL, SOCIOCULTURAL, always all three.' })
  rows!: OfferOverviewRow[];
}
