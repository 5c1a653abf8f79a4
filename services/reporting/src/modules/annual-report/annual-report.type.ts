import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ActivityCategory, ActivityDomain, CancellationReason, Gender, LegalStatus, Region } from '../../shared/enums';
import { Prison } from '../prison/prison.type';

@ObjectType({
  description:
    'A count of the annual report as it may be published: null with suppressed true when withheld (a count from 1 to 4, or a cell that would give one back); 0 stays 0.',
})
export class ReportCount {
  @Field(() => Int, { nullable: true, description: 'The count; null when withheld.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when the count was withheld (small-cell or secondary suppression).' })
  suppressed!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: "The same count a year earlier, as that year's report shows it (null when withheld there).",
  })
  previousYear!: number | null;
}

@ObjectType({ description: 'The offer of one category and domain in the year.' })
export class AnnualOfferRow {
  @Field(() => ActivityCategory, { description: 'The category of the activities counted.' })
  category!: ActivityCategory;

  @Field(() => ActivityDomain, { description: 'The domain of the activities counted.' })
  domain!: ActivityDomain;

  @Field(() => ReportCount, { description: 'Activities with at least one session (not cancelled) starting in the year.' })
  activities!: ReportCount;

  @Field(() => ReportCount, { description: 'Their sessions in the year that were held (over, or their roll call recorded).' })
  sessionsHeld!: ReportCount;

  @Field(() => ReportCount, { description: 'Sessions in the year that were cancelled (of published, archived or cancelled activities).' })
  sessionsCancelled!: ReportCount;

  @Field(() => ReportCount, { description: 'The hours of the sessions held, rounded to whole hours.' })
  hours!: ReportCount;

  @Field(() => ReportCount, { description: 'Distinct participants ever enrolled in the activities that ran.' })
  participants!: ReportCount;
}

@ObjectType({ description: 'Distinct participants of the offer in the year in one target group.' })
export class TargetGroupRow {
  @Field(() => Gender, { description: 'The gender of the target group.' })
  gender!: Gender;

  @Field(() => LegalStatus, { description: 'The legal status of the target group.' })
  legalStatus!: LegalStatus;

  @Field(() => ReportCount, {
    description:
      'Participants of activities that ran in the year, each in the group of their latest enrolment (enrolments from before target groups were kept are left out).',
  })
  participants!: ReportCount;
}

@ObjectType({ description: 'How many attendance marks of a category carry one code.' })
export class MarkCount {
  @Field(() => String, { description: 'PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED, REFUSED, CLASH, NOT_REQUIRED or SESSION_CANCELLED.' })
  code!: string;

  @Field(() => ReportCount, { description: 'Marks with this code at sessions of the year.' })
  count!: ReportCount;
}

@ObjectType({ description: "A category's attendance in the year: its marks by code and the rate." })
export class CategoryAttendance {
  @Field(() => ActivityCategory, { description: 'The category of the activities whose sessions were marked.' })
  category!: ActivityCategory;

  @Field(() => Float, {
    nullable: true,
    description:
      'PRESENT over the marks that say whether someone came, 0 to 1; null over fewer than five participants or when a mark it uses is withheld.',
  })
  rate!: number | null;

  @Field(() => [MarkCount], { description: 'Every code, always in the same order.' })
  marks!: MarkCount[];
}

@ObjectType({ description: 'Sessions of the year cancelled for one reason.' })
export class CancellationReasonRow {
  @Field(() => CancellationReason, { description: 'The reason code of the cancellation.' })
  reason!: CancellationReason;

  @Field(() => ReportCount, { description: 'Cancelled sessions with that reason (the same sessions as the offer counts as cancelled).' })
  sessions!: ReportCount;
}

@ObjectType({ description: 'Dropout follow-ups of the year whose conversation gave one reason.' })
export class DropoutReasonRow {
  @Field(() => String, { description: "The reason code, as the participants service's DropoutReason." })
  reason!: string;

  @Field(() => ReportCount, { description: 'Follow-ups opened in the year and done with this reason among theirs (one can give several).' })
  count!: ReportCount;
}

@ObjectType({ description: 'Attendance in one month of the year (Belgian time): the same marks as the attendance per category.' })
export class MonthAttendance {
  @Field(() => Int, { description: 'The month, 1 (January) to 12 (December).' })
  month!: number;

  @Field(() => ReportCount, { description: 'Marks PRESENT at sessions starting in the month.' })
  present!: ReportCount;

  @Field(() => ReportCount, { description: 'Marks ABSENT_EXCUSED, ABSENT_UNEXCUSED, REFUSED or CLASH at sessions starting in the month.' })
  absent!: ReportCount;

  @Field(() => Float, {
    nullable: true,
    description: 'Present over present and absent, 0 to 1; null over fewer than five participants or when either count is withheld.',
  })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: "The same month's rate a year earlier, as that year's report shows it." })
  ratePreviousYear!: number | null;
}

@ObjectType({ description: 'How long participants of a category waited between their request and enrolment.' })
export class CategoryWaitingDays {
  @Field(() => ActivityCategory, { description: 'The category of the activities enrolled in.' })
  category!: ActivityCategory;

