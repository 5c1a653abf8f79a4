import { isLanguageTag } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';
import { hasAnyText, normaliseText, type LocalizedText } from './localized-text';

export interface ActivityDraft {
  title?: LocalizedText | null;
  capacity?: number | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
  audience?: { genders: string[]; legalStatuses: string[] } | null;
  instructionLanguages?: string[] | null;
}

/**
 * Everything wrong with an activity's fields, each naming its field. For an update only the given
 * fields are checked; `complete` is the activity as it would be after the change.
 */
export function activityProblems(given: ActivityDraft, complete: ActivityDraft): InputProblem[] {
  const problems: InputProblem[] = [];
  if (given.title !== undefined && !hasAnyText(normaliseText(given.title))) {
    problems.push({ field: 'title', message: 'Give a title in at least one language (nl, fr or en).' });
  }
  if (given.capacity !== undefined && (!Number.isInteger(given.capacity) || (given.capacity ?? 0) < 1)) {
    problems.push({ field: 'capacity', message: 'Capacity must be a whole number of at least 1.' });
  }
  if (given.audience !== undefined) {
    if (!given.audience?.genders.length)
      problems.push({ field: 'audience.genders', message: 'Choose at least one gender for the audience.' });
    if (!given.audience?.legalStatuses.length) {
      problems.push({ field: 'audience.legalStatuses', message: 'Choose at least one legal status for the audience.' });
    }
  }
  const badTag = given.instructionLanguages?.find((tag) => !isLanguageTag(tag));
  if (badTag !== undefined) {
    problems.push({ field: 'instructionLanguages', message: `"${badTag}" is not a language code (use BCP 47, e.g. nl, fr, en).` });
  }
  if (complete.startsOn && complete.endsOn && complete.endsOn < complete.startsOn) {
    problems.push({ field: 'endsOn', message: 'The activity must end on or after the day it starts.' });
  }
  return problems;
}
