import { registerEnumType } from 'type-graphql';
import { ActivityCategory } from '../generated/prisma/enums';

// The activities subgraph's enum, same name, values and descriptions: composition merges the two.
registerEnumType(ActivityCategory, {
  name: 'ActivityCategory',
  description: "What kind of help an activity offers: the three categories of the offer and of the annual report's tables.",
  valuesConfig: {
    EDUCATIONAL: { description: 'Education and training: language and literacy classes, courses, vocational training.' },
    PSYCHOSOCIAL: { description: 'Psychosocial support: therapy and discussion groups, trajectory counselling.' },
    SOCIOCULTURAL: { description: 'Socio-cultural activities: culture, sport, creative workshops, leisure.' },
  },
});

export { ActivityCategory };