  @Field(() => Float, {
    nullable: true,
    description: 'The median days from request to ENROLLED of enrolments in the year; null over fewer than five participants.',
  })
  median!: number | null;
}

@ObjectType({ description: 'The needs assessments of the year and how far the offer answers them (wishes are topics, not people).' })
export class AnnualNeeds {
  @Field(() => Int, { description: 'Wishes recorded in the needs assessments that ended in the year.' })
  wishes!: number;

  @Field(() => Int, { description: 'Of those, the wishes answered by a published (or since archived) activity.' })
  answered!: number;

  @Field(() => Int, { description: 'The wishes of the previous year.' })
  wishesPreviousYear!: number;

  @Field(() => Int, { description: 'The wishes of the previous year answered.' })
  answeredPreviousYear!: number;
}

@ObjectType({
  description:
    'The partner organisations serving the prison and their people in the year (organisations and people of organisations, not detainees).',
})
export class AnnualPartners {
  @Field(() => ReportCount, {
    description: 'Organisations serving the prison with an agreement covering it that held on at least one day of the year.',
  })
  organisations!: ReportCount;

  @Field(() => ReportCount, { description: "Staff of the prison's partner organisations who were active on at least one day of the year." })
  staff!: ReportCount;

  @Field(() => ReportCount, { description: 'Volunteers of those organisations who were active on at least one day of the year.' })
  volunteers!: ReportCount;

  // Hours, not a count of people: a Float rounded to the quarter hour (how hours are recorded), never
  // withheld. Withholding protects counts from 1 to 4 that could single someone out; hours add up to no
  // count of the report and give none back (any number of volunteers can make the same hours).
  @Field(() => Float, {
    description:
      "Volunteer hours in the year, rounded to the quarter hour: those recorded for the prison, plus the held sessions' hours once per volunteer who facilitated them. Hours, not a count of people: never withheld.",
  })
  volunteerHours!: number;

  @Field(() => Float, { description: 'The volunteer hours of the previous year.' })
  volunteerHoursPreviousYear!: number;
}

@ObjectType({ description: "The progress of the prison's action plan for the year (actions of the plan, not people)." })
export class AnnualActionPlan {
  @Field(() => Int, { description: 'Actions of the action plans for the year, whatever their status (dropped ones too).' })
  actions!: number;

  @Field(() => Int, { description: 'Of those, the actions done.' })
  done!: number;

  @Field(() => Int, { description: 'The actions of the previous year.' })
  actionsPreviousYear!: number;

  @Field(() => Int, { description: 'The actions of the previous year done.' })
  donePreviousYear!: number;
}

/** The sections every annual report has, of a prison or a region; new sections are added here. */
@ObjectType({ description: 'The sections of an annual report (not in the schema itself: its reports inherit them).' })
export abstract class ReportSections {
  @Field(() => Int, { description: 'The calendar year, January to December in Belgian time.' })
  year!: number;

  @Field(() => [AnnualOfferRow], { description: 'The offer by category and domain: every category × domain, always in the same order.' })
  offer!: AnnualOfferRow[];

  @Field(() => [TargetGroupRow], { description: 'Participants by gender × legal status, every combination.' })
  participantsByTargetGroup!: TargetGroupRow[];

  @Field(() => [CategoryAttendance], { description: 'Attendance per category.' })
  attendance!: CategoryAttendance[];

  @Field(() => [MonthAttendance], { description: 'Attendance by month: twelve rows, January to December.' })
  attendanceByMonth!: MonthAttendance[];

  @Field(() => [CancellationReasonRow], { description: 'Cancelled sessions by reason, every reason.' })
  cancellationReasons!: CancellationReasonRow[];

  @Field(() => [DropoutReasonRow], {
    description: 'Dropouts by the reasons their follow-up conversation gave; reasons nobody gave are left out.',
  })
  dropouts!: DropoutReasonRow[];

  @Field(() => [CategoryWaitingDays], { description: 'Median days on the waiting list per category.' })
  waitingDays!: CategoryWaitingDays[];

  @Field(() => AnnualNeeds, { description: 'Wishes recorded and answered.' })
  needs!: AnnualNeeds;

  @Field(() => AnnualPartners, { description: 'Partner organisations, their staff and volunteers, and volunteer hours.' })
  partners!: AnnualPartners;

  @Field(() => AnnualActionPlan, { description: "The action plan's actions and those done." })
  actionPlan!: AnnualActionPlan;
}

@ObjectType({ description: "A prison's annual report, from the reporting service's projections, safe to publish." })
export class AnnualReport extends ReportSections {
  @Field(() => Prison, { nullable: true, description: 'The prison the figures are of; null while the activities service is unavailable.' })
  prison!: Prison;
}

@ObjectType({ description: "A region's annual report: every prison of Flanders or of Brussels counted together, safe to publish." })
export class RegionReport extends ReportSections {
  @Field(() => Region, { description: 'The region the figures are of.' })
  region!: Region;
}
