import { PRISONS, regionOfPrison } from '@cort/vocabulary';
import {
  appointmentConflict,
  CORT_FUNCTIONS,
  endProblem,
  expectedFunctions,
  functionProblem,
  heldOn,
  membersOn,
  vacanciesOn,
  type Membership,
} from './cort';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const member = (fn: Membership['function'], personId: string, since: string, until: string | null = null): Membership => ({
  function: fn,
  personId,
  since: day(since),
  until: until ? day(until) : null,
});

describe('the CORT rules', () => {
  it('has the nine coordination functions of the structural organisations and the community coordinator', () => {
    expect(CORT_FUNCTIONS).toHaveLength(10);
  });

  it('expects the community coordinator in the CORT of a Brussels prison only', () => {
    const nine = CORT_FUNCTIONS.filter((fn) => fn !== 'COMMUNITY_COORDINATOR');
    expect(expectedFunctions('BRUSSELS')).toEqual([...CORT_FUNCTIONS]);
    expect(expectedFunctions('FLANDERS')).toEqual(nine);
    // A code of no known prison has no region: nothing Brussels-only is expected there.
    expect(expectedFunctions(regionOfPrison('ATLANTIS'))).toEqual(nine);
    expect(PRISONS.filter((prison) => expectedFunctions(prison.region).includes('COMMUNITY_COORDINATOR')).map((p) => p.id)).toEqual([
      'HAREN',
    ]);
  });

  it('refuses to appoint the community coordinator outside Brussels, naming the function field', () => {
    expect(functionProblem('COMMUNITY_COORDINATOR', 'HAREN', 'BRUSSELS')).toBeNull();
    expect(functionProblem('COMMUNITY_COORDINATOR', 'GENT', 'FLANDERS')).toEqual({
      field: 'function',
      message: expect.stringContaining('Brussels only'),
    });
    expect(functionProblem('COMMUNITY_COORDINATOR', 'ATLANTIS', undefined)).toMatchObject({ field: 'function' });
    for (const region of ['BRUSSELS', 'FLANDERS'] as const) expect(functionProblem('SPORT_OFFICER', 'X', region)).toBeNull();
  });

  it('holds a membership from its first to its last day, both included', () => {
    const m = member('SPORT_OFFICER', 'p', '2026-01-01', '2026-06-30');
    expect([heldOn(m, '2025-12-31'), heldOn(m, '2026-01-01'), heldOn(m, '2026-06-30'), heldOn(m, '2026-07-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(heldOn(member('SPORT_OFFICER', 'p', '2026-01-01'), '2099-01-01')).toBe(true);
  });

  it('lists today’s members in the order of the functions and counts every other function as a vacancy', () => {
    const memberships = [
      member('PRISON_OFFICER', 'a', '2025-01-01'),
      member('ORGANISATION_SUPPORT', 'b', '2025-01-01'),
      member('SPORT_OFFICER', 'c', '2025-01-01', '2025-12-31'), // ended
      member('CULTURE_OFFICER', 'd', '2027-01-01'), // not yet
    ];
    expect(membersOn(memberships, '2026-03-01').map((m) => m.personId)).toEqual(['b', 'a']);
    const flemish = expectedFunctions('FLANDERS');
    expect(vacanciesOn(memberships, '2026-03-01', flemish)).toEqual(
      flemish.filter((fn) => fn !== 'PRISON_OFFICER' && fn !== 'ORGANISATION_SUPPORT'),
    );
  });

  it('counts the community coordinator as a vacancy in Brussels until someone holds it, and two may hold it at once', () => {
    const brussels = expectedFunctions('BRUSSELS');
    expect(vacanciesOn([], '2026-03-01', brussels)).toContain('COMMUNITY_COORDINATOR');
    const both = [member('COMMUNITY_COORDINATOR', 'nl', '2025-01-01'), member('COMMUNITY_COORDINATOR', 'fr', '2025-06-01')];
    expect(vacanciesOn(both, '2026-03-01', brussels)).not.toContain('COMMUNITY_COORDINATOR');
    expect(membersOn(both, '2026-03-01').map((m) => m.personId)).toEqual(['nl', 'fr']);
    expect(appointmentConflict(both.slice(0, 1), 'fr', day('2025-06-01'))).toBeNull();
  });

  it('refuses a second function for a person in the same prison while the first holds, not after it ended', () => {
    const memberships = [member('SPORT_OFFICER', 'p', '2025-01-01', '2025-12-31'), member('CULTURE_OFFICER', 'q', '2025-01-01')];
    expect(appointmentConflict(memberships, 'p', day('2025-06-01'))).toBe(memberships[0]);
    expect(appointmentConflict(memberships, 'p', day('2026-01-01'))).toBeNull();
    expect(appointmentConflict(memberships, 'q', day('2030-01-01'))).toBe(memberships[1]);
    expect(appointmentConflict(memberships, 'r', day('2025-06-01'))).toBeNull();
  });

  it('ends a membership on or after its first day only', () => {
    expect(endProblem({ since: day('2026-01-01') }, day('2025-12-31'))).toMatchObject({ field: 'until' });
    expect(endProblem({ since: day('2026-01-01') }, day('2026-01-01'))).toBeNull();
  });
});
