import type { PersonRole } from '../generated/prisma/enums';

export type PersonKind = 'STAFF' | 'VOLUNTEER';

/** A person with the role VOLUNTEER (vrijwilliger) is a volunteer; every other role is their organisation's staff. */
export const personKind = (role: PersonRole): PersonKind => (role === 'VOLUNTEER' ? 'VOLUNTEER' : 'STAFF');
