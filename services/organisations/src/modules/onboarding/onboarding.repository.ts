import type { Prisma, PrismaClient } from '../../generated/prisma/client';

// The onboarding steps' rows; who may record one is decided before (policy.ts), and a person's steps are
// read through the per-request loaders (onboarding.loaders.ts).

/** One row per person and step: recording a step again replaces its days. */
export const writeOnboardingStep = (
  prisma: PrismaClient,
  key: { personId: string; step: Prisma.OnboardingStepCreateManyInput['step'] },
  data: { plannedOn: Date | null; doneOn: Date | null; recordedBy: string },
) =>
  prisma.onboardingStep.upsert({
    where: { personId_step: key },
    create: { ...key, ...data },
    update: { ...data, recordedAt: new Date() },
  });
