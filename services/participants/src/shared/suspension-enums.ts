import { registerEnumType } from 'type-graphql';
import { SuspensionReason } from '../generated/prisma/enums';
import type * as Rules from '../domain/suspension';

// The words of a suspension; the rules (domain/suspension.ts) spell the same codes, checked at build time.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: Same<Rules.SuspensionReason, SuspensionReason> = true;
void agree;

registerEnumType(SuspensionReason, {
  name: 'SuspensionReason',
  description: 'Why an enrolled participant cannot come for a while and keeps their place.',
  valuesConfig: {
    ISOLATION: { description: 'In isolation (a disciplinary or medical regime that keeps them in their cell or unit).' },
    HOSPITAL: { description: 'In hospital, in or outside the prison.' },
    COURT: { description: 'At court, or held elsewhere for a hearing.' },
    SECURITY_MEASURE: { description: 'A security measure of the prison bars them from group activities.' },
    OTHER: { description: 'Another reason (the note may say which).' },
  },
});

export { SuspensionReason };
