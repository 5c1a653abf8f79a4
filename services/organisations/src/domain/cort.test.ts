import { appointmentConflict, CORT_FUNCTIONS, endProblem, heldOn, membersOn, vacanciesOn, type Membership } from './cort';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const member = (fn: Membership['function'], personId: string, since: string, until: string | null = null): Membership => ({
  function: fn,
  personId,
  since: day(since),
  until: until ? day(until) : null,
});

describe('the CORT rules', () => {
  it('has the nine coordination functions', () => {
    expect(CORT_FUNCTIONS).toHaveLength(9);
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
    expect(vacanciesOn(memberships, '2026-03-01')).toEqual(
      CORT_FUNCTIONS.filter((fn) => fn !== 'PRISON_OFFICER' && fn !== 'ORGANISATION_SUPPORT'),
    );
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
