import { registerEnumType } from 'type-graphql';
import { AbsenceReason, AttendanceCode } from '../generated/prisma/enums';

// The words of a roll call. The reporting subgraph may declare AttendanceCode too (marks by code): the
// values and descriptions must then be the same, or composition fails.

registerEnumType(AttendanceCode, {
  name: 'AttendanceCode',
  description: "A participant's attendance at one session.",
  valuesConfig: {
    PRESENT: { description: 'Came and took part.' },
    ABSENT_EXCUSED: { description: 'Absent for a reason the facilitator accepts (absenceReason says which).' },
    ABSENT_UNEXCUSED: { description: 'Absent without a reason: counts towards the rule of three.' },
    REFUSED: { description: 'Was called but refused to come: counts towards the rule of three.' },
    CLASH: { description: 'Expected at another activity at the same time (a schedule clash).' },
    NOT_REQUIRED: { description: 'Not expected this time (known in advance); may be recorded before the session.' },
    SESSION_CANCELLED: { description: 'The session was cancelled: written by the system only, removed when it is restored.' },
  },
});

registerEnumType(AbsenceReason, {
  name: 'AbsenceReason',
  description: 'Why an excused absence was excused.',
  valuesConfig: {
    SICK: { description: 'Ill.' },
    COURT: { description: 'At court.' },
    LAWYER: { description: 'Meeting their lawyer.' },
    VISIT: { description: 'A visit.' },
    WORK: { description: 'Working in the prison.' },
    OTHER_ACTIVITY: { description: 'At another activity or service.' },
    NOT_BROUGHT_BY_PRISON: { description: 'The prison did not bring them (staff shortage, movement not done).' },
    SECURITY_MEASURE: { description: 'A security measure kept them in their cell or section.' },
    OTHER: { description: 'Another reason.' },
  },
});

export { AbsenceReason, AttendanceCode };
