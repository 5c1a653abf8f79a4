import type { Prisma } from '../src/generated/prisma/client';

/**
 * An activity as the activities feed leaves it here: published in Haren, for convicted men, open for a
 * month, neither screening nor security advice asked. Tests name what they need different.
 */
export function openActivityView(
  id: string,
  more: Partial<Prisma.ActivityViewUncheckedCreateInput> = {},
): Prisma.ActivityViewUncheckedCreateInput {
  return {
    id,
    screeningRequired: false,
    securityAdviceRequired: false,
    prisonId: 'HAREN',
    organisationId: 'o',
    status: 'PUBLISHED',
    capacity: 3,
    genders: ['MALE'],
    legalStatuses: ['CONVICTED'],
    endsOn: new Date(Date.now() + 30 * 86_400_000),
    ...more,
  };
}
