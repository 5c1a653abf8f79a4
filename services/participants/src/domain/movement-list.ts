// The order the prison officers walk a movement list in: by section (the wing they fetch people from; none
// last), then by last and first name, as Dutch sorts them.

export interface Listed {
  section: string | null;
  lastName: string;
  firstName: string;
}

export const bySectionAndName = (a: Listed, b: Listed) =>
  (a.section === null ? 1 : 0) - (b.section === null ? 1 : 0) ||
  (a.section ?? '').localeCompare(b.section ?? '', 'nl', { numeric: true }) ||
  a.lastName.localeCompare(b.lastName, 'nl') ||
  a.firstName.localeCompare(b.firstName, 'nl');
