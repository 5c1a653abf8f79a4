import { MAX_POLICY_TEAM_SEATS, policyTeamProblems } from './policy-team';

describe('the policy team rules', () => {
  it('takes the direction and the policy coordinator by name and the organisations’ responsible persons by person', () => {
    expect(
      policyTeamProblems([
        { role: 'DIRECTION', name: 'An Peeters' },
        { role: 'POLICY_COORDINATOR', name: 'Jan De Smet' },
        { role: 'ORGANISATION_RESPONSIBLE', personId: 'p1' },
      ]),
    ).toEqual([]);
  });

  it('names each field that is missing, given where it does not belong, or repeated', () => {
    const problems = policyTeamProblems([
      { role: 'DIRECTION', name: ' ' },
      { role: 'ORGANISATION_RESPONSIBLE' },
      { role: 'ORGANISATION_RESPONSIBLE', personId: 'p1', name: 'Sofie' },
      { role: 'ORGANISATION_RESPONSIBLE', personId: 'p1' },
      { role: 'POLICY_COORDINATOR', name: 'Jan', personId: 'p2' },
    ]);
    expect(problems.map((p) => p.field)).toEqual([
      'members.0.name',
      'members.1.personId',
      'members.2.name',
      'members.3.personId',
      'members.4.personId',
    ]);
  });

  it('refuses more seats than a meeting has', () => {
    const seats = Array.from({ length: MAX_POLICY_TEAM_SEATS + 1 }, (_, i) => ({ role: 'DIRECTION' as const, name: `Lid ${i}` }));
    expect(policyTeamProblems(seats)[0].field).toBe('members');
  });
});
