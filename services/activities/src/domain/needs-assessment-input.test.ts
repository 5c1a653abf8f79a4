import { needsAssessmentProblems, type NeedsAssessmentDraft } from './needs-assessment-input';

const draft = (overrides: Partial<NeedsAssessmentDraft> = {}): NeedsAssessmentDraft => ({
  conductedFrom: new Date('2026-03-01'),
  conductedUntil: new Date('2026-03-15'),
  respondents: 20,
  targetGroup: { genders: ['FEMALE'], legalStatuses: ['CONVICTED'], languages: ['ar'] },
  wishes: [{ topic: { nl: 'Yoga' }, count: 12 }],
  ...overrides,
});
const fields = (d: NeedsAssessmentDraft) => needsAssessmentProblems(d).map((p) => p.field);

describe('needsAssessmentProblems', () => {
  it('accepts a complete assessment', () => expect(fields(draft())).toEqual([]));

  it('accepts a wish asked for by every respondent, and a one-day period', () => {
    const day = new Date('2026-03-01');
    expect(fields(draft({ conductedFrom: day, conductedUntil: day, wishes: [{ topic: { fr: 'Sport' }, count: 20 }] }))).toEqual([]);
  });

  it('names a period ending before it starts', () =>
    expect(fields(draft({ conductedUntil: new Date('2026-02-28') }))).toEqual(['conductedUntil']));

  it('names a count above the number of respondents, and one below 1', () =>
    expect(
      fields(
        draft({
          wishes: [
            { topic: { nl: 'Yoga' }, count: 21 },
            { topic: { nl: 'Koken' }, count: 0 },
          ],
        }),
      ),
    ).toEqual(['wishes[0].count', 'wishes[1].count']));

  it('names no wish at all, and a wish without a topic', () => {
    expect(fields(draft({ wishes: [] }))).toEqual(['wishes']);
    expect(fields(draft({ wishes: [{ topic: { nl: '  ' }, count: 1 }] }))).toEqual(['wishes[0].topic']);
  });

  it('names an empty target group, a bad language code and no respondents', () =>
    expect(
      fields(draft({ respondents: 0, targetGroup: { genders: [], legalStatuses: [], languages: ['not a tag'] }, wishes: [] })),
    ).toEqual(['respondents', 'targetGroup.genders', 'targetGroup.legalStatuses', 'targetGroup.languages', 'wishes']));
});
