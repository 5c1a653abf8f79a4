import { ACTIVITY_DOMAIN, vocabularyFor } from '@cort/vocabulary';
import { registerEnumType } from 'type-graphql';
import { ActivityDomain, ClearanceKind, OrganisationKind, PersonRole } from '../generated/prisma/enums';

// The activities subgraph declares ActivityDomain too: its words come from the shared vocabulary.
registerEnumType(ActivityDomain, vocabularyFor(ActivityDomain, ACTIVITY_DOMAIN));
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'Structural partner of the Flemish Community, other partner, or volunteer organisation.',
  valuesConfig: {
    STRUCTURAL_PARTNER: { description: 'A structural partner of the Flemish Community, funded to deliver part of the offer in prisons.' },
    PARTNER: { description: 'Another organisation delivering activities in prisons.' },
    VOLUNTEER_ORGANISATION: { description: 'An organisation of volunteers.' },
  },
});
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description: 'What a staff member or volunteer does for their organisation.',
  valuesConfig: {
    TRAJECTORY_COUNSELLOR: { description: 'Guides detainees along their trajectory towards reintegration.' },
    THERAPIST: { description: 'Leads therapy or psychosocial groups.' },
    TEACHER: { description: 'Teaches classes and courses.' },
    SPORT_MONITOR: { description: 'Leads sport sessions.' },
    TRAINER: { description: 'Gives trainings and workshops.' },
    VOLUNTEER: { description: 'Helps unpaid, as a volunteer.' },
    COORDINATOR: { description: "Coordinates the organisation's work in prisons." },
    OTHER: { description: 'Any other role.' },
  },
});
registerEnumType(ClearanceKind, {
  name: 'ClearanceKind',
  description: 'Prison access permit (per prison), training, or signed charter.',
  valuesConfig: {
    PRISON_ACCESS: {
      description: 'A permit to enter one prison. Without one valid on a day, the person cannot facilitate a session there that day.',
    },
    TRAINING: { description: 'A training for working in prison.' },
    CHARTER: { description: 'The signed charter (code of conduct) for working with detainees.' },
  },
});

export { ActivityDomain, ClearanceKind, OrganisationKind, PersonRole };
