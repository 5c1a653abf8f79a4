import { COORDINATORS, REPORT_READERS, type Caller, type Role } from '@cort/auth';
import { ALL_AUDIENCES, hasRole, inPrisonAs, type Policy, type ScopeRule, type Verdict } from '@cort/subgraph';
import { prisonsOf, type RegionCode } from './domain/regions';

/**
 * Who may read what in the reporting service, deny by default: aggregate figures to the readers of a
 * prison, and a participant's own rows only inside their data export. The only place a role or prison
 * decision is written here; docs/ACCESS.md is generated from it.
 */

/**
 * Figures are aggregate-only, yet about detainees: a reader of the prison only (coordinators and
 * analysts). Partner staff, volunteers, prison staff, services and anonymous callers are all refused, each
 * told what they lack ("You are not assigned to prison GENT.").
 */
const readsReportsOf = (caller: Caller, prisonId: string) => inPrisonAs(caller, prisonId, REPORT_READERS);

/**
 * A region's report: the policy coordinators and analysts of any prison of the region, who follow the
 * offer across prisons. Not the community coordinators, whose work is their own prison's.
 */
const REGION_READERS: readonly Role[] = ['POLICY_COORDINATOR', 'ANALYST'];
export function readsRegionReportsOf(caller: Caller, region: RegionCode): Verdict {
  const verdicts = prisonsOf(region).map((prisonId) => inPrisonAs(caller, prisonId, REGION_READERS));
  if (verdicts.includes(true)) return true;
  return caller.kind === 'user' && hasRole(caller, REGION_READERS)
    ? `You are assigned to no prison of ${region}.`
    : `This needs one of the roles ${REGION_READERS.join(', ')}.`;
}

/** Whether the caller reads the prison's figures. */
export const canReadReportsOf = (caller: Caller, prisonId: string) => readsReportsOf(caller, prisonId) === true;

/** What deciding on an activity's attendance needs: its prison and organisation, as projected from the activities feed. */
export interface AttendanceScope {
  prisonId: string;
  /** Null only for an activity projected before organisations were kept, until the feed is read again. */
  organisationId: string | null;
}

/**
 * An activity's attendance figures: the coordinators of its prison, who follow the offer, and the partner
 * staff of the organisation that runs it, in their prisons (as the activities service shows them that
 * activity), who run its sessions. Not analysts or prison staff: these are figures of one activity's group,
 * not of the offer. Volunteers see their own roll call, not the figures.
 */
export function readsAttendanceOf(caller: Caller, activity: AttendanceScope): boolean {
  if (inPrisonAs(caller, activity.prisonId, COORDINATORS) === true) return true;
  return (
    caller.kind === 'user' &&
    hasRole(caller, ['PARTNER_STAFF']) &&
    caller.prisons.includes(activity.prisonId) &&
    caller.organisationId !== undefined &&
    caller.organisationId === activity.organisationId
  );
}

/**
 * The activity behind activityAttendance, loaded with loadVisible: one whose figures the caller may not
 * read answers NOT_FOUND, exactly like an unknown id (published activities are public, but who came to
 * them is not; the answer does not tell which activities a partner runs).
 */
export const attendanceScope: ScopeRule<AttendanceScope> = { what: 'Activity', sees: readsAttendanceOf };

/** The prisons whose activities a participant's data export shows the caller: their own. */
export const exportedPrisonsOf = (caller: Caller): readonly string[] => (caller.kind === 'user' ? caller.prisons : []);

const each = (roles: readonly Role[], scope: string) =>
  Object.fromEntries(roles.map((role) => [role, scope])) as Partial<Record<Role, string>>;

export const reportingPolicy: Policy = {
  service: 'reporting',
  categories: {
    FIGURES: { personal: false, description: 'Aggregate figures of the offer, small counts suppressed' },
    ATTENDANCE_FIGURES: {
      personal: false,
      description: "One activity's attendance per session and in total, counted by code, small counts suppressed",
    },
    DATA_EXPORT: {
      personal: true,
      description: 'The activities a participant was enrolled in, their attendance marks and follow-ups (codes), inside their data export',
    },
    GLOBAL_IDS: { personal: false, description: "A global id decoded into type and id; the object's own service decides what is shown" },
  },
  personalTypes: ['ParticipantDataExport'],
  rules: {
    // node(id:) reads nothing: the gateway completes its reference from the object's own subgraph.
    'Query.node': {
      data: 'GLOBAL_IDS',
      who: Object.fromEntries(ALL_AUDIENCES.map((audience) => [audience, 'any object, as far as its own service shows it'])),
    },
    'Query.offerOverview': {
      data: 'FIGURES',
      who: each(REPORT_READERS, 'figures of their prisons'),
      allows: (caller: Caller, _parent, args: { prisonId: string }) => readsReportsOf(caller, args.prisonId),
    },
    'Query.annualReport': {
      data: 'FIGURES',
      who: each(REPORT_READERS, 'the annual report of their prisons'),
      allows: (caller: Caller, _parent, args: { prisonId: string }) => readsReportsOf(caller, args.prisonId),
    },
    'Query.regionReport': {
      data: 'FIGURES',
      who: each(REGION_READERS, 'the report of a region where they have a prison'),
      allows: (caller: Caller, _parent, args: { region: RegionCode }) => readsRegionReportsOf(caller, args.region),
    },
    // The activity's prison and organisation decide, once it is loaded: attendanceScope (NOT_FOUND otherwise).
    'Query.activityAttendance': {
      data: 'ATTENDANCE_FIGURES',
      who: {
        ...each(COORDINATORS, 'activities of their prisons'),
        PARTNER_STAFF: "their organisation's activities in their prisons",
      },
    },
    // The activity's prison decides once its projection is loaded (evaluation-figures.service.ts: null otherwise).
    'Activity.evaluationFigures': {
      data: 'FIGURES',
      who: each(REPORT_READERS, 'the evaluation figures of the activities of their prisons'),
    },
    // By id only: what an activity is, and who sees it, is the activities service's (its own reference rule).
    'Activity.__resolveReference': { data: 'FIGURES', who: each(REPORT_READERS, 'an activity of their prisons, by id, for its figures') },
    // Only the rows of activities in the caller's prisons are handed out (data-export.reference.ts).
    'ParticipantDataExport.participantId': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
    'ParticipantDataExport.reporting': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
    'ParticipantDataExport.__resolveReference': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
  },
};
