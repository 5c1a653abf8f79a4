import { acknowledgedOf, enrolmentWarnings, speaksNone, unacknowledged, type WarningFacts } from './enrolment-warnings';

const none: WarningFacts = {
  keptApartFromSomeoneIn: false,
  sessionClash: false,
  droppedOutBefore: false,
  languages: ['nl'],
  instructionLanguages: ['nl', 'fr'],
};

describe('the enrolment warnings', () => {
  it('warn about nothing when nothing applies', () => {
    expect(enrolmentWarnings(none)).toEqual([]);
  });

  it('give each that applies once, in a fixed order, with a message that names nobody', () => {
    const all = enrolmentWarnings({
      keptApartFromSomeoneIn: true,
      sessionClash: true,
      droppedOutBefore: true,
      languages: ['ar'],
      instructionLanguages: ['nl'],
    });
    expect(all.map((w) => w.code)).toEqual(['NON_ASSOCIATION', 'SCHEDULE_CLASH', 'EARLIER_DROPOUT', 'LANGUAGE']);
    expect(all.every((w) => w.message.length > 0)).toBe(true);
    expect(enrolmentWarnings({ ...none, keptApartFromSomeoneIn: true }).map((w) => w.code)).toEqual(['NON_ASSOCIATION']);
  });

  it('warn about language only when both sides are known and share no language (by primary subtag)', () => {
    expect(speaksNone(['ar', 'fr'], ['nl'])).toBe(true);
    expect(speaksNone(['fr-BE'], ['fr'])).toBe(false);
    expect(speaksNone(['NL'], ['nl-be'])).toBe(false);
    expect(speaksNone([], ['nl'])).toBe(false);
    expect(speaksNone(['ar'], [])).toBe(false);
  });

  it('name the codes not acknowledged, and keep those that applied', () => {
    const warnings = enrolmentWarnings({ ...none, sessionClash: true, droppedOutBefore: true });
    expect(unacknowledged(warnings, null)).toEqual(['SCHEDULE_CLASH', 'EARLIER_DROPOUT']);
    expect(unacknowledged(warnings, ['EARLIER_DROPOUT', 'LANGUAGE'])).toEqual(['SCHEDULE_CLASH']);
    expect(unacknowledged(warnings, ['SCHEDULE_CLASH', 'EARLIER_DROPOUT'])).toEqual([]);
    expect(acknowledgedOf(warnings)).toEqual(['SCHEDULE_CLASH', 'EARLIER_DROPOUT']);
  });
});
