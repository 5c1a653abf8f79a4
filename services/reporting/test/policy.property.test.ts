import fc from 'fast-check';
import type { Caller } from '@cort/auth';
import { admits } from '@cort/subgraph';
import {
  ACCESS_CODES,
  assertAccess,
  callersOf,
  expectBothSides,
  idTargets,
  missingIds,
  numRuns,
  policyOracle,
  PROPERTY_TIMEOUT_MS,
  refusalOf,
  seededOrMissing,
} from '@cort/testing';
import { canReadReportsOf, readsAttendanceOf, reportingPolicy as policy } from '../src/policy';
import { openWorld, type World } from './access-harness';
import {
  activities,
  activityById,
  LAST_YEAR,
  NO_PRISON,
  ORGANISATION,
  OTHER_ORGANISATION,
  PRISONS,
  prisonOfParticipant,
  SUB,
} from './access-world';

// Property tests of the reporting service's access policy (issue 4): for drawn callers, prisons, years
// and participants, offerOverview answers without an access error exactly when the policy (and the
// resolver's own check) allows it, and a participant's rows in their data export go to the coordinators
// only, 1 000 runs each, in-process on one seeded database (PGlite, or PostgreSQL with TEST_DATABASE_URL).

jest.setTimeout(PROPERTY_TIMEOUT_MS);

const callers = callersOf({ prisons: PRISONS, organisations: [ORGANISATION, OTHER_ORGANISATION], subs: [SUB] });
const { admits: policyAdmits, refusedAt } = policyOracle(policy);

const codesOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code as string | undefined);

