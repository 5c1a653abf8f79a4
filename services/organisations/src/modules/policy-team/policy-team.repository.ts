import type { Prisma } from '../../generated/prisma/client';

// The policy team's rows; who may set them is decided before (policy.ts), and a prison's seats are read
// through the per-request loaders (src/loaders.ts).

type Tx = Prisma.TransactionClient;

/** Replaces a prison's seats with the given ones, in their order. */
export async function replaceSeats(
  tx: Tx,
  prisonId: string,
  seats: Omit<Prisma.PolicyTeamMemberCreateManyInput, 'prisonId' | 'position'>[],
) {
  await tx.policyTeamMember.deleteMany({ where: { prisonId } });
  await tx.policyTeamMember.createMany({ data: seats.map((seat, position) => ({ ...seat, prisonId, position })) });
}
