import { registerEnumType } from 'type-graphql';
import { SecurityAdvice, SecurityAdviceStatus } from '../generated/prisma/enums';
import type * as Rules from '../domain/security-advice';

// The words of the security advice; the rules spell the same codes (the check fails the build if they drift).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const agree: [Same<Rules.SecurityAdvice, SecurityAdvice>, Same<Rules.SecurityAdviceStatus, SecurityAdviceStatus>] = [true, true];
void agree;

registerEnumType(SecurityAdvice, {
  name: 'SecurityAdvice',
  description: "The prison's security advice on a participant joining an activity.",
  valuesConfig: {
    FAVOURABLE: { description: 'No objection.' },
    FAVOURABLE_WITH_CONDITIONS: { description: 'No objection under the conditions given.' },
    UNFAVOURABLE: { description: 'An objection, with the reason; approving the screening needs it acknowledged (UNFAVOURABLE_ADVICE).' },
  },
});

registerEnumType(SecurityAdviceStatus, {
  name: 'SecurityAdviceStatus',
  description: 'PENDING until the prison answers (GIVEN) or the screening ends without the answer (WITHDRAWN).',
  valuesConfig: {
    PENDING: { description: 'Waiting for the prison’s answer; the screening cannot be approved meanwhile.' },
    GIVEN: { description: 'Answered.' },
    WITHDRAWN: { description: 'The screening ended (rejected, withdrawn, closed) before an answer.' },
  },
});

export { SecurityAdvice, SecurityAdviceStatus };
