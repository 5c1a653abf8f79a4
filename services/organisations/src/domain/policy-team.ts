import type { InputProblem } from '@cort/subgraph';

export type PolicyTeamRole = 'DIRECTION' | 'POLICY_COORDINATOR' | 'ORGANISATION_RESPONSIBLE';

export interface PolicyTeamSeat {
  role: PolicyTeamRole;
  name?: string | null;
  personId?: string | null;
}

/** A prison's policy team is a meeting, not a mailing list: more seats than this is a mistake in the input. */
export const MAX_POLICY_TEAM_SEATS = 60;

/**
 * What is wrong with the seats of a policy team as given: the direction and the policy coordinator are
 * named (they need not work for an organisation), an organisation's responsible person is one of its people
 * (personId), and a person sits once.
 */
export function policyTeamProblems(seats: readonly PolicyTeamSeat[]): InputProblem[] {
  const problems: InputProblem[] = [];
  if (seats.length > MAX_POLICY_TEAM_SEATS) {
    problems.push({ field: 'members', message: `A policy team has at most ${MAX_POLICY_TEAM_SEATS} members.` });
  }
  const seen = new Set<string>();
  seats.forEach((seat, index) => {
    if (seat.role === 'ORGANISATION_RESPONSIBLE') {
      if (!seat.personId) {
        problems.push({
          field: `members.${index}.personId`,
          message: "An organisation's responsible person is one of its people: give their personId.",
        });
      } else if (seen.has(seat.personId)) {
        problems.push({ field: `members.${index}.personId`, message: 'A person sits on the policy team once.' });
      }
      if (seat.personId) seen.add(seat.personId);
      if (seat.name?.trim())
        problems.push({ field: `members.${index}.name`, message: "A responsible person's name comes from their record: leave name out." });
    } else {
      if (!seat.name?.trim())
        problems.push({ field: `members.${index}.name`, message: 'The direction and the policy coordinator sit by name: give it.' });
      if (seat.personId)
        problems.push({ field: `members.${index}.personId`, message: 'Only an organisation’s responsible person is given by personId.' });
    }
  });
  return problems;
}
