import type { PrismaClient } from '../generated/prisma/client';
import type { Gender, LegalStatus } from '../generated/prisma/enums';

// Invented names, drawn in a fixed order so every demo database is the same.
const FIRST = {
  MALE: ['Jan', 'Mohamed', 'Kevin', 'Pieter', 'Youssef', 'Dimitri', 'Bram', 'Karim', 'Luc', 'Ahmed', 'Tom', 'Nicolas'],
  FEMALE: ['Sarah', 'Fatima', 'Lien', 'Nadia', 'Els', 'Amira', 'Julie', 'Ines'],
};
const LAST = [
  'Peeters',
  'Janssens',
  'El Idrissi',
  'Maes',
  'Jacobs',
  'Dubois',
  'Mertens',
  'Benali',
  'Willems',
  'Claes',
  'Van den Broeck',
  'Lambert',
  'Aydin',
  'De Smet',
];
const LEGAL: LegalStatus[] = ['CONVICTED', 'SUSPECT', 'CONVICTED', 'INTERNED', 'SUSPECT'];
const LANGUAGES = [['nl'], ['fr'], ['nl', 'fr'], ['ar', 'fr'], ['nl', 'en'], ['tr', 'nl']];
const PRISONS = [
  { id: 'HAREN', count: 40, women: 8 },
  { id: 'ANTWERPEN', count: 30, women: 0 },
  { id: 'GENT', count: 30, women: 5 },
  { id: 'BRUGGE', count: 30, women: 6 },
  { id: 'HASSELT', count: 25, women: 0 },
];

/** Fills an empty database with demo participants in the demo prisons. Returns false when there was data already. */
export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.participant.count()) > 0) return false;
  const data = PRISONS.flatMap((prison) =>
    Array.from({ length: prison.count }, (_, i) => {
      const gender: Gender = i < prison.women ? 'FEMALE' : 'MALE';
      const firsts = FIRST[gender];
      return {
        prisonId: prison.id,
        detaineeNumber: `${prison.id.slice(0, 3)}-${String(1001 + i)}`,
        firstName: firsts[(i * 7) % firsts.length],
        lastName: LAST[(i * 5 + prison.id.length) % LAST.length],
        gender,
        legalStatus: LEGAL[i % LEGAL.length],
        languages: LANGUAGES[i % LANGUAGES.length],
        section: `Sectie ${String.fromCharCode(65 + (i % 4))}`,
        registeredBy: 'demo',
      };
    }),
  );
  await prisma.participant.createMany({ data });
  return true;
}
