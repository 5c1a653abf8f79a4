import { registerEnumType } from 'type-graphql';
import { NonAssociationAction, NonAssociationReason } from '../generated/prisma/enums';
import type * as Rules from '../domain/non-association';

// The words of non-associations. The rules (domain/non-association.ts) spell the same reasons; the check
// below fails the build if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: Same<Rules.NonAssociationReason, NonAssociationReason> = true;
void agree;

registerEnumType(NonAssociationReason, {
  name: 'NonAssociationReason',
  description: 'Why two participants must be kept apart.',
  valuesConfig: {
    CO_ACCUSED: { description: 'They are accused in the same case.' },
    VIOLENCE: { description: 'There was violence between them.' },
    THREAT: { description: 'One threatened the other.' },
    BULLYING: { description: 'One bullied or intimidated the other.' },
    GANG_RELATED: { description: 'Rival groups or gangs.' },
    VICTIM_AND_PERPETRATOR: { description: 'One is the victim of the other.' },
    JUDICIAL_ORDER: { description: 'A judge or the prosecution ordered it.' },
    OTHER: { description: 'Another reason, said in the note.' },
  },
});

registerEnumType(NonAssociationAction, {
  name: 'NonAssociationAction',
  description: 'What a change of a non-association did.',
  valuesConfig: {
    OPENED: { description: 'It was recorded.' },
    CLOSED: { description: 'It was closed, with the reason: they need no longer be kept apart.' },
    REOPENED: { description: 'A closed one was opened again.' },
  },
});

export { NonAssociationAction, NonAssociationReason };
