// Graphemes, not code units: an initial must not split "É" typed as E + combining accent, or an emoji pair.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const tidy = (text: string | null | undefined) => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The initial of a last name: its first letter, as a capital. Particles count as part of the name, so
 * "Van den Broeck" and "van den Broeck" both give "V"; leading punctuation is skipped ("'t Hooft" → "T").
 */
function initialOf(lastName: string): string {
  for (const { segment } of graphemes.segment(lastName)) {
    if (/^\p{L}/u.test(segment)) return segment.toUpperCase();
  }
  return '';
}

/**
 * How a person (a participant, a staff member, a volunteer) is shown to those who may see names but not
 * the full name: the first name and the initial of the last name ("Jan P."), enough to call someone to a
 * session. Missing parts are left out rather than shown as blanks.
 */
export function displayName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const first = tidy(firstName);
  const initial = initialOf(tidy(lastName));
  if (!initial) return first;
  return first ? `${first} ${initial}.` : `${initial}.`;
}
