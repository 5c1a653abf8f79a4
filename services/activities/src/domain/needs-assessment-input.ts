import { isLanguageTag } from '@cort/common';
import type { InputProblem } from '@cort/subgraph';
import { hasAnyText, normaliseText, type LocalizedText } from './localized-text';

export interface WishDraft {
  topic: LocalizedText;
  count: number;
}

/** A needs assessment as it would be after a record or an update: every field known. */
export interface NeedsAssessmentDraft {
  conductedFrom: Date;
  conductedUntil: Date;
  respondents: number;
  targetGroup: { genders: string[]; legalStatuses: string[]; languages?: string[] | null };
  wishes: WishDraft[];
}

/**
 * Everything wrong with a needs assessment, each naming its field: a period ending before it starts, no
 * respondent, an empty target group, no wish, a wish without a topic or asked for by more respondents
 * than answered. Nothing is written while one remains.
 */
export function needsAssessmentProblems(draft: NeedsAssessmentDraft): InputProblem[] {
  const problems: InputProblem[] = [];
  if (draft.conductedUntil < draft.conductedFrom) {
    problems.push({ field: 'conductedUntil', message: 'The assessment must end on or after the day it starts.' });
  }
  if (!Number.isInteger(draft.respondents) || draft.respondents < 1) {
    problems.push({ field: 'respondents', message: 'Give the number of respondents, a whole number of at least 1.' });
  }
  if (!draft.targetGroup.genders.length) problems.push({ field: 'targetGroup.genders', message: 'Choose at least one gender.' });
  if (!draft.targetGroup.legalStatuses.length) {
    problems.push({ field: 'targetGroup.legalStatuses', message: 'Choose at least one legal status.' });
  }
  const badTag = draft.targetGroup.languages?.find((tag) => !isLanguageTag(tag));
  if (badTag !== undefined) {
    problems.push({ field: 'targetGroup.languages', message: `"${badTag}" is not a language code (use BCP 47, e.g. nl, fr, ar).` });
  }
  if (!draft.wishes.length) problems.push({ field: 'wishes', message: 'Give at least one wish the respondents named.' });
  draft.wishes.forEach((wish, index) => {
    if (!hasAnyText(normaliseText(wish.topic))) {
      problems.push({ field: `wishes[${index}].topic`, message: 'Give the topic in at least one language (nl, fr or en).' });
    }
    if (!Number.isInteger(wish.count) || wish.count < 1) {
      problems.push({ field: `wishes[${index}].count`, message: 'A wish is asked for by at least 1 respondent.' });
    } else if (wish.count > draft.respondents) {
      problems.push({
        field: `wishes[${index}].count`,
        message: `${wish.count} respondents cannot have asked for it: only ${draft.respondents} answered.`,
      });
    }
  });
  return problems;
}
