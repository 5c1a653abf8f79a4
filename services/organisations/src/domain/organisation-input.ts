import { isLanguageTag } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything wrong with the given fields of an organisation, each naming its field. */
export function organisationProblems(input: {
  name?: string | null;
  prisonIds?: string[] | null;
  contact?: { email?: string | null; website?: string | null } | null;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.name !== undefined && !input.name?.trim()) problems.push({ field: 'name', message: 'Give the organisation a name.' });
  if (input.prisonIds !== undefined && !input.prisonIds?.length)
    problems.push({ field: 'prisonIds', message: 'Name at least one prison the organisation serves.' });
  if (input.contact?.email && !EMAIL.test(input.contact.email))
    problems.push({ field: 'contact.email', message: `"${input.contact.email}" is not an e-mail address.` });
  if (input.contact?.website && !/^https?:\/\/\S+$/.test(input.contact.website)) {
    problems.push({ field: 'contact.website', message: 'A website starts with http:// or https://.' });
  }
  return problems;
}

/** A person's given fields: names are required, languages are BCP 47 tags. */
export function personProblems(input: {
  firstName?: string | null;
  lastName?: string | null;
  languages?: string[] | null;
  email?: string | null;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.firstName !== undefined && !input.firstName?.trim()) problems.push({ field: 'firstName', message: 'Give the first name.' });
  if (input.lastName !== undefined && !input.lastName?.trim()) problems.push({ field: 'lastName', message: 'Give the last name.' });
  const bad = input.languages?.find((tag) => !isLanguageTag(tag));
  if (bad !== undefined) problems.push({ field: 'languages', message: `"${bad}" is not a language code (use BCP 47, e.g. nl, fr).` });
  if (input.email && !EMAIL.test(input.email)) problems.push({ field: 'email', message: `"${input.email}" is not an e-mail address.` });
  return problems;
}
