// The reporting service's retention step, run by `npm run retention` (packages/db/src/cli/retention.ts)
// against this service's own database.
import type { Database, RetentionPlan } from '@cort/db';
import { PrismaClient } from '../generated/prisma/client';
import { countDue, pseudonymiseDue, type PseudonymisationCounts } from './pseudonymise';

export async function retention(adapter: Database['adapter'], plan: RetentionPlan): Promise<PseudonymisationCounts> {
  const prisma = new PrismaClient({ adapter });
  try {
    return plan.dryRun ? await countDue(prisma, plan.cutoff) : await pseudonymiseDue(prisma, plan.cutoff);
  } finally {
    await prisma.$disconnect();
  }
}
