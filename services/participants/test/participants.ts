import type { Prisma } from '../src/generated/prisma/client';

/**
 * A detainee as the demo registers one: a convicted man in Haren, Jan Maes. Tests give the detainee number
 * (unique per prison) and name what they need different.
 */
export function demoDetainee(
  detaineeNumber: string,
  more: Partial<Prisma.ParticipantUncheckedCreateInput> = {},
): Prisma.ParticipantUncheckedCreateInput {
  return {
    prisonId: 'HAREN',
    detaineeNumber,
    firstName: 'Jan',
    lastName: 'Maes',
    gender: 'MALE',
    legalStatus: 'CONVICTED',
    registeredBy: 'demo',
    ...more,
  };
}
