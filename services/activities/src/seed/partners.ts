import type { ActivityDomain } from '../generated/prisma/enums';

/**
 * The demo partner organisations as the activities service knows them: by id only. The organisations
 * service seeds the same ids with names, people and clearances (services/organisations/src/seed).
 */
export interface PartnerSeed {
  id: string;
  domains: ActivityDomain[];
  prisons: string[];
  /** Persons with a valid prison access clearance for these prisons, who facilitate. */
  facilitatorIds: string[];
}

export const PARTNERS: PartnerSeed[] = [];
