import { COORDINATORS, REPORT_READERS, type Caller, type Role } from '@cort/auth';
import { ALL_AUDIENCES, inPrisonAs, type Policy } from '@cort/subgraph';

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

/** Whether the caller reads the prison's figures. */
export const canReadReportsOf = (caller: Caller, prisonId: string) => readsReportsOf(caller, prisonId) === true;

/** The prisons whose activities a participant's data export shows the caller: their own. */
export const exportedPrisonsOf = (caller: Caller): readonly string[] => (caller.kind === 'user' ? caller.prisons : []);

const each = (roles: readonly Role[], scope: string) =>
  Object.fromEntries(roles.map((role) => [role, scope])) as Partial<Record<Role, string>>;

export const reportingPolicy: Policy = {
  service: 'reporting',
  categories: {
    FIGURES: { personal: false, description: 'Aggregate figures of the offer, small counts suppressed' },
    DATA_EXPORT: { personal: true, description: 'The activities a participant was enrolled in, inside their data export' },
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
    // Only the rows of activities in the caller's prisons are handed out (data-export.reference.ts).
    'ParticipantDataExport.participantId': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
    'ParticipantDataExport.reporting': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
    'ParticipantDataExport.__resolveReference': { data: 'DATA_EXPORT', who: each(COORDINATORS, 'participants of their prisons') },
  },
};
