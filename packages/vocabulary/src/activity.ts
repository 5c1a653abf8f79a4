import { enumVocabulary } from './vocabulary';

// The offer's classification. Declared by activities (an activity's), by reporting (the annual report's
// tables: ActivityCategory) and by organisations (an organisation's work: ActivityDomain).

export const ACTIVITY_CATEGORY = enumVocabulary({
  name: 'ActivityCategory',
  description: "What kind of help an activity offers: the three categories of the offer and of the annual report's tables.",
  valuesConfig: {
    EDUCATIONAL: { description: 'Education and training: language and literacy classes, courses, vocational training.' },
    PSYCHOSOCIAL: { description: 'Psychosocial support: therapy and discussion groups, trajectory counselling.' },
    SOCIOCULTURAL: { description: 'Socio-cultural activities: culture, sport, creative workshops, leisure.' },
  },
});

export const ACTIVITY_DOMAIN = enumVocabulary({
  name: 'ActivityDomain',
  description: "A policy domain of the Flemish Community's help to detainees: of an activity, or of an organisation's work.",
  valuesConfig: {
    WELFARE: { description: 'Welfare and social work.' },
    EDUCATION: { description: 'Education and training.' },
    SPORT: { description: 'Sport and exercise.' },
    EMPLOYMENT: { description: 'Work and guidance to employment.' },
    CULTURE: { description: 'Culture, arts and libraries.' },
    HEALTH: { description: 'Health care and prevention, mental health included.' },
  },
});
