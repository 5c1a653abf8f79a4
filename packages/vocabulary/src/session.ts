import { enumVocabulary } from './vocabulary';

// What became of a session. Declared by activities (a session's status and cancellation reason, which it
// owns) and by reporting (the sessions of an activity's attendance figures, kept there as text).

export const SESSION_STATUS = enumVocabulary({
  name: 'SessionStatus',
  description: 'Whether a session is still to take place, took place, or was cancelled.',
  valuesConfig: {
    SCHEDULED: { description: 'Planned: it takes place unless it is cancelled.' },
    HELD: { description: 'It took place: it ended, or its roll call was recorded, without being cancelled.' },
    CANCELLED: { description: 'It will not take place (cancellationReason says why); its room is free again.' },
  },
});

export const CANCELLATION_REASON = enumVocabulary({
  name: 'CancellationReason',
  description: 'Why sessions were cancelled, as a code the figures count by; the reason in words stays beside it.',
  valuesConfig: {
    LOCKDOWN: { description: 'The prison (or a wing) was locked down.' },
    STRIKE: { description: 'A strike of the prison staff.' },
    FACILITATOR_ABSENT: { description: 'No facilitator could come.' },
    ROOM_UNAVAILABLE: { description: 'The room was out of use or taken.' },
    TOO_FEW_PARTICIPANTS: { description: 'Too few participants were expected or brought.' },
    PRISON_REGIME: { description: 'The prison regime did not allow it (a schedule change, an inspection, a holiday regime).' },
    OTHER: { description: 'Another reason, given in words; also every cancellation made before reason codes.' },
  },
});
