import { PARTNERS as KNOWN_TO_ACTIVITIES, SUSPENDED_VOLUNTEER } from '../../../services/activities/src/seed/partners';
import { PARTNERS as ORGANISATIONS } from '../../../services/organisations/src/seed/partners';

// The two services seed separate databases; the demo offer only makes sense if they name the same partners.
describe('demo data of the activities and organisations services', () => {
  it('agree on the partner organisations, the prisons they serve and their facilitators', () => {
    for (const partner of KNOWN_TO_ACTIVITIES) {
      const organisation = ORGANISATIONS.find((o) => o.id === partner.id);
      expect(organisation).toBeDefined();
      expect(organisation!.prisonIds.sort()).toEqual([...partner.prisons].sort());
      expect(organisation!.domains.sort()).toEqual([...partner.domains].sort());
      for (const facilitatorId of partner.facilitatorIds) {
        const person = organisation!.people.find((p) => p.id === facilitatorId);
        expect(person).toBeDefined();
        expect(person!.expiredPermit).toBeFalsy();
      }
    }
    expect(KNOWN_TO_ACTIVITIES).toHaveLength(ORGANISATIONS.length);
  });

  it('agree on the volunteer the organisations demo suspends, whose co-facilitated sessions are at risk', () => {
    const organisation = ORGANISATIONS.find((o) => o.id === SUSPENDED_VOLUNTEER.organisationId);
    // The organisations demo suspends the last partner's second person (services/organisations/src/seed/demo.ts).
    expect(organisation).toBe(ORGANISATIONS[ORGANISATIONS.length - 1]);
    expect(organisation!.people[1].id).toBe(SUSPENDED_VOLUNTEER.personId);
  });
});
