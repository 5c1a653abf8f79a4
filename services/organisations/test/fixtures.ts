import type { Identity } from '@cort/auth';
import type { TestSubgraph } from './harness';

// Fixed ids, so a test reads like the situation it describes.
export const CAW = '0c000000-0000-4000-8000-000000000001'; // serves HAREN and GENT
export const SPORT = '0c000000-0000-4000-8000-000000000002'; // serves ANTWERPEN only
export const SOFIE = '0d000000-0000-4000-8000-000000000001'; // CAW, permit HAREN 2026, permit GENT open-ended
export const KARIM = '0d000000-0000-4000-8000-000000000002'; // CAW, expired HAREN permit only
export const TOM = '0d000000-0000-4000-8000-000000000003'; // SPORT, permit ANTWERPEN

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const coordinator: Identity = { sub: 'coordinator-haren', roles: ['COORDINATOR'], prisons: ['HAREN'] };
export const coordinatorAntwerpen: Identity = { sub: 'coordinator-antwerpen', roles: ['COORDINATOR'], prisons: ['ANTWERPEN'] };
export const policyCoordinator: Identity = { sub: 'policy-gent', roles: ['POLICY_COORDINATOR'], prisons: ['GENT'] };
export const prisonStaff: Identity = { sub: 'pba-haren', roles: ['PRISON_STAFF'], prisons: ['HAREN'] };
export const cawStaff: Identity = { sub: 'caw-staff', roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: CAW };
export const sportStaff: Identity = {
  sub: 'sport-staff',
  roles: ['PARTNER_STAFF'],
  prisons: ['HAREN', 'ANTWERPEN'],
  organisationId: SPORT,
};
export const sofieHerself: Identity = { sub: SOFIE, roles: ['PARTNER_STAFF'], prisons: ['HAREN'], organisationId: CAW };

export async function createFixtures({ prisma }: TestSubgraph): Promise<void> {
  await prisma.organisation.createMany({
    data: [
      {
        id: CAW,
        name: 'CAW Brussel',
        kind: 'STRUCTURAL_PARTNER',
        domains: ['WELFARE'],
        prisonIds: ['HAREN', 'GENT'],
        email: 'justitie@caw.example',
        website: 'https://caw.example',
      },
      { id: SPORT, name: 'Sportaanbod vzw', kind: 'PARTNER', domains: ['SPORT', 'HEALTH'], prisonIds: ['ANTWERPEN'] },
    ],
  });
  await prisma.person.createMany({
    data: [
      {
        id: SOFIE,
        organisationId: CAW,
        firstName: 'Sofie',
        lastName: 'Janssens',
        role: 'TRAJECTORY_COUNSELLOR',
        languages: ['nl', 'fr'],
        email: 'sofie@caw.example',
      },
      { id: KARIM, organisationId: CAW, firstName: 'Karim', lastName: 'El Amrani', role: 'THERAPIST', languages: ['fr', 'ar'] },
      { id: TOM, organisationId: SPORT, firstName: 'Tom', lastName: 'Claes', role: 'SPORT_MONITOR', languages: ['nl'] },
    ],
  });
  await prisma.clearance.createMany({
    data: [
      {
        personId: SOFIE,
        kind: 'PRISON_ACCESS',
        prisonId: 'HAREN',
        validFrom: day('2026-01-01'),
        validUntil: day('2026-12-31'),
        recordedBy: 'fixture',
      },
      { personId: SOFIE, kind: 'PRISON_ACCESS', prisonId: 'GENT', validFrom: day('2026-06-01'), validUntil: null, recordedBy: 'fixture' },
      { personId: SOFIE, kind: 'CHARTER', validFrom: day('2025-01-01'), recordedBy: 'fixture' },
      {
        personId: KARIM,
        kind: 'PRISON_ACCESS',
        prisonId: 'HAREN',
        validFrom: day('2024-01-01'),
        validUntil: day('2024-12-31'),
        recordedBy: 'fixture',
      },
      {
        personId: TOM,
        kind: 'PRISON_ACCESS',
        prisonId: 'ANTWERPEN',
        validFrom: day('2026-01-01'),
        validUntil: null,
        recordedBy: 'fixture',
      },
    ],
  });
}
