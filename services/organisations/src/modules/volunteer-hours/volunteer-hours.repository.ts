import type { Prisma } from '../../generated/prisma/client';

// The hours recorded by hand; who may record them is decided before (policy.ts), and the sums are read
// through the per-request loaders (src/loaders.ts).

export const insertVolunteerHours = (prisma: Prisma.TransactionClient, data: Prisma.VolunteerHoursUncheckedCreateInput) =>
  prisma.volunteerHours.create({ data });
