import { actorOf, badUserInput, loadForChange, refuseProblems } from '@cort/subgraph';
import type { Context } from '../../context';
import { hoursProblems } from '../../domain/volunteer-hours';
import { PERSON } from '../../policy';
import { personOfOrganisation } from '../person/person.service';
import type { RecordVolunteerHoursInput } from './volunteer-hours.inputs';
import { recordVolunteerHoursEvent } from './volunteer-hours.events';
import { insertVolunteerHours } from './volunteer-hours.repository';

/**
 * The keepers of a person's record (a coordinator of a prison their organisation serves, its partner
 * staff) record hours they gave by hand, for a prison the organisation serves; the policy checked that
 * prison is one of the caller's.
 */
export async function recordVolunteerHours(ctx: Context, input: RecordVolunteerHoursInput) {
  const { person, organisation } = await loadForChange(ctx.caller, PERSON, input.personId, personOfOrganisation(ctx.loaders));
  refuseProblems(hoursProblems(input));
  if (!organisation.prisonIds.includes(input.prisonId))
    throw badUserInput(`The organisation does not serve prison ${input.prisonId}.`, 'prisonId');
  await ctx.prisma.$transaction(async (tx) => {
    const entry = await insertVolunteerHours(tx, {
      personId: person.id,
      organisationId: organisation.id,
      prisonId: input.prisonId,
      date: input.date,
      hours: input.hours,
      kind: input.kind,
      note: input.note?.trim() || null,
      recordedBy: actorOf(ctx.caller),
    });
    await recordVolunteerHoursEvent(tx, [entry]);
  });
  return person;
}
