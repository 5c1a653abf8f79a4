import type { Caller } from '@cort/auth';
import { badUserInput } from '@cort/subgraph';
import type { FacilitatorStanding, PersonStatus } from '../../domain/sessions-at-risk';

export interface FacilitationCheck {
  prisonId: string;
  organisationId: string;
  personIds: string[];
  /** Calendar dates (YYYY-MM-DD, prison time) on which the persons would facilitate. */
  dates: string[];
  /** The activity's period (YYYY-MM-DD, both included), over which its agreements are asked about. */
  period: { from: string; until: string };
}

/** What the check found that does not refuse: whether the organisation's agreements cover the prison over the period (null: no answer). */
export interface FacilitationFindings {
  agreementCovers: boolean | null;
}

/**
 * What this service asks the organisations subgraph, the owner of organisations, persons and clearances,
 * before it lets an organisation run an activity in a prison and persons facilitate its sessions.
 */
export interface OrganisationService {
  /**
   * Throws BAD_USER_INPUT naming the field when the organisation or a facilitator cannot be used; otherwise
   * answers what the coordinator is to be warned of, from the same request.
   */
  checkFacilitation(caller: Caller, check: FacilitationCheck): Promise<FacilitationFindings>;
  /**
   * Per person, of the given days those on which they hold no prison access permit for the prison, and their
   * status since when (null for a person it does not show: unknown, or no longer seen), in one request for all.
   */
  facilitatorStandings(
    caller: Caller,
    ask: { prisonId: string; personIds: string[]; dates: string[] },
  ): Promise<Map<string, FacilitatorStanding | null>>;
}

interface EntitiesAnswer {
  data?: {
    _entities: ({
      id: string;
      prisons?: { id: string }[];
      agreementCovers?: boolean | null;
      organisation?: { id: string };
      datesWithoutPrisonAccess?: string[];
      status?: PersonStatus;
      statusSince?: string | null;
    } | null)[];
  };
  errors?: { message: string }[];
}

const STANDINGS = `query FacilitatorStandings($representations: [_Any!]!, $prisonId: ID!, $dates: [Date!]!) {
  _entities(representations: $representations) {
    ... on Person { id status statusSince datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) }
  }
}`;

const QUERY = `query FacilitationCheck($representations: [_Any!]!, $prisonId: ID!, $dates: [Date!]!, $from: Date!, $until: Date!) {
  _entities(representations: $representations) {
    ... on Organisation { id prisons { id } agreementCovers(prisonId: $prisonId, from: $from, until: $until) }
    ... on Person { id organisation { id } datesWithoutPrisonAccess(prisonId: $prisonId, dates: $dates) }
  }
}`;

/**
 * The organisations subgraph over HTTP. When an activity is planned we ask it, on behalf of the same user
 * (an internal token for the organisations audience), whether the organisation serves the prison and
 * whether each facilitator works for it and holds prison access on every session date; and, in the same
 * request, whether its agreements cover the prison over the activity's period (a warning, not a refusal).
 */
export function createOrganisationService(options: {
  url: string;
  signToken(caller: Caller, audience: string): Promise<string>;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): OrganisationService {
  const send = options.fetch ?? fetch;
  /** One `_entities` request on the caller's behalf; what it resolved, in the order asked. */
  async function entities(caller: Caller, query: string, variables: Record<string, unknown>) {
    const response = await send(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await options.signToken(caller, 'organisations')}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
    });
    const answer = (await response.json()) as EntitiesAnswer;
    if (!response.ok || !answer.data) throw new Error(`organisations service answered ${response.status}`);
    return answer.data._entities;
  }
  return {
    async facilitatorStandings(caller, { prisonId, personIds, dates }) {
      if (!personIds.length) return new Map();
      const representations = personIds.map((id) => ({ __typename: 'Person', id }));
      const persons = await entities(caller, STANDINGS, { representations, prisonId, dates });
      return new Map(
        personIds.map((id, index) => {
          const person = persons[index];
          if (!person?.status) return [id, null];
          const daysWithoutAccess = person.datesWithoutPrisonAccess ?? [];
          return [id, { daysWithoutAccess, status: person.status, statusSince: person.statusSince ?? null }];
        }),
      );
    },

    async checkFacilitation(caller, check) {
      const representations = [
        { __typename: 'Organisation', id: check.organisationId },
        ...check.personIds.map((id) => ({ __typename: 'Person', id })),
      ];
      const variables = { representations, prisonId: check.prisonId, dates: check.dates, ...check.period };
      const [organisation, ...persons] = await entities(caller, QUERY, variables);
      // The organisations service shows an organisation's agreements only to the coordinators of a prison it
      // serves: for anyone else it answers no organisation, as for an unknown one.
      if (!organisation) {
        throw badUserInput(`Organisation ${check.organisationId} does not exist or serves none of your prisons.`, 'organisationId');
      }
      if (!organisation.prisons?.some((prison) => prison.id === check.prisonId)) {
        throw badUserInput(`The organisation does not serve prison ${check.prisonId}.`, 'organisationId');
      }
      persons.forEach((person, index) => {
        const id = check.personIds[index];
        if (!person) throw badUserInput(`Person ${id} does not exist.`, 'facilitatorIds');
        if (person.organisation?.id !== check.organisationId) {
          throw badUserInput(`Person ${id} does not work for the organising organisation.`, 'facilitatorIds');
        }
        if (person.datesWithoutPrisonAccess?.length) {
          throw badUserInput(
            `Person ${id} has no valid prison access clearance for ${check.prisonId} on ${person.datesWithoutPrisonAccess.join(', ')}.`,
            'facilitatorIds',
            { reason: 'CLEARANCE_MISSING', personId: id, dates: person.datesWithoutPrisonAccess },
          );
        }
      });
      return { agreementCovers: organisation.agreementCovers ?? null };
    },
  };
}