describe(`the reporting policy, property-tested (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let world: World;
  beforeAll(async () => (world = await openWorld()));
  afterAll(() => world?.close());

  it('regionReport(region, year): the policy coordinators and analysts of a prison of the region, nobody else', async () => {
    const regionOf: Record<string, string> = { HAREN: 'BRUSSELS', GENT: 'FLANDERS', BRUGGE: 'FLANDERS' };
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, fc.constantFrom('FLANDERS', 'BRUSSELS'), async (caller, region) => {
        const allowed = admits(policy.rules['Query.regionReport'], caller, null, { region });
        // Written out once more, independently of the policy: a user, one of the two roles, a prison there.
        const expected =
          caller.kind === 'user' &&
          caller.roles.some((role) => role === 'POLICY_COORDINATOR' || role === 'ANALYST') &&
          caller.prisons.some((prisonId) => regionOf[prisonId] === region);
        expect(allowed).toBe(expected);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await world.send(caller, 'query ($region: Region!) { regionReport(region: $region, year: 2025) { region year } }', {
          region,
        });
        const codes = codesOf(result);
        expect(codes.every((code) => code !== undefined && code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
        expect(codes.some((code) => ACCESS_CODES.includes(code!))).toBe(!allowed);
        if (allowed) expect(result.data?.regionReport).toEqual({ region, year: 2025 });
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });

  /** Who reads a prison's reports, by the field's rule and the resolver's own check. */
  const readsReport = (field: 'annualReport' | 'offerOverview') => (caller: Caller, prisonId: string) =>
    admits(policy.rules[`Query.${field}`], caller, null, { prisonId }) && canReadReportsOf(caller, prisonId);

  /**
   * `field(prisonId, year) { selection }` for drawn callers, prisons and years: answered without an access
   * error exactly when `reads` says so (with `answered` for the year with figures), and refused alike for
   * a real and an unknown prison otherwise.
   */
  async function prisonReportProperty(
    field: string,
    selection: string,
    reads: (caller: Caller, prisonId: string) => boolean,
    answered: object,
  ) {
    const send = (caller: Caller, prisonId: string, year: number) =>
      world.send(caller, `query ($prisonId: ID!, $year: Int!) { ${field}(prisonId: $prisonId, year: $year) ${selection} }`, {
        prisonId,
        year,
      });
    // Mostly a year with figures; sometimes one out of range (BAD_USER_INPUT: admitted, not possible).
    const years = fc.oneof(
      { weight: 5, arbitrary: fc.constant(LAST_YEAR) },
      { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2200 }) },
    );
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, fc.constantFrom<string>(...PRISONS, NO_PRISON), years, async (caller, prisonId, year) => {
        const allowed = reads(caller, prisonId);
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await send(caller, prisonId, year);
        const codes = codesOf(result);
        expect(codes.every((code) => code !== undefined && code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
        expect(codes.some((code) => ACCESS_CODES.includes(code!))).toBe(!allowed);
        if (allowed && year === LAST_YEAR) expect((result.data as Record<string, unknown> | undefined)?.[field]).toMatchObject(answered);
        if (allowed || prisonId === NO_PRISON) return;
        const unknown = await send(caller, NO_PRISON, year);
        expect(JSON.parse(JSON.stringify(result).replaceAll(prisonId, '<id>'))).toEqual(
          JSON.parse(JSON.stringify(unknown).replaceAll(NO_PRISON, '<id>')),
        );
      }),
      { numRuns },
    );
    expectBothSides(seen);
  }

  it('annualReport(prisonId, year): the readers of that prison, as offerOverview; others are refused alike for real and unknown prisons', async () => {
    const reads = (caller: Caller, prisonId: string) => {
      const allowed = readsReport('annualReport')(caller, prisonId);
      // The same readers as offerOverview, whatever the caller.
      expect(allowed).toBe(readsReport('offerOverview')(caller, prisonId));
      return allowed;
    };
    await prisonReportProperty('annualReport', '{ year offer { category activities { value } } }', reads, {
      year: LAST_YEAR,
      offer: expect.any(Array),
    });
  });

  it('offerOverview(prisonId, year): the readers of that prison; others are refused alike for real and unknown prisons', async () => {
    await prisonReportProperty('offerOverview', '{ year rows { category activities } }', readsReport('offerOverview'), {
      year: LAST_YEAR,
      rows: expect.any(Array),
    });
  });

  it('a data export’s reporting part: the coordinators, with the rows of their prisons only; null alike for others and unknown ids', async () => {
    const part = (caller: Caller, participantId: string) =>
      world.send(
        caller,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ParticipantDataExport { participantId reporting } } }',
        { r: [{ __typename: 'ParticipantDataExport', participantId }] },
      );
    const participantIds = seededOrMissing([...prisonOfParticipant.keys()]);
    const seen = { allowed: 0, denied: 0 };
    await fc.assert(
      fc.asyncProperty(callers, participantIds, missingIds, async (caller, participantId, missingId) => {
        const allowed = admits(policy.rules['ParticipantDataExport.__resolveReference'], caller, { participantId });
        seen[allowed ? 'allowed' : 'denied']++;
        const result = await part(caller, participantId);
        expect(result.errors).toBeUndefined();
        if (!allowed) {
          expect(result.data).toEqual({ _entities: [null] });
          expect((await part(caller, missingId)).data).toEqual({ _entities: [null] });
          return;
        }
        const prisons = caller.kind === 'user' ? caller.prisons : [];
        const rows = (result.data?._entities as any[])[0].reporting.enrolments as { prisonId: string }[];
        const theirs = prisonOfParticipant.get(participantId);
        expect(rows.map((row) => row.prisonId)).toEqual(theirs && prisons.includes(theirs) ? [theirs] : []);
      }),
      { numRuns },
    );
    expectBothSides(seen);
  });

  it('activityAttendance(activityId): the coordinators of its prison and the partner staff of its organisation; NOT_FOUND alike for others', () => {
    const readable = (caller: Caller, id: string) => {
      const activity = activityById.get(id);
      return !!activity && readsAttendanceOf(caller, activity);
    };
    /** The rule's own refusal for other roles, then NOT_FOUND for an activity unknown or not the caller's (attendanceScope). */
    const refusalExpected = (caller: Caller, id: string) => {
      if (!policyAdmits('Query.activityAttendance', caller)) return refusedAt('Query.activityAttendance', caller, '').split(' ')[0];
      return readable(caller, id) ? null : 'NOT_FOUND';
    };
    return assertAccess({
      callers,
      ...idTargets(seededOrMissing(activities.map((a) => a.id)), activityById),
      send: async (caller, activityId) => {
        const result = await world.send(
          caller,
          'query ($id: ID!) { activityAttendance(activityId: $id) { sessions { status } total { sessionsHeld marks { present } attendanceRate } } }',
          { id: activityId },
        );
        expect(refusalOf(result)).toBe(refusalExpected(caller, activityId));
        return result;
      },
      allowed: (caller, id) => policyAdmits('Query.activityAttendance', caller) && readable(caller, id),
      checkAnswer: (result) =>
        expect(result.data?.activityAttendance).toEqual({
          sessions: [{ status: 'HELD' }],
          total: { sessionsHeld: 1, marks: { present: 6 }, attendanceRate: 1 },
        }),
    });
  });
});
