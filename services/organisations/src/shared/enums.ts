import { ACTIVITY_DOMAIN, vocabularyFor } from '@cort/vocabulary';
import { registerEnumType } from 'type-graphql';
import {
  ActionStatus,
  ActivityDomain,
  AgreementKind,
  VolunteerHoursKind,
  ClearanceKind,
  CortFunction,
  OnboardingStepKind,
  OrganisationKind,
  PersonRole,
  PersonStatus,
  PolicyTeamRole,
} from '../generated/prisma/enums';

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
registerEnumType(OnboardingStepKind, {
  name: 'OnboardingStepKind',
  description: 'A step of a new staff member or volunteer on their way into the prisons.',
  valuesConfig: {
    PRISON_ACCESS_PERMIT: { description: 'Applying for and getting the prison access permit.' },
    TRAINING: { description: 'The training for working in prison.' },
    CHARTER: { description: 'Signing the charter (code of conduct) for working with detainees.' },
    WELCOME_TALK: { description: 'The welcome talk with the coordinator of the prison.' },
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

registerEnumType(CortFunction, {
  name: 'CortFunction',
  description:
    "A coordination function in a prison's coordination team (CORT): the structural organisations' nine, and in Brussels the community coordinator.",
  valuesConfig: {
    ORGANISATION_SUPPORT: { description: 'Organisation support (organisatieondersteuner): supports the policy coordinator and the CORT.' },
    EDUCATION_COORDINATOR: { description: 'Education coordinator (onderwijscoördinator): the educational offer.' },
    CULTURE_OFFICER: { description: 'Culture officer (cultuurfunctionaris): the cultural offer.' },
    SPORT_OFFICER: { description: 'Sport officer (sportfunctionaris): the sport offer.' },
    WORK_MEDIATOR: { description: 'Work mediator (bemiddelaar werk): guidance towards work.' },
    LIBRARY_CONSULTANT: { description: 'Prison library consultant (consulent gevangenisbibliotheek).' },
    UNLOCKED_COORDINATOR: { description: 'Coordinator "unlocked" (coördinator ontgrendeld): the offer outside the cells in open regimes.' },
    CHILD_VISITS_RESPONSIBLE: { description: 'Responsible for child visits (verantwoordelijke kinderbezoek).' },
    PRISON_OFFICER: { description: 'The CORT prison officer (CORT-penitentiair bewakingsassistent).' },
    COMMUNITY_COORDINATOR: {
      description:
        'Community coordinator (gemeenschapscoördinator): organises and coordinates the group activities with the justice welfare services; in the prisons of Brussels only, where the Flemish and the French-speaking Community may each have one.',
    },
  },
});
registerEnumType(PolicyTeamRole, {
  name: 'PolicyTeamRole',
  description: "Why a member sits on a prison's policy team.",
  valuesConfig: {
    DIRECTION: { description: "The prison's direction." },
    POLICY_COORDINATOR: { description: 'The policy coordinator, who chairs the CORT.' },
    ORGANISATION_RESPONSIBLE: { description: "An organisation's responsible person for its work in the prison." },
  },
});

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'Where an action of an action plan stands: PLANNED → IN_PROGRESS → DONE, or POSTPONED or DROPPED.',
  valuesConfig: {
    PLANNED: { description: 'Planned, not started.' },
    IN_PROGRESS: { description: 'Under way.' },
    DONE: { description: 'Done; final.' },
    POSTPONED: { description: 'Postponed to a later due date.' },
    DROPPED: { description: 'Dropped, with a note saying why; final.' },
  },
});

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: "The kind of an organisation's agreement for its work in prisons.",
  valuesConfig: {
    RECOGNITION: { description: 'Recognised and subsidised by the Flemish Community (or, in Brussels, the French-speaking one).' },
    COOPERATION_AGREEMENT: { description: 'A cooperation agreement with the prison or the Community.' },
    VOLUNTEER_AGREEMENT: { description: 'An agreement for its volunteers working in the prison.' },
  },
});
registerEnumType(VolunteerHoursKind, {
  name: 'VolunteerHoursKind',
  description: 'What hours recorded by hand were for.',
  valuesConfig: {
    PREPARATION: { description: 'Preparing sessions.' },
    TRAINING: { description: 'Being trained for the work in prison.' },
    SUPERVISION: { description: 'Supervision or intervision.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'Whether a staff member or volunteer works in the prisons now.',
  valuesConfig: {
    ACTIVE: { description: 'Works in the prisons.' },
    INACTIVE: { description: 'Left the organisation or stopped working in prisons.' },
    SUSPENDED: { description: 'Suspended: may not work in the prisons until the coordinators lift it.' },
  },
});

export {
  PersonStatus,
  ActionStatus,
  ActivityDomain,
  AgreementKind,
  VolunteerHoursKind,
  ClearanceKind,
  CortFunction,
  OnboardingStepKind,
  OrganisationKind,
  PersonRole,
  PolicyTeamRole,
};
