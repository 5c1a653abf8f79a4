import { feedbackFigures } from './feedback';

const group = (wouldRecommend: boolean, forms: number, score: number) => ({
  wouldRecommend,
  forms,
  satisfaction: forms * score,
  learned: forms * score,
  atmosphere: forms * (score - 1),
});

describe('feedbackFigures', () => {
  it('withholds every average below five forms, but counts the forms', () =>
    expect(feedbackFigures([group(true, 3, 5), group(false, 1, 2)])).toEqual({
      forms: 4,
      averageSatisfaction: null,
      averageLearned: null,
      averageAtmosphere: null,
      wouldRecommendShare: null,
    }));

  it('averages from five forms on', () =>
    expect(feedbackFigures([group(true, 4, 5), group(false, 1, 1)])).toEqual({
      forms: 5,
      averageSatisfaction: 4.2,
      averageLearned: 4.2,
      averageAtmosphere: 3.2,
      wouldRecommendShare: 0.8,
    }));

  it('has no forms and no averages without feedback', () => expect(feedbackFigures([]).forms).toBe(0));
});
