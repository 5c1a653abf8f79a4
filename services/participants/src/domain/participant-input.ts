import { isLanguageTag } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';

const DETAINEE_NUMBER = /^[A-Za-z0-9/-]{1,20}$/;

/** Everything wrong with the given fields of a participant, each naming its field; never echoing values. */
export function participantProblems(input: {
  detaineeNumber?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  languages?: string[] | null;
}): InputProblem[] {
  const problems: InputProblem[] = [];
  if (input.detaineeNumber !== undefined && !DETAINEE_NUMBER.test(input.detaineeNumber?.trim() ?? '')) {
    problems.push({ field: 'detaineeNumber', message: 'A detainee number is 1 to 20 letters, digits, / or -.' });
  }
  if (input.firstName !== undefined && !input.firstName?.trim()) problems.push({ field: 'firstName', message: 'Give the first name.' });
  if (input.lastName !== undefined && !input.lastName?.trim()) problems.push({ field: 'lastName', message: 'Give the last name.' });
  // The message names no tag: it never echoes what was typed about a detainee.
  if (input.languages?.some((tag) => !isLanguageTag(tag)))
    problems.push({ field: 'languages', message: 'Languages are BCP 47 codes, e.g. nl, fr, ar.' });
  return problems;
}
