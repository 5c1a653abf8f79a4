import { enumVocabulary } from './vocabulary';

// Who an activity is for and who a participant is. Declared by activities (an activity's audience) and by
// participants (a participant's registration).

export const GENDER = enumVocabulary({
  name: 'Gender',
  description: "A participant's gender as the prison registers it, or one an activity's audience is for.",
  valuesConfig: { MALE: { description: 'Men.' }, FEMALE: { description: 'Women.' } },
});

export const LEGAL_STATUS = enumVocabulary({
  name: 'LegalStatus',
  description:
    "A detainee's legal situation, or one an activity's audience is for. Of a participant it is criminal-offence data (GDPR Art. 10): the coordinators and prison staff of their prison see it, nobody else.",
  valuesConfig: {
    SUSPECT: { description: 'In pre-trial detention: not (yet) finally sentenced.' },
    CONVICTED: { description: 'Serving a final sentence.' },
    INTERNED: { description: 'Interned: held under a protective measure for a mental disorder, not a sentence.' },
  },
});
